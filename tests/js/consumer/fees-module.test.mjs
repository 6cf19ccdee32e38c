// `jpseller/fees` (issue 14): the tax+fees module for pages that embed only those engines. It must
// give every tax and fee regression case's blessed output exactly as the full module does, keep registrations, and carry
// nothing of the other engines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as full from 'jpseller';
import * as fees from 'jpseller/fees';
import { outcomeOf, regressionDomains } from './regression.mjs';

test('jpseller/fees exports a subset of jpseller: tax and fees, registerFeeSchedules included', () => {
  const names = Object.keys(fees).filter((k) => typeof fees[k] === 'function');
  assert.deepEqual(names.filter((k) => !(k in full)), []);
  for (const name of ['priceWithTax', 'invoiceTax', 'estimateOrder', 'estimateMonth', 'registerFeeSchedules']) assert.equal(typeof fees[name], 'function', name);
  for (const name of ['lint', 'storeHealth', 'simulateCampaign']) assert.equal(fees[name], undefined, name);
});

for (const { domain, cases } of regressionDomains().filter((d) => d.domain === 'tax' || d.domain === 'fees')) {
  test(`jpseller/fees: ${cases.length} ${domain} cases match their blessed outputs`, () => {
    for (const { api, name, args, expected } of cases) {
      assert.deepStrictEqual(outcomeOf(fees[api], args), expected, `${api} / ${name}`);
    }
  });
}

test('jpseller/fees errors name the field path like the full module', () => {
  const input = { platform: 'rakuten', price: '3980', asOf: '2026-12-01', costs: { shipping: '1.5' } };
  const error = (fn) => { try { fn(input); } catch (e) { return { name: e.name, code: e.code, field: e.field, message: e.message }; } };
  const small = error(fees.estimateOrder);
  assert.equal(small.field, 'costs.shipping');
  assert.deepEqual(small, error(full.estimateOrder));
});
