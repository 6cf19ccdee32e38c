// Runs inside a scratch project where the packed jpseller tarball is installed:
// exactly what `npm install jpseller` gives a Node 20 user (no init call).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { version, priceWithTax, invoiceTax } from 'jpseller';

const require = createRequire(import.meta.url);

test('version matches the installed package.json', () => {
  const pkg = JSON.parse(readFileSync(require.resolve('jpseller/package.json'), 'utf8'));
  assert.equal(version(), pkg.version);
});

test('priceWithTax: exclusive and inclusive (hand-calculated)', () => {
  // 1,980 × 10 % = 198 → 2,178.
  const excl = priceWithTax({ price: '1980', rate: '10', includesTax: false, rounding: 'floor' });
  assert.deepEqual([excl.excl, excl.tax, excl.incl], ['1980', '198', '2178']);
  // 1,000 incl: 1,000 × 10 / 110 = 90.9… → floor 90, excl 910; half_up 91.
  const incl = priceWithTax({ price: 1000, rate: 'standard', includesTax: true });
  assert.deepEqual([incl.excl, incl.tax, incl.incl], ['910', '90', '1000']);
  assert.equal(priceWithTax({ price: 1000, rate: 10, includesTax: true, rounding: 'half_up' }).tax, '91');
  // 1,234 × 8 % = 98.72 → ceil 99.
  assert.equal(priceWithTax({ price: '1234', rate: '8', rounding: 'ceil' }).tax, '99');
  assert.equal(excl.provenance.status, 'SEC2');
});

test('invoiceTax rounds once per rate, highest rate first', () => {
  // 10 %: 105 + 105 × 2 = 315 → 31.5 → 31 (per-line rounding would give 10 + 21 = 31 here, and
  // 30 for three separate ¥105 lines). 8 %: 198 × 2 = 396 → 31.68 → 31.
  const r = invoiceTax({
    lines: [
      { amount: '105', quantity: 1, rate: '10' },
      { amount: '105', quantity: 2, rate: '10' },
      { amount: '198', quantity: 2, rate: '8' },
    ],
  });
  assert.deepEqual(r.byRate, [
    { rate: '10', net: '315', tax: '31', gross: '346' },
    { rate: '8', net: '396', tax: '31', gross: '427' },
  ]);
  assert.deepEqual([r.net, r.tax, r.gross, r.roundingScope], ['711', '62', '773', 'per_invoice_per_rate']);
});

test('bad input throws JpsellerError with code and field', () => {
  const cases = [
    [() => priceWithTax({ price: '-1', rate: '10' }), 'invalid_amount', 'price'],
    [() => priceWithTax({ price: 12.5, rate: '10' }), 'invalid_amount', 'price'],
    [() => priceWithTax({ price: NaN, rate: '10' }), 'invalid_amount', 'price'],
    [() => priceWithTax({ price: 'abc', rate: '10' }), 'invalid_amount', 'price'],
    [() => priceWithTax({ price: '100', rate: '5' }), 'invalid_rate', 'rate'],
    [() => priceWithTax({ price: '100', rate: '10', rounding: 'up' }), 'invalid_input', 'rounding'],
    [() => priceWithTax({ rate: '10' }), 'missing_field', 'price'],
    [() => priceWithTax({ price: '100', rate: '10', includeTax: true }), 'unknown_field', 'includeTax'],
    [() => priceWithTax(undefined), 'invalid_type', ''],
    [() => invoiceTax({ lines: [{ amount: '1', quantity: 1, rate: '10' }, { amount: '1', quantity: 0, rate: '10' }] }), 'invalid_quantity', 'lines[1].quantity'],
    [() => invoiceTax({ lines: [{ amount: '1', quantity: 1e10, rate: '10' }] }), 'invalid_quantity', 'lines[0].quantity'],
    [() => invoiceTax({ lines: [{ amount: '1000000000000000', quantity: 1000000000, rate: '10' }] }), 'overflow', ''],
    [() => priceWithTax({ price: 2 ** 60, rate: '10' }), 'overflow', 'price'],
  ];
  for (const [call, code, field] of cases) {
    assert.throws(call, (error) => {
      assert.ok(error instanceof Error, 'is an Error');
      assert.equal(error.name, 'JpsellerError');
      assert.equal(error.code, code, error.message);
      if (field) assert.equal(error.field, field, error.message);
      return true;
    });
  }
  // The instance keeps working after errors.
  assert.equal(priceWithTax({ price: '100', rate: '10' }).incl, '110');
});

test('the browser entry and the wasm subpath are exported', async () => {
  const web = await import('jpseller/jpseller_bg.wasm', { with: { type: 'json' } }).catch((e) => e);
  // Node cannot import .wasm as a module; resolving the subpath is what bundlers need.
  assert.ok(web instanceof Error);
  assert.match(require.resolve('jpseller/jpseller_bg.wasm'), /jpseller_bg\.wasm$/);
  const types = readFileSync(require.resolve('jpseller/package.json').replace('package.json', 'jpseller.d.ts'), 'utf8');
  for (const name of ['priceWithTax', 'invoiceTax', 'version', 'PriceWithTaxInput', 'InvoiceTaxResult', 'JpsellerError']) {
    assert.match(types, new RegExp(`\\b${name}\\b`), `${name} in .d.ts`);
  }
});

test('normalizeNumber: what people type → the one number grammar (issue 12)', async () => {
  const { normalizeNumber, priceWithTax } = await import('jpseller');
  assert.equal(normalizeNumber('¥3,980'), '3980');
  assert.equal(normalizeNumber('３９８０円'), '3980');
  assert.equal(normalizeNumber('１２．５％'), '12.5');
  assert.equal(priceWithTax({ price: normalizeNumber('¥1,980'), rate: '10' }).incl, '2178'); // 1,980 + floor(198)
  assert.throws(() => normalizeNumber('1,5'), (e) => e.code === 'invalid_input' && e.field === 'text');
  assert.throws(() => normalizeNumber('9'.repeat(1e6)), (e) => e.code === 'invalid_input');
  // The grammar itself refuses what it cannot keep exactly, with the reason (a percentage field).
  const { estimateOrder } = await import('jpseller');
  const order = (pointsRate) => () => estimateOrder({ platform: 'rakuten', asOf: '2026-11-20', price: 1000, rakuten: { pointsRate } });
  assert.throws(order('1e1'), (e) => e.code === 'invalid_rate' && e.field === 'rakuten.pointsRate' && /e\.g\. "10"/.test(e.message));
  assert.throws(order(5e-324), (e) => e.code === 'invalid_rate' && /324 decimal places/.test(e.message));
  assert.throws(order('100.00000000000000000000000000001'), (e) => e.code === 'invalid_rate' && /29 decimal places/.test(e.message));
});
