// `jpseller fees`, `compare`, `tax`, `explain` from the packed tarball, against the API's results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compareMarketplaces, estimateBatch, estimateMonth, explainRule, priceWithTax } from 'jpseller';
import { jpseller, fixture } from './run.mjs';

const ORDERS = fixture('orders.csv');
const AS_OF = '2026-12-01';

test('fees --format json: the per-order rows are estimateBatch, the P&L is estimateMonth', () => {
  const ordersCsv = readFileSync(ORDERS, 'utf8');
  const { status, stdout, stderr } = jpseller(['fees', ORDERS, '--platform', 'rakuten', '--as-of', AS_OF, '--format', 'json', '--ad-spend', '¥5,000']);
  assert.equal(status, 0, stderr);
  const { rows, month } = JSON.parse(stdout);
  assert.deepEqual(rows, estimateBatch({ order: { platform: 'rakuten', asOf: AS_OF }, ordersCsv }));
  assert.deepEqual(month, estimateMonth({ platform: 'rakuten', asOf: AS_OF, adSpend: '5000', ordersCsv }));
  assert.equal(rows.totals.ok, 4);
  assert.equal(month.orders, 4);
});

test('fees text and csv: every row and the month P&L, amounts grouped as yen', () => {
  const ordersCsv = readFileSync(ORDERS, 'utf8');
  const month = estimateMonth({ platform: 'rakuten', asOf: AS_OF, ordersCsv });
  const text = jpseller(['fees', ORDERS, '--platform', 'rakuten', '--as-of', AS_OF, '--lang', 'en']).stdout;
  const grouped = (s) => `${s.startsWith('-') ? '-' : ''}¥${s.replace(/^-/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
  assert.match(text, new RegExp(`\nProfit +${grouped(month.profit)}\n`));
  for (const line of month.lines) assert.ok(text.includes(line.label.en), line.id);
  const rows = estimateBatch({ order: { platform: 'rakuten', asOf: AS_OF }, ordersCsv }).rows;
  const csv = jpseller(['fees', ORDERS, '--platform', 'rakuten', '--as-of', AS_OF, '--format', 'csv']).stdout.trim().split('\r\n');
  assert.equal(csv.length, rows.length + 1);
  assert.equal(csv[1].split(',')[5], rows[0].profit);
});

test('fees: a bad row is reported in place and exits 2 with the API code', () => {
  const { status, stdout, stderr } = jpseller(['fees', '-', '--platform', 'rakuten', '--as-of', AS_OF], { input: 'price\n3980\nabc\n' });
  assert.equal(status, 2);
  assert.match(stdout, /#2\s+error \[/);
  let apiError;
  try {
    estimateMonth({ platform: 'rakuten', asOf: AS_OF, ordersCsv: 'price\n3980\nabc\n' });
  } catch (error) {
    apiError = error;
  }
  assert.equal(stderr, `error [${apiError.code}] ${apiError.message}\n`);
  assert.equal(jpseller(['fees', ORDERS]).status, 2, '--platform is required');
});

test('compare --price as typed (¥3,980) is compareMarketplaces', () => {
  const { status, stdout } = jpseller(['compare', '--price', '¥3,980', '--cogs', '1,200', '--as-of', AS_OF, '--platforms', 'rakuten,yahoo,tiktok', '--format', 'json']);
  assert.equal(status, 0);
  assert.deepEqual(JSON.parse(stdout), compareMarketplaces({ price: '3980', costs: { cogsPerUnit: '1200' }, asOf: AS_OF, platforms: ['rakuten', 'yahoo', 'tiktok'] }));
  const text = jpseller(['compare', '--price', '3980', '--as-of', AS_OF]).stdout;
  const all = compareMarketplaces({ price: '3980', asOf: AS_OF });
  assert.ok(text.includes(`1. ${all.ranking[0].platform}`));
  for (const skipped of all.skipped) assert.ok(text.includes(`${skipped.platform}: [${skipped.code}]`));
});

test('tax --price 1980 --rate 10: ¥1,980 + ¥198 = ¥2,178 (hand calculation), as priceWithTax', () => {
  const json = jpseller(['tax', '--price', '1980', '--rate', '10', '--format', 'json']);
  assert.deepEqual(JSON.parse(json.stdout), priceWithTax({ price: '1980', rate: '10' }));
  const text = jpseller(['tax', '--price', '1,980', '--rate', '10', '--lang', 'ja']).stdout;
  assert.match(text, /税抜\s+¥1,980/);
  assert.match(text, /消費税 10% \(floor\)\s+¥198/);
  assert.match(text, /税込\s+¥2,178/);
  const included = JSON.parse(jpseller(['tax', '--price', '2178', '--rate', '10', '--includes-tax', '--format', 'json']).stdout);
  assert.equal(included.excl, '1980');
  const bad = jpseller(['tax', '--price', 'オープン価格', '--rate', '10']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^error \[invalid_input\] --price: /);
});

test('explain prints explainRule', () => {
  assert.deepEqual(JSON.parse(jpseller(['explain', 'KH-NO1', '--format', 'json']).stdout), explainRule('KH-NO1'));
  const unknown = jpseller(['explain', 'NOPE']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /^error \[unknown_rule\]/);
});
