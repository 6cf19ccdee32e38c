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
  'panic → JpsellerError internal_error, with the panic message': TRAPS / 2,
  'abort → JpsellerError internal_error, with the trap message': TRAPS / 2,
};

/**
 * Calls `api.trapForTest` `count` times, alternating a panic and an abort, and tallies what each
 * call threw. Self-contained (no imports, no closure): the page test sends its source into the page.
 */
export function trapRepeatedly(api, count) {
  const tally = {};
  for (let i = 0; i < count; i++) {
    const kind = i % 2 === 0 ? 'panic' : 'abort';
    const reason = kind === 'panic' ? 'trap-test: deliberate panic' : '(unreachable)';
    let outcome;
    try {
      api.trapForTest(kind);
      outcome = 'returned';
    } catch (error) {
      const said = error.message.includes(reason) ? `with the ${kind === 'panic' ? 'panic' : 'trap'} message` : `message: ${error.message}`;
      outcome = `${error.name} ${error.code}, ${said}`;
    }
    const key = `${kind} → ${outcome}`;
    tally[key] = (tally[key] ?? 0) + 1;
  }
  return tally;
}
