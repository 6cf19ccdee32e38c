// Bulk mode as a seller uses it: drop a Shift_JIS RMS-style CSV, watch progress, read findings and
// fees, export; cancel a big file; hostile cells render as inert text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { openPage } from './harness.mjs';
import { parseCsv } from '../../../www/widgets/csv.js';

const HEADER = '商品管理番号（商品URL）,商品名,キャッチコピー,販売価格';

async function openBulk() {
  const app = await openPage('/#tab=bulk');
  await app.page.locator('jpseller-bulk-checker h2').waitFor();
  return app;
}

test('a Shift_JIS RMS item CSV is decoded, linted and feed row by row, and exports', async () => {
  const app = await openBulk();
  try {
    const { page } = app;
    const csv = [
      HEADER,
      'a-1,保湿クリーム 50g,楽天最安値に挑戦！,"3,980"',
      'a-2,綿100% Tシャツ,"洗濯機で洗えます。サイズ表あり",2980',
      'a-3,ステンレスボトル,"＜img src=x＞ 丈夫で長持ち",１９８０',
    ].join('\r\n');
    const bulk = page.locator('jpseller-bulk-checker');
    await bulk.locator('input[type="file"]').setInputFiles({ name: 'rms.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'Shift_JIS') });
    await bulk.locator('[data-out="rows"] tr').nth(2).waitFor();
    assert.match(await bulk.locator('[data-out="status"]').textContent(), /shift_jis/);
    // The file control speaks the page's language (the native one follows the browser's) and names the file.
    assert.equal(await bulk.locator('.file-picker .choose').textContent(), '选择文件');
    assert.equal(await bulk.locator('.file-picker [data-out="file-name"]').textContent(), 'rms.csv');
    const rows = await bulk.locator('[data-out="rows"] tr').allTextContents();
    assert.equal(rows.length, 3);
    assert.match(rows[0], /最安/, 'the 最安 claim is flagged on row 1');
    // Every row got fees from the fee engine (a yen amount, not an error code).
    for (const row of await bulk.locator('[data-out="rows"] tr td:nth-child(6)').allTextContents()) assert.match(row, /^¥[\d,]+$/);
    assert.equal(await bulk.locator('progress').evaluate((p) => p.value), 1);

    const [download] = await Promise.all([page.waitForEvent('download'), bulk.getByRole('button', { name: '导出 CSV' }).click()]);
    const exported = (await (await download.createReadStream()).toArray()).join('');
    const lines = exported.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines[0], '行,CSV 行号,商品编号,商品类别,文案,错误,警告,提示,规则,售价,费用,回款,利润,利润率,费用错误', 'headers in the page language');
    assert.equal(lines.length, 4);
    assert.deepEqual(app.foreignRequests, []);
    assert.deepEqual(await app.cspViolations(), []);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('a large file shows progress and can be cancelled', async () => {
  const app = await openBulk();
  try {
    const { page } = app;
    const rows = Array.from({ length: 60_000 }, (_, i) => `s-${i},商品${i},毎日使える便利なアイテムです。,${1000 + (i % 5000)}`);
    const bulk = page.locator('jpseller-bulk-checker');
    await bulk.locator('input[type="file"]').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...rows].join('\n')) });
    await page.waitForFunction(() => {
      const p = document.querySelector('jpseller-bulk-checker').shadowRoot.querySelector('progress');
      return p.value > 0 && p.value < 1;
    });
    await bulk.locator('[data-action="cancel"]').click();
    assert.match(await bulk.locator('[data-out="status"]').textContent(), /已取消/);
    assert.equal(await bulk.locator('[data-out="rows"] tr').count(), 0);
  } finally {
    await app.close();
  }
});

test('hostile cells stay text: no markup, no script, no navigation', async () => {
  const app = await openBulk();
  try {
    const { page } = app;
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; d.dismiss(); });
    const formulas = ['=HYPERLINK("http://evil")', "-2+3+cmd|' /C calc'!A0", '+1+1', '@SUM(A1)', '\t=1+1', '\n=HYPERLINK("http://evil")', '\r=1+1',
      '＝HYPERLINK("http://evil")', '＋1+1', '－1+1', '＠SUM(A1)', '\u0000=1+1'];
    const attacks = ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', '<a href="javascript:alert(3)">click</a>', '"><svg onload=alert(4)>', ...formulas];
    const csv = [HEADER, ...attacks.map((a, i) => `x-${i},"${a.replace(/"/g, '""')}",最安,1000`)].join('\n');
    const bulk = page.locator('jpseller-bulk-checker');
    await bulk.locator('input[type="file"]').setInputFiles({ name: 'xss.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await bulk.locator('[data-out="rows"] tr').nth(attacks.length - 1).waitFor();
    const injected = await bulk.evaluate((el) => el.shadowRoot.querySelectorAll('[data-out="rows"] img, [data-out="rows"] script, [data-out="rows"] svg, [data-out="rows"] a').length);
    assert.equal(injected, 0);
    const cells = await bulk.locator('[data-out="rows"] td.copy').allTextContents();
    attacks.forEach((a, i) => assert.ok(cells[i].startsWith(a), `row ${i} shows the literal text`));
    await page.waitForTimeout(300);
    assert.equal(dialogs, 0);
    // Exported CSV neutralises spreadsheet formulas.
    const [download] = await Promise.all([page.waitForEvent('download'), bulk.getByRole('button', { name: '导出 CSV' }).click()]);
    const exported = (await (await download.createReadStream()).toArray()).join('');
    const [header, ...rows] = parseCsv(exported.replace(/^\uFEFF/, ''));
    const copy = header.indexOf('文案'); // the page's language: zh
    const exportedCopy = new Map(rows.map((r) => [r[copy].replace(/^'/, ''), r[copy]]));
    for (const formula of formulas) {
      const cell = [...exportedCopy.keys()].find((text) => text.startsWith(formula));
      assert.ok(cell !== undefined, `${JSON.stringify(formula)} exported`);
      assert.ok(exportedCopy.get(cell).startsWith(`'${formula}`), `${JSON.stringify(formula)} starts with a quote`);
    }
    assert.deepEqual(await app.cspViolations(), []);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('process() works on an element created but never connected (the typed host API)', async () => {
  const app = await openBulk();
  try {
    const rows = await app.page.evaluate(async () => {
      const detached = document.createElement('jpseller-bulk-checker');
      return detached.process('商品名,販売価格\n楽天最安値に挑戦,1000');
    });
    assert.equal(rows.length, 1);
    assert.ok(rows[0].findings.some((f) => f.ruleId === 'KH-CHEAP'), JSON.stringify(rows[0].findings.map((f) => f.ruleId)));
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('blank or オープン価格 price rows are reported in place with row and CSV line; the rest are computed', async () => {
  const app = await openBulk();
  try {
    const { page } = app;
    // Line 1 is the header; row 2's copy spans lines 3–4, so row 3 starts on line 5.
    const csv = [
      '商品管理番号（商品URL）,商品名,販売価格,表示価格',
      'b-1,保湿クリーム,7800,9800',
      'b-2,"綿100%\nTシャツ",,',
      'b-3,ステンレスボトル,オープン価格,',
      'b-4,タオル,"¥1,980",',
    ].join('\n');
    const bulk = page.locator('jpseller-bulk-checker');
    await bulk.evaluate((el, text) => el.process(text), csv);
    const rows = bulk.locator('[data-out="rows"] tr');
    assert.equal(await rows.count(), 4);
    assert.match(await rows.nth(0).locator('td').nth(0).textContent(), /^1CSV 第 2 行$/);
    assert.match(await rows.nth(2).locator('td').nth(0).textContent(), /^3CSV 第 5 行$/);
    assert.equal(await rows.nth(2).locator('td').nth(1).textContent(), 'b-3', 'the item id maps the row back');
    assert.equal(await rows.nth(0).locator('td').nth(4).textContent(), '¥7,800', '販売価格, not 表示価格, shown as yen');
    assert.equal(await rows.nth(3).locator('td').nth(4).textContent(), '¥1,980');
    for (const bad of [1, 2]) assert.equal(await rows.nth(bad).locator('td.error').count(), 1, `row ${bad + 1} shows its error in place`);
    for (const good of [0, 3]) assert.match(await rows.nth(good).locator('td').nth(5).textContent(), /^¥[\d,]+$/, `row ${good + 1} is computed`);
    assert.match(await bulk.locator('[data-out="problems"]').textContent(), /2 行有问题.*其余 2 行已计算/);

    const [download] = await Promise.all([page.waitForEvent('download'), bulk.getByRole('button', { name: '导出 CSV' }).click()]);
    const [header, ...exported] = parseCsv((await (await download.createReadStream()).toArray()).join('').replace(/^\uFEFF/, ''));
    assert.deepEqual(exported.map((r) => r[header.indexOf('商品编号')]), ['b-1', 'b-2', 'b-3', 'b-4']);
    assert.deepEqual(exported.map((r) => r[header.indexOf('CSV 行号')]), ['2', '3', '5', '6']);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('a product class column decides each row\'s checks; rows it cannot tell use the form\'s class, and say so', async () => {
  const app = await openBulk();
  try {
    const { page } = app;
    const bulk = page.locator('jpseller-bulk-checker');
    // The same claim is a cosmetics disease claim (CS-DISEASE) on a cosmetic, a health-food one
    // (HF-DISEASE, plus the food-label reminder FD-LABEL) on a supplement — both also get the
    // required-labelling reminder RK-REQ — and HF-DISEASE alone as general goods (the form's class,
    // for the blank and the unrecognised cell).
    const csv = ['商品管理番号,商品区分,商品名,販売価格', 'c-1,化粧品,がんが治る,3980', 'c-2,健康食品,がんが治る,3980', 'c-3,,がんが治る,3980', 'c-4,謎の区分,がんが治る,3980'].join('\n');
    await bulk.evaluate((el, text) => el.process(text), csv);
    await bulk.locator('[data-out="rows"] tr').nth(3).waitFor();
    const rules = await bulk.locator('[data-out="rows"] tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('[data-rule]')].map((f) => f.getAttribute('data-rule')).sort().join(' ')));
    assert.deepEqual(rules, ['CS-DISEASE RK-REQ', 'FD-LABEL HF-DISEASE RK-REQ', 'HF-DISEASE', 'HF-DISEASE']);
    assert.deepEqual(await bulk.locator('[data-out="row-class"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-class'))), ['cosmetics', 'health_food', 'goods']);
    assert.match(await bulk.locator('[data-out="rows"] tr').nth(3).textContent(), /“謎の区分”无法识别，按杂货检查/);
    assert.match(await bulk.locator('[data-out="class-note"]').textContent(), /商品区分/);

    const [download] = await Promise.all([page.waitForEvent('download'), bulk.getByRole('button', { name: '导出 CSV' }).click()]);
    const exported = parseCsv((await (await download.createReadStream()).toArray()).join('').replace(/^\uFEFF/, ''));
    const header = exported.shift();
    assert.deepEqual(exported.filter((r) => r.length > 1).map((r) => r[header.indexOf('商品类别')]), ['化妆品', '健康食品', '杂货', '杂货']);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});
