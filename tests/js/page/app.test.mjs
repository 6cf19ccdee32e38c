// Page-level behaviour: shareable URL-hash scenarios, offline after one visit, keyboard tabs,
// and non-empty rendering of every tab in Chinese and Japanese (CJK fonts installed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, textOf } from './harness.mjs';
import { tabs } from '../../../www/tabs.js';

const ready = (page) => page.locator('jpseller-tax-calculator [data-out="incl"]').filter({ hasText: '¥' }).waitFor();

test('a scenario survives a reload and opens from a shared link', async () => {
  const app = await openPage('/#tab=tax');
  try {
    const { page } = app;
    await ready(page);
    await page.locator('jpseller-tax-calculator input[name="price"]').fill('5000');
    await page.locator('jpseller-tax-calculator input[name="includesTax"]').check();
    const link = page.url();
    assert.match(link, /#.*tab=tax.*tax=/);

    await page.reload();
    await ready(page);
    assert.equal(await page.locator('jpseller-tax-calculator input[name="price"]').inputValue(), '5000');
    // 5,000 incl: 5,000 × 10 / 110 = 454.5… → floor 454, excl 4,546.
    assert.equal(await textOf(page, 'jpseller-tax-calculator [data-out="excl"]'), '¥4,546');
    assert.equal(await page.locator('jpseller-tax-calculator [data-out="restore-notice"]').count(), 0, 'a link the page made restores without a notice');

    // The same link in a fresh page (another seller receiving it).
    const other = await openPage(new URL(link).pathname + new URL(link).hash);
    try {
      await ready(other.page);
      assert.equal(await textOf(other.page, 'jpseller-tax-calculator [data-out="tax"]'), '¥454');
    } finally {
      await other.close();
    }

    // A crafted link cannot inject types or keys: the widget keeps its defaults.
    const crafted = Buffer.from(JSON.stringify({ price: { toString: 1 }, rate: ['x'], lines: 'x', evil: '<img src=x onerror=alert(1)>' })).toString('base64url');
    const attacked = await openPage(`/#tab=tax&tax=${crafted}`);
    try {
      await ready(attacked.page);
      assert.equal(await attacked.page.locator('jpseller-tax-calculator input[name="price"]').inputValue(), '1980');
      assert.equal(await attacked.page.locator('jpseller-tax-calculator [data-out="invoice-totals"] tr').count(), 3);
      assert.deepEqual(attacked.pageErrors, []);
    } finally {
      await attacked.close();
    }
  } finally {
    await app.close();
  }
});

test('works offline after the first visit (service worker)', async () => {
  const app = await openPage('/#tab=tax');
  try {
    const { page } = app;
    await ready(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.context().setOffline(true);
    await page.reload();
    await ready(page);
    await page.locator('jpseller-tax-calculator input[name="price"]').fill('2000');
    assert.equal(await textOf(page, 'jpseller-tax-calculator [data-out="incl"]'), '¥2,200');
  } finally {
    await app.close();
  }
});

test('tabs are reachable by keyboard and labelled', async () => {
  const app = await openPage('/#tab=tax');
  try {
    const { page } = app;
    await ready(page);
    const tabButtons = page.getByRole('tab');
    assert.equal(await tabButtons.count(), tabs.length);
    await tabButtons.first().focus();
    if (tabs.length > 1) {
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.getByRole('tab', { selected: true }).getAttribute('id'), `tab-${tabs[1].id}`);
    }
    // Every form control inside every widget has an accessible name.
    const unlabelled = await page.evaluate(() => {
      const out = [];
      for (const host of document.querySelectorAll('main section > *')) {
        for (const el of host.shadowRoot?.querySelectorAll('input, select, textarea, button') ?? []) {
          const named = el.getAttribute('aria-label') || el.closest('label') || el.textContent.trim() || el.getAttribute('title')
            || (el.id && host.shadowRoot.querySelector(`label[for="${el.id}"]`));
          if (!named) out.push(`${host.localName} ${el.outerHTML.slice(0, 80)}`);
        }
      }
      return out;
    });
    assert.deepEqual(unlabelled, []);
  } finally {
    await app.close();
  }
});

test('every tab renders visibly in Chinese and Japanese', async () => {
  const app = await openPage('/#tab=tax');
  try {
    const { page } = app;
    await ready(page);
    for (const lang of ['zh', 'ja']) {
      await page.locator('#lang').selectOption(lang);
      for (const tab of tabs) {
        await page.locator(`#tab-${tab.id}`).click();
        await page.waitForTimeout(300);
        const shot = await page.locator(`#panel-${tab.id}`).screenshot({ path: `.scratch/screenshot-${tab.id}-${lang}.png` });
        // Count distinct colours in the rendered panel: blank or tofu-only renders have very few.
        const colours = await page.evaluate(async (b64) => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const canvas = new OffscreenCanvas(img.width, img.height);
          const ctx = canvas.getContext('2d');
          ctx.drawImage(img, 0, 0);
          const data = ctx.getImageData(0, 0, img.width, img.height).data;
          const seen = new Set();
          for (let i = 0; i < data.length; i += 4) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
          return seen.size;
        }, shot.toString('base64'));
        assert.ok(colours > 50, `${tab.id}/${lang}: only ${colours} colours rendered`);
        const text = await page.locator(`#panel-${tab.id} > *`).evaluate((el) => el.shadowRoot.textContent);
        assert.match(text, lang === 'ja' ? /[\u3040-\u30ff]/ : /[\u4e00-\u9fff]/, `${tab.id}/${lang} shows ${lang} text`);
      }
    }
  } finally {
    await app.close();
  }
});

test('a crafted link with values outside the API enums still renders, drops them and says so', async () => {
  const link = (state) => Buffer.from(typeof state === 'string' ? state : JSON.stringify(state)).toString('base64url');
  const cases = [
    { tab: 'fees', state: { platform: 'evil', price: '5000' }, dropped: ['platform: "evil"'], kept: ['jpseller-fee-calculator input[name="price"]', '5000'] },
    { tab: 'fees', state: { platform: '__proto__' }, dropped: ['platform: "__proto__"'] },
    // An own "__proto__" key (as JSON.parse makes it) and a user value that names an Object.prototype member.
    { tab: 'fees', state: '{"__proto__": {"polluted": 1}, "rakuten": {"device": "constructor"}, "target": "margin"}', dropped: ['__proto__: {"polluted":1}', 'rakuten.device: "constructor"'] },
    {
      tab: 'campaign',
      state: { creators: [{ id: 'evil-1', platform: 'constructor', collaboration: 'toString', posts: '1', viewsPerPost: '1000', ctr: '1', cvr: '1', commissionRate: '10', flatFee: '0' }], objective: 'hasOwnProperty' },
      dropped: ['creators[0].platform: "constructor"', 'creators[0].collaboration: "toString"', 'objective: "hasOwnProperty"'],
      kept: ['jpseller-campaign-simulator input[aria-label="名称 1"]', 'evil-1'],
    },
  ];
  for (const { tab, state, dropped, kept } of cases) {
    const app = await openPage(`/#tab=${tab}&${tab}=${link(state)}`);
    try {
      const { page } = app;
      const widget = page.locator(`#panel-${tab} > *`);
      const notice = widget.locator('[data-out="restore-notice"]');
      await notice.waitFor();
      const text = await notice.textContent();
      assert.match(text, /^链接或文件中的部分设置无效/, tab);
      for (const item of dropped) assert.ok(text.includes(item), `${tab}: notice names ${item}: ${text}`);
      // The tab rendered its form and a result, not 正在加载….
      assert.ok((await widget.locator('h2').count()) > 0, `${tab} rendered`);
      assert.doesNotMatch(await widget.evaluate((el) => el.shadowRoot.textContent), /正在加载/);
      if (kept) assert.equal(await page.locator(kept[0]).inputValue(), kept[1], `${tab}: valid values still restored`);
      assert.equal(await page.evaluate(() => ({}).polluted), undefined, 'Object.prototype untouched');
      assert.deepEqual(app.pageErrors, [], tab);
    } finally {
      await app.close();
    }
  }
});

test('pasted copy stays out of the link unless the user ticks sharing; the page says what is stored where', async () => {
  const app = await openPage('/#tab=copy');
  try {
    const { page } = app;
    const linked = (url, tab) => {
      const value = new URLSearchParams(new URL(url).hash.slice(1)).get(tab);
      return value === null ? null : JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    };
    const pasted = '山田花子様へ：最安値の美白クリーム';
    await page.locator('jpseller-copy-checker textarea[name="text"]').fill(pasted);
    await page.locator('jpseller-copy-checker [data-out="preview"]').filter({ hasText: '山田花子' }).waitFor();
    const copyState = linked(page.url(), 'copy');
    assert.equal(copyState.channel, 'rakuten_listing', 'settings are in the link');
    assert.equal(Object.hasOwn(copyState, 'text'), false, 'pasted copy is not');
    assert.doesNotMatch(decodeURIComponent(page.url()), /山田/);
    const feeState = linked(page.url(), 'fees');
    assert.equal(feeState.price, '3980');
    assert.equal(Object.hasOwn(feeState, 'ordersCsv'), false, 'the pasted orders CSV is not in the link');

    // The page says so, and where things are kept.
    assert.match(await page.locator('#share-note').textContent(), /粘贴的文案和 CSV 不会写入链接/);
    assert.match(await page.locator('#storage').textContent(), /^数据存放位置：.*localStorage.*离线缓存/);

    // Sharing on request: the link then carries the copy, and opening it restores the copy.
    await page.locator('#share-private').check();
    assert.match(await page.locator('#share-note').textContent(), /链接现在包含你粘贴的文案和 CSV 数据/);
    const shared = page.url();
    assert.equal(linked(shared, 'copy').text, pasted);
    assert.match(linked(shared, 'fees').ordersCsv, /^price,quantity/);
    const other = await openPage(`/${new URL(shared).hash}`);
    try {
      await other.page.locator('jpseller-copy-checker [data-out="preview"]').filter({ hasText: '山田花子' }).waitFor();
      assert.equal(await other.page.locator('jpseller-copy-checker textarea[name="text"]').inputValue(), pasted);
    } finally {
      await other.close();
    }
    await page.locator('#share-private').uncheck();
    assert.equal(Object.hasOwn(linked(page.url(), 'copy'), 'text'), false, 'unticking takes the copy out again');

    for (const [lang, storage] of [['ja', /^保存場所：/], ['en', /^What is stored where: /]]) {
      await page.locator('#lang').selectOption(lang);
      assert.match(await page.locator('#storage').textContent(), storage);
      assert.ok((await page.locator('#share-private-label').textContent()).length > 10);
    }
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});
