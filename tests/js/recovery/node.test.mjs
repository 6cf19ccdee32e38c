// Trap recovery in Node, through the package's Node entry of the trap-test build: 1,000 traps in a
// row each throw internal_error (a kept instance fails every call from the 15th trap on), and then
// every determinism golden still matches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { callAsGolden, goldenDomains } from '../consumer/golden.mjs';
import { ALL_RECOVERED, TRAPS, TRAP_TEST_PKG, trapRepeatedly } from './trap-build.mjs';

const jpseller = await import(pathToFileURL(join(TRAP_TEST_PKG, 'node.js')));

test(`${TRAPS} traps in a row (panics, aborts, JS exceptions through the instance): each throws what it should`, () => {
  assert.deepEqual(trapRepeatedly(jpseller, TRAPS), ALL_RECOVERED);
});

test('after the traps every export still gives its golden outputs', () => {
  for (const { domain, cases } of goldenDomains()) {
    for (const { api, name, args, expected } of cases) {
      assert.deepStrictEqual(callAsGolden(jpseller[api], args), expected, `${domain}: ${api} / ${name}`);
    }
  }
});
