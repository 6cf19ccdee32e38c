// Determinism through the real package: every regression case in tests/regression/<domain>.json,
// called on the installed jpseller exports, must give the outcome blessed from the native build
// (its case file below tests/regression/<domain>/, written by
// `JPSELLER_BLESS=1 cargo test --release --test determinism`). The Rust side checks the JSON text
// byte for byte natively and in wasm; here the JS objects must be deep-equal to the parsed case
// file (numbers bit-identical, -0 distinct from 0), and errors must carry its code, field and message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as jpseller from 'jpseller';
import { outcomeOf, regressionDomains } from './regression.mjs';

const domains = regressionDomains();

test('every export has regression cases', () => {
  const covered = new Set(domains.flatMap((d) => d.cases.map((c) => c.api)));
  const uncovered = Object.keys(jpseller).filter((k) => typeof jpseller[k] === 'function' && !['default', 'initSync', 'version'].includes(k) && !covered.has(k));
  assert.deepEqual(uncovered, [], 'add cases to tests/regression/<domain>.json, then JPSELLER_BLESS=1 cargo test --release --test determinism');
});

for (const { domain, cases } of domains) {
  test(`${domain}: ${cases.length} cases match their blessed outputs`, () => {
    for (const { api, name, args, expected, path } of cases) {
      assert.equal(typeof jpseller[api], 'function', `${api} is not exported`);
      assert.deepStrictEqual(outcomeOf(jpseller[api], args), expected, `${api} / ${name} (tests/regression/${path})`);
    }
  });
}
