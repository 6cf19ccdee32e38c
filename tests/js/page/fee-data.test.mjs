// Rates without a rebuild on the page: www/fee-data.json (shipped empty) is registered in the page's
// and the worker's engine, the fee tab says "rates as of" its date, and a bad file is reported
// without breaking the page. The example file moves Qoo10 electronics from 8 % to 9 % on 2026-12-01.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, textOf } from './harness.mjs';

const EXAMPLE = readFileSync(new URL('../../fee-data/example.json', import.meta.url), 'utf8');
const serve = (body) => ({ serviceWorkers: 'block', setup: (page) => page.route('**/fee-data.json', (route) => route.fulfill({ contentType: 'application/json', body })) });

async function qoo10Order(page) {
  await page.locator('#tab-fees').click();
  const calc = page.locator('jpseller-fee-calculator');
  await calc.locator('[data-out="profit"]').waitFor();
  await calc.locator('select[name="platform"]').selectOption('qoo10');
  await calc.locator('select[name="category"]').selectOption('electronics');
  await calc.locator('input[name="asOf"]').fill('2026-12-15');
  await calc.locator('input[name="asOf"]').dispatchEvent('change');
  await calc.locator('input[name="price"]').fill('8800');
  return calc;
}

test('the shipped empty fee-data file keeps the compiled-in rates', async () => {
  const app = await openPage('/');
  try {
    const calc = await qoo10Order(app.page);
    assert.equal(await textOf(app.page, 'jpseller-fee-calculator [data-out="rates-as-of"]'), '费率数据截至 2026-11-20');
    // 8,800 × 8 % = 704.
    assert.match(await calc.locator('tr[data-line="qoo10.commission"]').textContent(), /¥704/);
    assert.deepEqual(app.consoleErrors, [], 'no console errors (the file is there, so no 404)');
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('a fee-data file beside the page updates the rates in the page and in the worker', async () => {
  const app = await openPage('/', serve(EXAMPLE));
  try {
    const { page } = app;
    const calc = await qoo10Order(page);
    assert.equal(await textOf(page, 'jpseller-fee-calculator [data-out="rates-as-of"]'), '费率数据截至 2026-12-01');
    // 8,800 × 9 % = 792.
    assert.match(await calc.locator('tr[data-line="qoo10.commission"]').textContent(), /¥792/);
    // The month P&L runs in the engine worker, which registered the same file.
    await calc.locator('textarea[name="ordersCsv"]').fill('price\n8800');
    await calc.locator('button[name="month"]').click();
    await calc.locator('[data-out="month-lines"]').filter({ hasText: '¥792' }).waitFor();
    await page.locator('#lang').selectOption('en');
    assert.equal(await textOf(page, 'jpseller-fee-calculator [data-out="rates-as-of"]'), 'Fee data: rates as of 2026-12-01');
    assert.deepEqual(app.pageErrors, []);
    assert.deepEqual(app.consoleErrors, []);
  } finally {
    await app.close();
  }
});

test('a bad fee-data file is reported and the compiled-in rates stay', async () => {
  const bad = JSON.parse(EXAMPLE);
  bad.platforms[0].rules[0].id = 'qoo10.made_up';
  const app = await openPage('/', serve(JSON.stringify(bad)));
  try {
    const calc = await qoo10Order(app.page);
    assert.match(await textOf(app.page, 'jpseller-fee-calculator [data-out="fee-data-error"]'), /unknown_rule/);
    assert.equal(await textOf(app.page, 'jpseller-fee-calculator [data-out="rates-as-of"]'), '费率数据截至 2026-11-20');
    assert.match(await calc.locator('tr[data-line="qoo10.commission"]').textContent(), /¥704/);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});
