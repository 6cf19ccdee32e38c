// House rules on the copy tab: add an NG word and an allowed phrase, ignore a finding and undo it,
// survive a reload (localStorage only, said on the panel), export and import JSON and CSV.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './harness.mjs';

test('copy tab: house NG words, allowed phrases, ignored findings, kept in this browser', async () => {
  const app = await openPage('/');
  try {
    const { page } = app;
    await page.locator('#tab-copy').click();
    const widget = page.locator('jpseller-copy-checker');
    const house = widget.locator('[data-out="house"]');
    await house.locator('summary').click();
    assert.match(await house.locator('[data-out="house-note"]').textContent(), /只保存在本浏览器/);

    await widget.locator('select[name="channel"]').selectOption('');
    await widget.locator('select[name="productClass"]').selectOption('');
    await widget.locator('textarea[name="text"]').fill('神コスメです。業界最安値！');
    await widget.locator('mark[data-rule="KH-CHEAP"]').waitFor();

    // An NG word typed in half-width kana matches the full-width copy and is reported as USER-NG-1.
    await house.locator('input[name="ng"]').fill('神ｺｽﾒ');
    await house.locator('button[data-add="ng"]').click();
    await widget.locator('mark[data-rule="USER-NG-1"]').waitFor();
    assert.equal(await widget.locator('mark[data-rule="USER-NG-1"]').textContent(), '神コスメ');
    assert.match(await widget.locator('li[data-rule="USER-NG-1"]').textContent(), /自定义禁用词「神ｺｽﾒ」/);

    // Ignoring KH-CHEAP removes it, lists it, and undo brings it back.
    await widget.locator('li[data-rule="KH-CHEAP"] button[data-ignore="KH-CHEAP"]').click();
    await widget.locator('mark[data-rule="KH-CHEAP"]').waitFor({ state: 'detached' });
    assert.match(await house.locator('ul[data-list="ignore"]').textContent(), /KH-CHEAP 「業界最安値」/);

    // Kept across a reload, in localStorage only.
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('jpseller.houseRules')));
    assert.deepEqual(stored, { ng: [{ pattern: '神ｺｽﾒ' }], allow: [], ignore: [{ ruleId: 'KH-CHEAP', text: '業界最安値' }] });
    await page.reload();
    await page.locator('#tab-copy').click();
    await widget.locator('textarea[name="text"]').fill('神コスメです。業界最安値！');
    await widget.locator('mark[data-rule="USER-NG-1"]').waitFor();
    assert.equal(await widget.locator('mark[data-rule="KH-CHEAP"]').count(), 0);
    await house.locator('summary').click();
    await house.locator('button[data-remove="ignore"]').click();
    await widget.locator('mark[data-rule="KH-CHEAP"]').waitFor();

    // An allowed phrase drops the findings inside it.
    await house.locator('input[name="allow"]').fill('業界最安値');
    await house.locator('button[data-add="allow"]').click();
    await widget.locator('mark[data-rule="KH-CHEAP"]').waitFor({ state: 'detached' });

    // Export JSON, then import a CSV that replaces the rules.
    const [download] = await Promise.all([page.waitForEvent('download'), house.locator('button[data-export="json"]').click()]);
    const exported = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()));
    assert.deepEqual(exported, { ng: [{ pattern: '神ｺｽﾒ' }], allow: ['業界最安値'], ignore: [] });
    await house.locator('input[data-import]').setInputFiles({
      name: 'rules.csv', mimeType: 'text/csv',
      buffer: Buffer.from('kind,pattern,message,severity,ruleId\r\nng,です,,info,\r\n'),
    });
    await widget.locator('mark[data-rule="USER-NG-1"][class="info"]').waitFor();
    await widget.locator('mark[data-rule="KH-CHEAP"]').waitFor();

    assert.deepEqual(app.foreignRequests, [], 'no request leaves the origin');
    assert.deepEqual(app.pageErrors, [], 'no uncaught page errors');
    assert.deepEqual(app.consoleErrors, [], 'no console errors');
  } finally {
    await app.close();
  }
});
