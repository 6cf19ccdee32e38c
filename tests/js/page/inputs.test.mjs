// Numbers as sellers type them, on every widget through one normaliser (www/widgets/numbers.js),
// and results that go out of date when an input turns wrong: greyed, marked, never shown as current.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, textOf } from './harness.mjs';
import { normalizeNumber } from '../../../www/widgets/numbers.js';

test('normalizeNumber: the ways people write numbers, and what stays an error', () => {
  const cases = {
    '3,980': '3980', '¥3,980': '3980', '￥３，９８０': '3980', '３９８０': '3980', '3980円': '3980', ' 3980 ': '3980',
    '１５％': '15', '15%': '15', '12.5': '12.5', '１，２３４．５': '1234.5', '-¥50': '-50', '¥-50': '-50', '−50': '-50', '': '',
  };
  for (const [typed, plain] of Object.entries(cases)) assert.equal(normalizeNumber(typed), plain, typed);
  // Not numbers as anyone writes them: passed on unchanged for the engine to reject with its code.
  for (const typed of ['3,98', '39,80', '12.5.1', 'abc', '2026-01-01', '¥']) assert.equal(normalizeNumber(typed), typed.trim(), typed);
});

async function openFees() {
  const app = await openPage('/#tab=fees');
  const calc = app.page.locator('jpseller-fee-calculator');
  await calc.locator('[data-out="profit"]').waitFor();
  await calc.locator('input[name="asOf"]').fill('2026-11-20');
  await calc.locator('input[name="asOf"]').dispatchEvent('change');
  return { app, calc };
}

test('fee form: 3,980 / ¥3,980 / ３９８０ / 3980円 all price the golden order; １５％ is 15 %', async () => {
  const { app, calc } = await openFees();
  try {
    const { page } = app;
    for (const typed of ['3,980', '¥3,980', '３９８０', '3980円', '￥３，９８０']) {
      await calc.locator('input[name="price"]').fill(typed);
      // Hand calculation (src/fees/tests.rs): fees 380, profit 1,370 at ¥3,980, + ¥63 input tax on
      // the ¥700 carrier charge (floor(700 × 10 / 110)) = 1,433.
      assert.equal(await textOf(page, 'jpseller-fee-calculator [data-out="profit"]'), '¥1,433', typed);
      assert.equal(await textOf(page, 'jpseller-fee-calculator [data-out="error"]'), '', typed);
    }
    await calc.locator('select[name="target"]').selectOption('margin');
    await calc.locator('input[name="targetValue"]').fill('15');
    await calc.locator('button[name="solve-price"]').click();
    const plain = await textOf(page, 'jpseller-fee-calculator [data-out="solve-result"]');
    await calc.locator('input[name="targetValue"]').fill('１５％');
    await calc.locator('button[name="solve-price"]').click();
    assert.equal(await textOf(page, 'jpseller-fee-calculator [data-out="solve-result"]'), plain);
    assert.match(plain, /¥[\d,]+/);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('a wrong input is named beside its field and greys the solver answer and comparison until recomputed', async () => {
  const { app, calc } = await openFees();
  try {
    const { page } = app;
    await calc.locator('button[name="solve-ad"]').click();
    assert.match(await textOf(page, 'jpseller-fee-calculator [data-out="solve-result"]'), /¥1,433/);
    const solveMarker = calc.locator('[data-form="order"] ~ section [data-out="stale"]').first();
    const compareSection = calc.locator('section[data-form="compare"]');
    assert.equal(await compareSection.locator('[data-out="compare"] tr').count(), 5, 'the comparison runs with the form');
    assert.equal(await calc.locator('[data-out="stale"]:visible').count(), 0);

    await calc.locator('input[name="price"]').fill('3,98');
    // The message sits in the price field's label, in Chinese, and the field is marked invalid.
    const priceLabel = calc.locator('label').filter({ has: page.locator('input[name="price"]') });
    assert.match(await priceLabel.locator('[data-out="field-error"]').textContent(), /金额无效/);
    assert.equal(await calc.locator('input[name="price"]').getAttribute('aria-invalid'), 'true');
    assert.match(await textOf(page, 'jpseller-fee-calculator [data-out="error"]'), /^售价（含税，日元）：金额无效.*\[invalid_amount\]$/);
    // Old answers: greyed and marked, not shown as current.
    assert.equal(await solveMarker.isVisible(), true);
    assert.match(await solveMarker.textContent(), /已过期/);
    assert.match(await calc.locator('[data-out="solve-result"]').getAttribute('class'), /stale/);
    assert.equal(await compareSection.locator('[data-out="stale"]').isVisible(), true);
    assert.match(await compareSection.locator('table').getAttribute('class'), /stale/);

    // Fixed: the comparison recomputes at once; the solver answer stays marked until solved again.
    await calc.locator('input[name="price"]').fill('4,980');
    assert.equal(await calc.locator('[data-out="field-error"]').count(), 0);
    assert.equal(await calc.locator('input[name="price"]').getAttribute('aria-invalid'), null);
    assert.equal(await compareSection.locator('[data-out="stale"]').isVisible(), false);
    assert.equal(await solveMarker.isVisible(), true, 'the old ¥3,980 answer is not an answer for ¥4,980');
    await calc.locator('button[name="solve-ad"]').click();
    assert.equal(await solveMarker.isVisible(), false);
    assert.doesNotMatch(await textOf(page, 'jpseller-fee-calculator [data-out="solve-result"]'), /¥1,433/);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('tax, campaign, health and bulk inputs take the same formats', async () => {
  const app = await openPage('/#tab=tax');
  try {
    const { page } = app;
    const tax = page.locator('jpseller-tax-calculator');
    await tax.locator('[data-out="excl"]').filter({ hasText: '¥' }).waitFor();
    await tax.locator('input[name="price"]').fill('￥１，９８０');
    // 1,980 × 10 % = 198 (floor) → 2,178.
    assert.equal(await textOf(page, 'jpseller-tax-calculator [data-out="incl"]'), '¥2,178');
    await tax.getByLabel('单价 1', { exact: true }).fill('1,980円');
    assert.equal(await textOf(page, 'jpseller-tax-calculator [data-out="error"]'), '');
    assert.match(await tax.locator('[data-out="invoice-totals"]').textContent(), /¥/);
    await tax.getByLabel('单价 1', { exact: true }).fill('1,98');
    // The invoice error names the line as its form labels it.
    const invoiceError = await tax.locator('section[data-form="invoice"] .error[role="alert"]').first().textContent();
    assert.match(invoiceError, /^单价 1：金额无效/);

    await page.locator('#tab-campaign').click();
    const campaign = page.locator('jpseller-campaign-simulator');
    await campaign.locator('[data-out="profit"]').filter({ hasText: '¥' }).waitFor();
    // A result for `typed` in `field`: break the input first, so the profit that reappears is the new run's.
    const profitFor = async (field, typed) => {
      await campaign.locator(`input[name="${field}"]`).fill('abc');
      await campaign.locator('[data-out="error"]').filter({ hasText: '[' }).waitFor();
      await campaign.locator(`input[name="${field}"]`).fill(typed);
      await campaign.locator('[data-out="profit"]').waitFor();
      assert.equal(await campaign.locator('[data-out="error"]').textContent(), '', typed);
      return campaign.locator('[data-out="profit"]').textContent();
    };
    assert.equal(await profitFor('aov', '¥4,000'), await profitFor('aov', '4000'), '¥4,000 and 4000 give the same simulation');
    assert.equal(await profitFor('cogsRate', '３０％'), await profitFor('cogsRate', '30'), '３０％ and 30 give the same simulation');

    await page.locator('#tab-health').click();
    const health = page.locator('jpseller-store-health');
    await health.locator('[data-out="complaintRate-value"]').waitFor();
    await health.locator('input[name="windowDays"]').fill('３０');
    assert.equal(await textOf(page, 'jpseller-store-health [data-out="complaintRate-value"]'), '10%');
    assert.equal(await textOf(page, 'jpseller-store-health [data-out="health-error"]'), '');
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});
