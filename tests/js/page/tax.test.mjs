// The page as a user meets it: type a price, read the result, edit the invoice, switch language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, textOf } from './harness.mjs';

test('JCT calculator works under the strict CSP with no foreign requests', async () => {
  const app = await openPage('/#tab=tax');
  try {
    const { page } = app;
    const calc = page.locator('jpseller-tax-calculator');
    await calc.locator('[data-out="incl"]').filter({ hasText: '¥' }).waitFor();

    // 12,345 × 10 % = 1,234.5 → floor 1,234; incl 13,579.
    await calc.locator('input[name="price"]').fill('12345');
    assert.equal(await textOf(page, 'jpseller-tax-calculator [data-out="tax"]'), '¥1,234');
    assert.equal(await textOf(page, 'jpseller-tax-calculator [data-out="incl"]'), '¥13,579');

    // Half-up: 1,234.5 → 1,235.
    await calc.locator('select[name="rounding"]').selectOption('half_up');
    assert.equal(await textOf(page, 'jpseller-tax-calculator [data-out="tax"]'), '¥1,235');

    // Tax-inclusive 11,000 → 11,000 × 10 / 110 = 1,000 exactly; excl 10,000.
    await calc.locator('input[name="price"]').fill('11000');
    await calc.locator('input[name="includesTax"]').check();
    assert.equal(await textOf(page, 'jpseller-tax-calculator [data-out="excl"]'), '¥10,000');

    // Bad input shows the error code instead of a number.
    await calc.locator('input[name="price"]').fill('12.5');
    assert.match(await textOf(page, 'jpseller-tax-calculator [data-out="error"]'), /invalid_amount/);
    assert.equal(await textOf(page, 'jpseller-tax-calculator [data-out="incl"]'), '—');

    // Default invoice: 10 % 1,980 × 2 = 3,960 → tax 396 (half_up, exact anyway);
    // 8 % 540 × 3 = 1,620 → 129.6 → half_up 130. Total tax 526, gross 3,960 + 1,620 + 526 = 6,106.
    const totals = calc.locator('[data-out="invoice-totals"] tr');
    assert.deepEqual(await totals.allTextContents(), ['10%¥3,960¥396¥4,356', '8%¥1,620¥130¥1,750', '合计¥5,580¥526¥6,106']);

    // Language switch: Japanese labels, remembered after reload (and the inputs come back from
    // the URL hash).
    await calc.locator('input[name="price"]').fill('11000');
    await page.locator('#lang').selectOption('ja');
    assert.equal(await page.locator('#tab-tax').textContent(), '消費税計算');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
    await page.reload();
    await page.locator('jpseller-tax-calculator [data-out="incl"]').filter({ hasText: '¥' }).waitFor();
    assert.equal(await page.locator('#lang').inputValue(), 'ja');
    assert.match(await page.locator('jpseller-tax-calculator h2').first().textContent(), /消費税/);
    assert.equal(await textOf(page, 'jpseller-tax-calculator [data-out="excl"]'), '¥10,000');

    assert.deepEqual(app.foreignRequests, [], 'no request leaves the origin');
    assert.deepEqual(await app.cspViolations(), [], 'no CSP violations');
    assert.deepEqual(app.pageErrors, [], 'no uncaught page errors');
    assert.deepEqual(app.consoleErrors, [], 'no console errors (e.g. 404s)');
  } finally {
    await app.close();
  }
});

test('the invoice table is keyboard-editable and recalculates', async () => {
  const app = await openPage('/#tab=tax');
  try {
    const calc = app.page.locator('jpseller-tax-calculator');
    await calc.locator('[data-out="incl"]').filter({ hasText: '¥' }).waitFor();
    await calc.getByRole('button', { name: '添加一行' }).click();
    const amount = calc.getByLabel('单价 3');
    await amount.fill('105');
    // 10 %: 3,960 + 105 = 4,065 → 406.5 → floor 406.
    const first = calc.locator('[data-out="invoice-totals"] tr').first();
    assert.equal(await first.textContent(), '10%¥4,065¥406¥4,471');
    await calc.getByRole('button', { name: '删除 1' }).click();
    // Only 105 left at 10 %: 10.5 → 10.
    assert.equal(await first.textContent(), '10%¥105¥10¥115');
  } finally {
    await app.close();
  }
});
