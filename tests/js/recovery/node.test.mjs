// Trap recovery in Node, through the package's Node entry of the trap-test build: 1,000 traps in a
// row each throw internal_error (a kept instance fails every call from the 15th trap on), and then
// every regression case still gives its blessed output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { outcomeOf, regressionDomains } from '../consumer/regression.mjs';
import { ALL_RECOVERED, TRAPS, TRAP_TEST_PKG, trapRepeatedly } from './trap-build.mjs';

const jpseller = await import(pathToFileURL(join(TRAP_TEST_PKG, 'node.js')));

test(`${TRAPS} traps in a row (panics, aborts, JS exceptions through the instance): each throws what it should`, () => {
  assert.deepEqual(trapRepeatedly(jpseller, TRAPS), ALL_RECOVERED);
});

test('after the traps every export still gives its blessed outputs', () => {
  for (const { domain, cases } of regressionDomains()) {
    for (const { api, name, args, expected } of cases) {
      assert.deepStrictEqual(outcomeOf(jpseller[api], args), expected, `${domain}: ${api} / ${name}`);
    }
  }
});

// The tax+fees module (jpseller/fees) has the same JS layer: traps replace its instance too, and a
// registered fee-data file is registered again on the fresh instance.
const fees = await import(pathToFileURL(join(TRAP_TEST_PKG, 'fees', 'node.js')));

test(`jpseller/fees: ${TRAPS} traps in a row, then every tax and fee regression case`, () => {
  assert.equal(fees.lint, undefined, 'the tax+fees build');
  assert.deepEqual(trapRepeatedly(fees, TRAPS), ALL_RECOVERED);
  for (const { domain, cases } of regressionDomains().filter((d) => d.domain === 'tax' || d.domain === 'fees')) {
    for (const { api, name, args, expected } of cases) {
      assert.deepStrictEqual(outcomeOf(fees[api], args), expected, `${domain}: ${api} / ${name}`);
    }
  }
  // The fees cases end by registering the example file; a trap must not lose it.
  const order = { platform: 'qoo10', price: '1000', asOf: '2026-12-02', qoo10: { category: 'electronics' } };
  const registered = fees.estimateOrder(order).dataVersion;
  assert.match(registered, /\+example-2026-12-01$/);
  assert.throws(() => fees.trapForTest('panic'), { code: 'internal_error' });
  assert.equal(fees.estimateOrder(order).dataVersion, registered);
});
