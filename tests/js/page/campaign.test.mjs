// The campaign tab as a seller uses it: edit the plan, read profit and risk, see the charts,
// allocate a budget, save and reload a scenario (JSON and URL hash), all under the strict CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, textOf } from './harness.mjs';

const W = 'jpseller-campaign-simulator';

async function openCampaign() {
  const app = await openPage('/#tab=campaign');
  const widget = app.page.locator(W);
  await widget.locator('[data-out="profit"]').filter({ hasText: '¥' }).waitFor();
  return { app, widget };
}

test('campaign tab: results, charts and bad input', async () => {
  const { app, widget } = await openCampaign();
  const { page } = app;
  try {
    // The default plan renders every result and all three charts as SVG.
    assert.match(await textOf(page, `${W} [data-out="prob-loss"]`), /^\d+(\.\d)?%$/);
    // The tornado comes from a second worker call, after the simulation.
    await widget.locator('[data-out="tornado"] svg').waitFor();
    for (const chart of ['histogram', 'curve', 'tornado']) {
      assert.equal(await widget.locator(`[data-out="${chart}"] svg`).count(), 1, chart);
    }
    assert.match(await textOf(page, `${W} [data-out="fingerprint"]`), /jpseller-campaign\/.*随机种子 20261120 · 模拟次数 10000/);

    // A deterministic one-creator plan checked by hand: drop the other creators, no ads.
    for (let i = 0; i < 2; i++) await widget.getByRole('button', { name: '删除 2' }).click();
    await widget.locator('input[name="adSpend"]').fill('0');
    await widget.locator('input[name="jctRegistered"]').uncheck();
    await widget.getByLabel('发布数 1').fill('1');
    await widget.getByLabel('每条平均播放 1').fill('10000');
    await widget.getByLabel('点击率 % 1').fill('2');
    await widget.getByLabel('转化率 % 1').fill('5');
    await widget.getByLabel('佣金 % 1').fill('20');
    await widget.getByLabel('固定费用（日元） 1').fill('5000');
    await widget.locator('input[name="aov"]').fill('4000');
    await widget.locator('input[name="cogsRate"]').fill('30');
    await widget.locator('input[name="returnRate"]').fill('0');
    await widget.locator('input[name="perOrderCost"]').fill('0');
    // 10,000 × 2 % × 5 % = 10 orders × ¥4,000 = 40,000; fee 7 % 2,800; commission 20 % 8,000;
    // COGS 12,000; flat fee 5,000 → expected profit 12,200 (not registered: no output tax).
    await widget.locator('[data-out="profit"]').filter({ hasText: '¥12,200' }).waitFor();

    // Bad input shows the error code instead of numbers.
    await widget.getByLabel('点击率 % 1').fill('120');
    await widget.locator('[data-out="error"]').filter({ hasText: 'invalid_rate' }).waitFor();
    assert.equal(await widget.locator('[data-out="profit"]').count(), 0);

    assert.deepEqual(app.foreignRequests, [], 'no request leaves the origin');
    assert.deepEqual(await app.cspViolations(), [], 'no CSP violations');
    assert.deepEqual(app.pageErrors, [], 'no uncaught page errors');
    assert.deepEqual(app.consoleErrors, [], 'no console errors');
  } finally {
    await app.close();
  }
});

test('campaign tab: allocation, presets with provenance, scenario JSON and URL hash', async () => {
  const { app, widget } = await openCampaign();
  const { page } = app;
  try {
    await widget.locator('input[name="budget"]').fill('200000');
    await widget.locator('button[name="allocate"]').click();
    const total = widget.locator('[data-out="allocation-total"]');
    await total.waitFor();
    const spend = Number((await total.locator('td').nth(2).textContent()).replace(/[¥,]/g, ''));
    assert.ok(spend <= 200000, `allocated spend ${spend} within budget`);

    // The seller-guide preset is labelled unverified with its source.
    await widget.locator('select[name="preset"]').selectOption('rakuten_creator_campaign');
    assert.match(await textOf(page, `${W} [data-out="preset-source"]`), /⚠ 未核实/);
    assert.equal(await widget.locator('tbody tr').filter({ has: page.locator('input[value="Rakuten-4"]') }).count(), 1);

    // Export the scenario, change an input, load the JSON back: the same run (same fingerprint).
    await page.waitForTimeout(500); // let the debounced re-run with the new creator finish
    const fingerprint = await textOf(page, `${W} [data-out="fingerprint"]`);
    await widget.locator('button[name="saveJson"]').click();
    const json = JSON.parse(await widget.locator('textarea').inputValue());
    assert.equal(json.seed, '20261120');
    assert.match(json.engineVersion, /^jpseller-campaign\//);
    await widget.locator('input[name="aov"]').fill('9999');
    await page.waitForFunction(([w, f]) => document.querySelector(w).shadowRoot.querySelector('[data-out="fingerprint"]')?.textContent !== f, [W, fingerprint]);
    await widget.locator('button[name="loadJson"]').click();
    await page.waitForFunction(([w, f]) => document.querySelector(w).shadowRoot.querySelector('[data-out="fingerprint"]')?.textContent === f, [W, fingerprint]);

    // The URL hash carries the plan: a reload restores the edited AOV.
    await widget.locator('input[name="aov"]').fill('4321');
    await page.waitForFunction(() => location.hash.includes('campaign='));
    await page.reload();
    await page.locator(`${W} [data-out="profit"]`).filter({ hasText: '¥' }).waitFor();
    assert.equal(await page.locator(`${W} input[name="aov"]`).inputValue(), '4321');
    assert.deepEqual(app.pageErrors, [], 'no uncaught page errors');
  } finally {
    await app.close();
  }
});

test('campaign tab: a heavy plan runs in a worker — the page stays responsive, shows progress and can cancel', async () => {
  // 60 creators × 14,000 draws: just inside simulateCampaign's work limit (draws × (creators +
  // channels + 10) ≤ 1,000,000), the heaviest plan the page accepts — simulation plus sensitivity.
  const creators = Array.from({ length: 60 }, (_, i) => ({ id: `c-${i + 1}`, platform: 'tiktok_shop_jp', collaboration: 'open', posts: '2', viewsPerPost: '60000', ctr: '1.5', cvr: '3', commissionRate: '15', flatFee: '0' }));
  const state = Buffer.from(JSON.stringify({ creators, draws: '14000' })).toString('base64url');
  const app = await openPage(`/#tab=campaign&campaign=${state}`);
  try {
    const { page } = app;
    const widget = page.locator(W);
    const busy = widget.locator('[data-out="busy"]').first();
    await busy.waitFor({ state: 'visible' });
    // The main thread is free while the engine works: a 50 ms timer fires on time.
    const timerDelay = await page.evaluate(() => new Promise((resolve) => { const t = performance.now(); setTimeout(() => resolve(performance.now() - t), 50); }));
    assert.ok(timerDelay < 400, `a 50 ms timer took ${timerDelay.toFixed(0)} ms`);
    assert.equal(await busy.isVisible(), true, 'still computing');
    assert.match(await busy.textContent(), /正在计算…\d+\.\d s取消/);

    await busy.getByRole('button', { name: '取消' }).click();
    await busy.waitFor({ state: 'hidden' });
    await widget.locator('[data-out="error"]').filter({ hasText: '已取消。' }).waitFor();
    assert.equal(await widget.locator('[data-out="profit"]').count(), 0, 'no result from the cancelled run');

    // The next run starts a fresh worker and answers.
    await widget.locator('input[name="draws"]').fill('1000');
    await widget.locator('[data-out="profit"]').filter({ hasText: '¥' }).waitFor();
    assert.equal(await widget.locator('[data-out="error"]').textContent(), '');
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('campaign tab: an allocation that hires nobody says why in words', async () => {
  const { app, widget } = await openCampaign();
  try {
    // A product that loses money on every order (cost of goods 95 %): no creator can pay back.
    await widget.locator('input[name="cogsRate"]').fill('95');
    await widget.locator('[data-out="profit"]').filter({ hasText: '-¥' }).waitFor();
    await widget.locator('input[name="budget"]').fill('300000');
    await widget.locator('button[name="allocate"]').click();
    const why = widget.locator('[data-out="allocation-why"]');
    await why.waitFor();
    assert.match(await why.textContent(), /一个达人都没有录用/);
    assert.equal(await widget.locator('[data-out="allocation-rows"] tr').filter({ hasText: '不录用' }).count() > 0, true);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});
