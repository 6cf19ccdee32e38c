// The trap-test build (scripts/trap-test.sh: `--features trap-test`, the package's JS layer) and
// the trap loop both recovery tests run, in Node and in the page.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Directory of the trap-test build: jpseller.js, node.js, jpseller_bg.wasm, … */
export const TRAP_TEST_PKG = resolve(process.env.JPSELLER_TRAP_TEST_PKG ?? fileURLToPath(new URL('../../../target/trap-test', import.meta.url)));
if (!existsSync(resolve(TRAP_TEST_PKG, 'jpseller.js'))) throw new Error(`no trap-test build in ${TRAP_TEST_PKG}: run scripts/trap-test.sh`);

export const TRAPS = 1000;

/** What `trapRepeatedly(api, TRAPS)` returns when every trap was recovered from. */
export const ALL_RECOVERED = {
  'panic → JpsellerError internal_error, with the panic message': 334,
  'abort → JpsellerError internal_error, with the trap message': 333,
  'throw → Error (no code), the JS exception itself': 333,
};

/**
 * Calls `api.trapForTest` `count` times — a third of them panics, then aborts, then JS exceptions
 * thrown through the instance, each kind in a row (a kept instance fails from the 15th on) — and
 * tallies what each call threw. Self-contained (no imports, no closure): the page test sends its
 * source into the page.
 */
export function trapRepeatedly(api, count) {
  const expected = {
    panic: ['trap-test: deliberate panic', 'with the panic message'],
    abort: ['(unreachable)', 'with the trap message'],
    throw: ['trap-test: deliberate JS exception', 'the JS exception itself'],
  };
  const kinds = Object.keys(expected);
  const tally = {};
  for (let i = 0; i < count; i++) {
    const kind = kinds[Math.floor((i * kinds.length) / count)];
    const [reason, said] = expected[kind];
    let outcome;
    try {
      api.trapForTest(kind);
      outcome = 'returned';
    } catch (error) {
      outcome = `${error.name} ${error.code ?? '(no code)'}, ${error.message.includes(reason) ? said : `message: ${error.message}`}`;
    }
    const key = `${kind} → ${outcome}`;
    tally[key] = (tally[key] ?? 0) + 1;
  }
  return tally;
}
