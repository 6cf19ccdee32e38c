// The regression fixtures (tests/regression/) of the repository this scratch project lives in, and
// the one way a case's call and its blessed outcome are compared (consumer, CLI and trap-recovery
// tests). Cases and their order come from tests/regression/<domain>.json; each case's blessed
// outcome from its case file below tests/regression/<domain>/, written by
// `JPSELLER_BLESS=1 cargo test --release --test determinism` (tests/determinism.rs names the files).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** tests/regression above this file (the consumer tests run from a scratch copy inside the repository). */
export function regressionDir() {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'tests', 'regression');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`tests/regression not found above ${import.meta.url}`);
}

/** Case argument lists per API name. */
export function fixtureArgs() {
  const byApi = new Map();
  for (const { api, args } of regressionDomains().flatMap((d) => d.cases)) {
    if (!byApi.has(api)) byApi.set(api, []);
    byApi.get(api).push(args);
  }
  return byApi;
}

/** Every case file of a domain, parsed, with its path relative to tests/regression/. */
export function caseFiles(domain) {
  const dir = regressionDir();
  return readdirSync(join(dir, domain), { recursive: true })
    .filter((path) => path.endsWith('.json'))
    .sort()
    .map((path) => ({ path: join(domain, path), ...JSON.parse(readFileSync(join(dir, domain, path), 'utf8')) }));
}

/**
 * Every domain's cases with their blessed outcome: `[{ domain, cases: [{ api, name, args, expected, path }] }]`.
 * `expected` is what `outcomeOf` must return: `{ ok: result }` or `{ error: { code, field, message } }`
 * with the message as JS shows it (prefixed with the field path).
 */
export function regressionDomains() {
  const dir = regressionDir();
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const domain = file.slice(0, -'.json'.length);
    const list = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const blessed = new Map(caseFiles(domain).map((c) => [`${c.api}\0${c.case}`, c]));
    if (blessed.size !== list.length) throw new Error(`${domain}: ${list.length} cases but ${blessed.size} case files; bless`);
    return {
      domain,
      cases: list.map(({ api, case: name, args }) => {
        const file = blessed.get(`${api}\0${name}`);
        if (!file) throw new Error(`${domain}: no case file for ${api} / ${name}; bless`);
        const { path } = file;
        if (!file.error) return { api, name, args, path, expected: { ok: file.ok } };
        const { code, field, message } = file.error;
        return { api, name, args, path, expected: { error: { code, field, message: field ? `${field}: ${message}` : message } } };
      }),
    };
  });
}

/**
 * Calls `fn(...args)` and returns the outcome in the shape of a case file's. Self-contained (no
 * imports, no closure) so a browser test can send its source into the page.
 */
export function outcomeOf(fn, args) {
  try {
    return { ok: fn(...args) };
  } catch (error) {
    return { error: { code: error.code, field: error.field, message: error.message } };
  }
}
