// The one-screen marketplace comparison (issue 15, "Beyond the anchors"): one price, every
// marketplace side by side with fees, tax, profit, margin and their rules; categories shown and
// editable; recomputed with every input; shared and restored through the link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './harness.mjs';

const yen = (text) => Number(text.replace(/[¥,]/g, ''));

/** Sets the inputs of the hand calculation in src/fees/tests.rs (compare_puts_fba_and_self_shipping_side_by_side). */
async function handCase(widget) {
  await widget.locator('input[name="asOf"]').fill('2026-11-20');
  await widget.locator('input[name="asOf"]').dispatchEvent('change');
  await widget.locator('input[name="jctRegistered"]').uncheck();
  await widget.locator('select[name="amazon-category"]').selectOption('home_kitchen');
  await widget.locator('select[name="amazon-sizeTier"]').selectOption('standard_60');
  await widget.locator('input[name="price"]').fill('¥3,980');
}

test('marketplace comparison: every marketplace side by side, with reasons and rules, refreshed with the inputs', async () => {
  const app = await openPage('/#tab=compare', { viewport: { width: 1366, height: 900 } });
  try {
    const { page } = app;
    const widget = page.locator('jpseller-marketplace-compare');
    await widget.locator('[data-market]').first().waitFor();
    await handCase(widget);
    const markets = await widget.locator('[data-market]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-market')));
    assert.deepEqual([...markets].sort(), ['amazon-fba', 'amazon-merchant', 'qoo10', 'rakuten', 'tiktok', 'yahoo']);

    // Hand calculation (src/fees/tests.rs): referral 15.4 % × 3,980 = 612.92 → 613, fee tax
    // floor(61.3) = 61 → 674 shipped by you; FBA adds the 60 cm ¥430 → 1,104. Unregistered: no tax
    // due. Profit: self-shipped 3,980 − 674 − 1,200 − 700 = 1,406; FBA (no own shipping)
    // 3,980 − 1,104 − 1,200 = 1,676.
    const card = (id) => widget.locator(`[data-market="${id}"]`);
    assert.equal(yen(await card('amazon-merchant').locator('[data-out="fees"]').textContent()), 674);
    assert.equal(yen(await card('amazon-merchant').locator('[data-out="profit"]').textContent()), 1406);
    assert.equal(yen(await card('amazon-fba').locator('[data-out="fees"]').textContent()), 1104);
    assert.equal(yen(await card('amazon-fba').locator('[data-out="profit"]').textContent()), 1676);
    assert.equal(await card('amazon-fba').locator('[data-out="taxDue"]').textContent(), '¥0');
    // 1,676 / 3,980 = 42.110…% → 42.11 %.
    assert.equal(await card('amazon-fba').locator('[data-out="margin"]').textContent(), '42.11%');

    // Side by side at 1366 px: the first row holds several cards.
    const tops = await widget.locator('[data-market]').evaluateAll((cards) => cards.map((c) => Math.round(c.getBoundingClientRect().top)));
    assert.ok(tops.filter((t) => t === tops[0]).length >= 3, `cards per row: ${tops}`);

    // At a glance: one line per marketplace, in the cards' order.
    const glance = await widget.locator('[data-out="ranking"] li').allTextContents();
    const names = await widget.locator('[data-market] [data-out="name"]').allTextContents();
    assert.deepEqual(glance.map((line) => names.find((n) => line.startsWith(n))), names);

    // Ranked by profit, each with its reasons and its category shown.
    const profits = await widget.locator('[data-market]:not([data-skipped]) [data-out="profit"]').allTextContents();
    assert.deepEqual(profits.map(yen), [...profits.map(yen)].sort((a, b) => b - a));
    assert.ok((await card('rakuten').locator('[data-out="reasons"] li').count()) >= 2);
    assert.match(await card('amazon-merchant').locator('[data-out="used"]').textContent(), /类目/);

    // Every fee and cost line carries its rule's provenance (status and effective date); the tax has its rule too.
    const rules = card('rakuten').locator('[data-out="rules"]');
    await rules.locator('summary').click();
    const ruleCount = await rules.locator('.rule').count();
    assert.ok(ruleCount >= 3, `rules shown: ${ruleCount}`);
    assert.equal(await rules.locator('.rule .status').count(), ruleCount);
    assert.match(await rules.textContent(), /生效日/);
    assert.match(await rules.textContent(), /消费税依据/);

    // A new price refreshes every card: 5,980 gives Amazon more referral fee (15.4 % × 5,980 = 920.92 → 921 + tax 92 = 1,013).
    await widget.locator('input[name="price"]').fill('５９８０');
    await page.waitForFunction(() => document.querySelector('jpseller-marketplace-compare').shadowRoot
      .querySelector('[data-market="amazon-merchant"] [data-out="fees"]')?.textContent === '¥1,013');
    // Changing the Amazon category changes Amazon's answer and nothing else's.
    const rakutenBefore = await card('rakuten').locator('[data-out="profit"]').textContent();
    const amazonBefore = await card('amazon-merchant').locator('[data-out="profit"]').textContent();
    const otherCategory = await widget.locator('select[name="amazon-category"] option').evaluateAll((options) => options.map((o) => o.value).find((v) => v !== 'home_kitchen'));
    await widget.locator('select[name="amazon-category"]').selectOption(otherCategory);
    assert.equal(await card('rakuten').locator('[data-out="profit"]').textContent(), rakutenBefore);
    assert.notEqual(await card('amazon-merchant').locator('[data-out="profit"]').textContent(), amazonBefore);

    // A wrong price says so beside the field and greys the cards as out of date.
    await widget.locator('input[name="price"]').fill('12.5');
    assert.match(await widget.locator('[data-out="error"]').textContent(), /invalid_amount/);
    assert.equal(await widget.locator('[data-out="field-error"]').count(), 1);
    assert.match(await widget.locator('[data-out="markets"]').getAttribute('class'), /stale/);
    await widget.locator('input[name="price"]').fill('3980');
    assert.doesNotMatch(await widget.locator('[data-out="markets"]').getAttribute('class'), /stale/);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('marketplace comparison: shared as a link, restored with the same answer; a crafted link is checked', async () => {
  const app = await openPage('/#tab=compare');
  let link;
  let answer;
  try {
    const { page } = app;
    const widget = page.locator('jpseller-marketplace-compare');
    await widget.locator('[data-market]').first().waitFor();
    await handCase(widget);
    await widget.locator('select[name="qoo10-category"]').selectOption({ index: 1 });
    // The page's copy button puts exactly this link on the clipboard.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('#copy-link').click();
    await page.locator('#share-note').filter({ hasText: '链接已复制' }).waitFor();
    link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, page.url());
    assert.match(link, /compare=/);
    answer = await widget.locator('[data-market] [data-out="profit"]').allTextContents();
  } finally {
    await app.close();
  }
  const path = link.slice(link.indexOf('/#'));
  const again = await openPage(path);
  try {
    const { page } = again;
    const widget = page.locator('jpseller-marketplace-compare');
    await widget.locator('[data-market]').first().waitFor();
    assert.equal(await widget.locator('input[name="price"]').inputValue(), '3980');
    assert.equal(await widget.locator('select[name="amazon-sizeTier"]').inputValue(), 'standard_60');
    assert.deepEqual(await widget.locator('[data-market] [data-out="profit"]').allTextContents(), answer);
    assert.equal(await widget.locator('[data-out="restore-notice"]').count(), 0);
  } finally {
    await again.close();
  }
  // A crafted link: an unknown category and a wrong type fall back to the defaults, with a notice.
  const crafted = Buffer.from(JSON.stringify({ price: '4980', amazon: { category: 'no_such_category', fba: 'yes' } })).toString('base64url');
  const bad = await openPage(`/#tab=compare&compare=${crafted}`);
  try {
    const { page } = bad;
    const widget = page.locator('jpseller-marketplace-compare');
    const notice = widget.locator('[data-out="restore-notice"]');
    await notice.waitFor();
    assert.match(await notice.textContent(), /amazon\.category/);
    assert.match(await notice.textContent(), /amazon\.fba/);
    assert.equal(await widget.locator('input[name="price"]').inputValue(), '4980');
    assert.notEqual(await widget.locator('select[name="amazon-category"]').inputValue(), 'no_such_category');
    assert.ok(await widget.locator('[data-market="amazon-fba"]').count(), 'the default (FBA compared too) applies');
    assert.deepEqual(bad.pageErrors, []);
  } finally {
    await bad.close();
  }
});
