// The 文案检查 tab: paste copy, pick a channel and product class, see highlights, the side list with
// explanations and citations, counts, and a one-click rewrite — with no request leaving the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, textOf } from './harness.mjs';

test('copy-check tab: highlights, explanations, counts and one-click rewrite', async () => {
  const app = await openPage('/');
  try {
    const { page } = app;
    await page.locator('#tab-copy').click();
    const widget = page.locator('jpseller-copy-checker');
    await widget.locator('[data-out="counts"] [data-count="error"]').waitFor();

    // User text that looks like markup stays text: no element is created from it.
    const hostile = '<img src=x onerror="window.__owned=1">シミが消える美容液。業界最安値！';
    await widget.locator('textarea[name="text"]').fill(hostile);
    await widget.locator('select[name="channel"]').selectOption('rakuten_listing');
    await widget.locator('select[name="productClass"]').selectOption('cosmetics');
    await widget.locator('mark[data-rule="CS-SPOT"]').waitFor();
    assert.equal(await widget.locator('[data-out="preview"] img').count(), 0);
    assert.equal(await page.evaluate(() => window.__owned), undefined);
    assert.equal(await textOf(page, 'jpseller-copy-checker mark[data-rule="CS-SPOT"]'), 'シミが消える');
    assert.equal(await textOf(page, 'jpseller-copy-checker mark[data-rule="KH-CHEAP"]'), '業界最安値');
    // The preview is the original text, character for character.
    assert.equal(await textOf(page, 'jpseller-copy-checker [data-out="preview"]'), hostile);

    // Side list: Chinese explanation by default, Japanese underneath, a citation.
    const spot = widget.locator('li[data-rule="CS-SPOT"]');
    assert.match(await spot.textContent(), /祛斑|色斑/);
    assert.match(await spot.locator('p[lang="ja"]').textContent(), /シミ/);
    assert.match(await spot.textContent(), /薬機法/);
    // Counts: CS-SPOT and KH-CHEAP are errors; RK-REQ reminds about missing fields (info).
    assert.match(await textOf(page, 'jpseller-copy-checker [data-count="error"]'), /2$/);
    assert.match(await textOf(page, 'jpseller-copy-checker [data-count="info"]'), /1$/);

    // One-click rewrite replaces exactly the flagged characters and re-checks.
    await spot.locator('button[data-apply="CS-SPOT"]').first().click();
    await widget.locator('mark[data-rule="CS-SPOT"]').waitFor({ state: 'detached' });
    assert.equal(await widget.locator('textarea[name="text"]').inputValue(),
      '<img src=x onerror="window.__owned=1">日やけによるシミ・ソバカスを防ぐ美容液。業界最安値！');

    // Creator post marked sponsored without a disclosure: whole-text error.
    await widget.locator('textarea[name="text"]').fill('最近ずっと使ってるクリーム♡ #スキンケア');
    await widget.locator('select[name="channel"]').selectOption('creator_post');
    await widget.locator('input[name="sponsored"]').check();
    await widget.locator('li[data-rule="SM-MISSING"]').waitFor();

    // Clean text with no channel or class (so no completeness reminders) says so.
    await widget.locator('input[name="sponsored"]').uncheck();
    await widget.locator('select[name="channel"]').selectOption('');
    await widget.locator('select[name="productClass"]').selectOption('');
    await widget.locator('textarea[name="text"]').fill('ステンレス製の保温ボトルです。容量は500mlです。');
    await widget.locator('[data-out="none"]').waitFor();

    assert.deepEqual(app.foreignRequests, [], 'no request leaves the origin');
    assert.deepEqual(await app.cspViolations(), [], 'no CSP violations');
    assert.deepEqual(app.pageErrors, [], 'no uncaught page errors');
    assert.deepEqual(app.consoleErrors, [], 'no console errors');
  } finally {
    await app.close();
  }
});
