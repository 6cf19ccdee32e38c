// Nothing silently left out: the Rakuten plan fee without orders per month, bulk files without a
// cost column, and the categories the marketplace comparison assumes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, textOf } from './harness.mjs';

const yen = (text) => Number(text.replace(/[¥,]/g, ''));

test('fees: the monthly plan fee is named, and its absence from the per-order profit is said', async () => {
  const app = await openPage('/#tab=fees');
  try {
    const { page } = app;
    const calc = page.locator('jpseller-fee-calculator');
    await calc.locator('[data-out="profit"]').waitFor();
    await calc.locator('input[name="asOf"]').fill('2026-11-20');
    await calc.locator('input[name="asOf"]').dispatchEvent('change');
    await calc.locator('input[name="price"]').fill('3980');
    // Rakuten standard plan: ¥65,000 a month (rakuten.json, from 2024-06-01); at the stated 100
    // orders a month that is ¥650 per order.
    const missing = calc.locator('[data-out="monthly-missing"]');
    assert.equal(await missing.isVisible(), true);
    assert.match(await missing.textContent(), /¥65,000.*100.*¥650/);
    assert.match(await textOf(page, 'jpseller-fee-calculator [data-out="monthly-fixed"]'), /¥65,000/);
    const without = yen(await textOf(page, 'jpseller-fee-calculator [data-out="profit"]'));
    // ¥1,370 before issue 15's input-tax credit; + floor(700 × 10 / 110) = ¥63 on the ¥700 carrier charge.
    assert.equal(without, 1433);
    assert.match(await calc.locator('.summary div').filter({ has: page.locator('[data-out="profit"]') }).textContent(), /未含月费/);

    await calc.locator('input[name="ordersPerMonth"]').fill('100');
    assert.equal(await missing.isVisible(), false);
    assert.match(await textOf(page, 'jpseller-fee-calculator [data-out="monthly-fixed"]'), /¥65,000.*¥650/);
    // The ¥650 share carries ¥65 of JCT that a registered seller credits against the tax due, so
    // profit falls by the net share: 1,433 − 650 = 783.
    assert.equal(yen(await textOf(page, 'jpseller-fee-calculator [data-out="profit"]')), 1433 - 650);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('comparison: shows and edits the categories it assumes, and follows the price', async () => {
  const app = await openPage('/#tab=fees');
  try {
    const { page } = app;
    const calc = page.locator('jpseller-fee-calculator');
    await calc.locator('[data-out="profit"]').waitFor();
    const compare = calc.locator('section[data-form="compare"]');
    const profitOf = async (platform) => yen(await compare.locator(`tr[data-platform="${platform}"] td:nth-child(3)`).textContent());
    const amazon = compare.locator('select[name="compare-amazon-category"]');
    assert.equal(await amazon.inputValue(), 'electronics');
    assert.ok((await amazon.locator('option').count()) > 3);
    assert.equal(await compare.locator('select[name="compare-qoo10-category"]').inputValue(), 'beauty');

    const before = await profitOf('amazon');
    await calc.locator('input[name="price"]').fill('5980');
    assert.notEqual(await profitOf('amazon'), before, 'the comparison follows the price without a click');
    const atElectronics = await profitOf('amazon');
    const other = await amazon.locator('option').evaluateAll((options) => options.map((o) => o.value).find((v) => v !== 'electronics' && v !== ''));
    await amazon.selectOption(other);
    assert.notEqual(await profitOf('amazon'), atElectronics, `Amazon at ${other} differs from electronics`);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('bulk: a file without a cost column is flagged, and a default cost rate is applied', async () => {
  const app = await openPage('/#tab=bulk');
  try {
    const { page } = app;
    const bulk = page.locator('jpseller-bulk-checker');
    await bulk.locator('h2').waitFor();
    const csv = '商品名,販売価格\n保湿クリーム,"3,980"\n';
    await bulk.evaluate((el, text) => el.process(text), csv);
    assert.match(await bulk.locator('[data-out="cost-note"]').textContent(), /没有原价/);
    const noCost = yen(await bulk.locator('[data-out="rows"] tr td:nth-child(7)').textContent());

    await bulk.locator('input[name="costRate"]').fill('３０％');
    await bulk.evaluate((el, text) => el.process(text), csv);
    assert.match(await bulk.locator('[data-out="cost-note"]').textContent(), /30%/);
    // 30 % of ¥3,980 = ¥1,194 (rounded down) of cost per unit.
    assert.equal(noCost - yen(await bulk.locator('[data-out="rows"] tr td:nth-child(7)').textContent()), 1194);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('fees: a ⚠ preset is edited inline, kept in the link, and reset to its default', async () => {
  const app = await openPage('/#tab=fees');
  try {
    const { page } = app;
    const calc = page.locator('jpseller-fee-calculator');
    await calc.locator('[data-out="profit"]').waitFor();
    await calc.locator('input[name="asOf"]').fill('2026-11-20');
    await calc.locator('input[name="asOf"]').dispatchEvent('change');
    const profit = async () => yen(await textOf(page, 'jpseller-fee-calculator [data-out="profit"]'));
    assert.equal(await profit(), 1433);
    const system = calc.locator('tr[data-line="rakuten.system_fee.mobile"]');
    await system.locator('summary').click();
    const firstBand = system.locator('input[name="preset-rakuten.system_fee.mobile-bands[0].rate"]');
    assert.equal(await firstBand.inputValue(), '4.5', 'the preset is shown as the starting value');
    // Mobile system fee on ¥3,980: 4.5 % → ¥179; at 4 % → ¥159. Its tax is credited against the
    // tax due, so profit rises by the net ¥20: 1,453.
    await firstBand.fill('４％');
    await firstBand.dispatchEvent('change');
    assert.equal(await profit(), 1453);
    assert.match(await system.locator('summary').textContent(), /你的数值/);
    assert.equal(await system.locator('details').getAttribute('open'), '', 'the edited row stays open');

    // The edit is part of the scenario: a reload from the link keeps it.
    await page.reload();
    await calc.locator('[data-out="profit"]').waitFor();
    assert.equal(await profit(), 1453);
    await calc.locator('tr[data-line="rakuten.system_fee.mobile"] summary').click();
    await calc.locator('tr[data-line="rakuten.system_fee.mobile"] button[name="reset-preset"]').click();
    assert.equal(await profit(), 1433);
    assert.match(await calc.locator('tr[data-line="rakuten.system_fee.mobile"] summary').textContent(), /⚠/);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});
