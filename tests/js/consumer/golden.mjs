// The determinism fixtures (tests/golden/*.json) of the repository this scratch project lives in,
// and the one way a fixture's call and its golden are compared (consumer and trap-recovery tests).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** tests/golden above this file (the consumer tests run from a scratch copy inside the repository). */
function goldenDir() {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'tests', 'golden');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`tests/golden not found above ${import.meta.url}`);
}

/** Fixture argument lists per API name. */
export function fixtureArgs() {
  const byApi = new Map();
  for (const { api, args } of goldenDomains().flatMap((d) => d.cases)) {
    if (!byApi.has(api)) byApi.set(api, []);
    byApi.get(api).push(args);
  }
  return byApi;
}

/**
 * Every domain's fixtures with its golden: `[{ domain, cases: [{ api, name, args, expected }] }]`.
 * `expected` is what `callAsGolden` must return: `{ ok: result }` or `{ error: { code, field, message } }`
 * with the message as JS shows it (prefixed with the field path).
 */
export function goldenDomains() {
  const dir = goldenDir();
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const domain = file.slice(0, -'.json'.length);
    const fixtures = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const goldens = readFileSync(join(dir, `${domain}.out.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    if (goldens.length !== fixtures.length) throw new Error(`${domain}: ${fixtures.length} fixtures but ${goldens.length} goldens`);
    return {
      domain,
      cases: fixtures.map(({ api, case: name, args }, i) => {
        const golden = goldens[i];
        if (golden.case !== name) throw new Error(`${domain}: goldens out of order at ${name}`);
        if (!golden.error) return { api, name, args, expected: { ok: golden.ok } };
        const { code, field, message } = golden.error;
        return { api, name, args, expected: { error: { code, field, message: field ? `${field}: ${message}` : message } } };
      }),
    };
  });
}

/**
 * Calls `fn(...args)` and returns the result in the shape of a golden. Self-contained (no imports,
 * no closure) so a browser test can send its source into the page.
 */
export function callAsGolden(fn, args) {
  try {
    return { ok: fn(...args) };
  } catch (error) {
    return { error: { code: error.code, field: error.field, message: error.message } };
  }
}
