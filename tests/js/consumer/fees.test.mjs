// The fee engine through the installed package (Node 20, no init call). Golden values are the
// hand calculations from src/fees/tests.rs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feeSchedules, estimateOrder, estimateMonth, solvePrice, compareMarketplaces, importTax, estimateBatch } from 'jpseller';

const line = (result, id) => result.lines.find((l) => l.id === id);

test('estimateOrder: Rakuten standard, hand-calculated', () => {
  const r = estimateOrder({ platform: 'rakuten', plan: 'standard', asOf: '2026-11-20', price: 3980, costs: { cogsPerUnit: 1200, shipping: 700 } });
  // Mobile 4.5 % × 3,980 = 179.1 → 179 (+ 18 tax); points 1 % × 3,619 = 36 (non-taxable).
  // Profit 3,600 − 1,900 − (361 − 31 − 63 in the ¥700 carrier charge) = 1,433.
  assert.deepEqual([line(r, 'rakuten.system_fee.mobile').net, line(r, 'rakuten.system_fee.mobile').tax], ['179', '18']);
  assert.equal(line(r, 'rakuten.points').taxTreatment, 'non_taxable');
  assert.deepEqual([r.fees.net, r.fees.tax, r.fees.gross, r.payout, r.profit, r.margin], ['349', '31', '380', '3600', '1433', '36.01']);
  for (const l of r.lines) {
    assert.ok(l.provenance.source && l.provenance.effectiveFrom, l.id);
    assert.ok(['zh', 'ja', 'en'].every((k) => l.label[k]), l.id);
  }
  assert.equal(r.unverified, true);
});

test('estimateOrder: TikTok 7 % tax-inclusive, Amazon 2026 table', () => {
  const t = estimateOrder({ platform: 'tiktok', asOf: '2026-11-20', price: '2980' });
  assert.deepEqual([t.lines[0].net, t.lines[0].tax, t.lines[0].gross], ['190', '18', '208']);
  const a = estimateOrder({ platform: 'amazon', asOf: '2026-11-20', price: 3500, amazon: { category: 'apparel' } });
  assert.deepEqual([line(a, 'amazon.referral_fee').net, line(a, 'amazon.referral_fee').tax], ['414', '41']);
});

test('feeSchedules picks the version in force', () => {
  const before = feeSchedules({ asOf: '2024-05-31', platform: 'rakuten' });
  const after = feeSchedules({ asOf: '2024-06-01', platform: 'rakuten' });
  const fee = (s) => s.platforms[0].rules.find((r) => r.id === 'rakuten.plan_fee' && r.plans.includes('standard')).calc.amount;
  assert.deepEqual([fee(before), fee(after)], ['50000', '65000']);
  assert.ok(feeSchedules().platforms.length >= 3);
});

test('estimateMonth, solvePrice, compareMarketplaces', () => {
  const m = estimateMonth({ platform: 'rakuten', asOf: '2026-11-20', aggregate: { sales: 1000000, orders: 250, mobileShare: 80 } });
  // Mobile 40,000 × 0.8 = 32,000; PC 35,000 × 0.2 = 7,000 (marginal bands over the month).
  assert.deepEqual([line(m, 'rakuten.system_fee.mobile').net, line(m, 'rakuten.system_fee.pc').net], ['32000', '7000']);
  const s = solvePrice({ solve: 'max_ad_spend', order: { platform: 'rakuten', asOf: '2026-11-20', price: 3980, costs: { cogsPerUnit: 1200, shipping: 700 } } });
  assert.deepEqual([s.value, s.at.profit, s.profitOneStepBeyond], ['1433', '0', '-1']);
  const c = compareMarketplaces({ price: 3980, asOf: '2026-11-20', costs: { cogsPerUnit: 1200 } });
  assert.equal(c.ranking.length, 3); // Rakuten, TikTok, Yahoo!; Amazon and Qoo10 need a category
  assert.equal(c.skipped[0].field, 'amazon.category');
  assert.ok(BigInt(c.ranking[0].profit) >= BigInt(c.ranking[1].profit));
});

test('importTax truncates like customs; estimateBatch reports rows in place', () => {
  // CIF 56,876 → base 56,000; 7.8 % = 4,368 → 4,300; × 22/78 = 1,212.8 → 1,200.
  const t = importTax({ asOf: '2026-11-20', goods: 50000, freight: 6000, insurance: 876 });
  assert.deepEqual([t.jctBase, t.nationalTax, t.localTax, t.total, t.exempt], ['56000', '4300', '1200', '5500', false]);
  assert.equal(importTax({ asOf: '2026-11-20', goods: 9000, freight: 1000 }).exempt, true);
  const b = estimateBatch({ order: { platform: 'rakuten', asOf: '2026-11-20', costs: { cogsPerUnit: 1200, shipping: 700 } }, ordersCsv: 'price,discount\n3980,\n1000,2000\n' });
  assert.equal(b.rows[0].profit, '1433');
  // Data row 2 is CSV line 3 (line 1 is the header).
  assert.deepEqual([b.rows[1].error.code, b.rows[1].error.field, b.rows[1].error.row, b.rows[1].error.line], ['out_of_range', 'ordersCsv[line 3].discount', 2, 3]);
  // Array rows that cannot be read fail alone too (issue 12).
  const a = estimateBatch({ order: { platform: 'rakuten', asOf: '2026-11-20' }, orders: [{ price: 3980 }, { price: '=1+1' }, { price: 3980, quantity: 0 }] });
  assert.deepEqual(a.rows.map((r) => r.error && [r.error.code, r.error.field, r.error.row]), [undefined, ['invalid_amount', 'orders[1].price', 2], ['invalid_quantity', 'orders[2].quantity', 3]]);
  assert.equal(a.totals.ok, 1);
});

test('bad input throws JpsellerError with code and field', () => {
  const cases = [
    [() => estimateOrder({ platform: 'rakuten', plan: 'gold', price: 1 }), 'unknown_plan', 'plan'],
    [() => estimateOrder({ platform: 'rakuten', price: 1, overrides: { 'rakuten.nope': { rate: 1 } } }), 'unknown_rule', 'overrides.rakuten.nope'],
    [() => estimateOrder({ platform: 'ebay', price: 1 }), 'invalid_input', 'platform'],
    [() => estimateOrder({ platform: 'rakuten', price: 1, asOf: '2026-02-30' }), 'invalid_date', 'asOf'],
    [() => estimateMonth({ platform: 'rakuten', orders: [{ price: 1 }, { price: -1 }] }), 'invalid_amount', 'orders[1].price'],
    [() => solvePrice({ solve: 'price', order: { platform: 'tiktok', price: 1, costs: { cogsPerUnit: 1000 } }, maxPrice: 1000 }), 'target_unreachable', 'target'],
  ];
  for (const [fn, code, field] of cases) {
    assert.throws(fn, (e) => e.name === 'JpsellerError' && e.code === code && e.field === field, `${code} ${field}`);
  }
});
