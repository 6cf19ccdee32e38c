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
