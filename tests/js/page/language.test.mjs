// Every visible word in the seller's language: in zh and ja, walk every tab with its results on
// screen and with an error, and find no run of English words outside an allow-list (brand names,
// units, file formats, rule ids, error codes, <code> names). Text from data that exists only in English must be
// marked lang="en" (it is then skipped here, and announced as English to screen readers). On a
// phone, every tab in zh and ja has no English word at all but names, and the English page's own
// labels have no Chinese or Japanese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openPage } from './harness.mjs';
import { tabs } from '../../../www/tabs.js';
import { ERROR_TEXT } from '../../../www/widgets/errors.js';
import { CJK, breakTab, chromeTexts, englishWords, fillTab, visibleTexts, walkTab } from './walk.mjs';

/** Names and tokens that stay as they are in every language. */
const ALLOWED = [
  'jpseller', 'TikTok Shop Japan', 'TikTok Shop', 'TikTok', 'Amazon.co.jp', 'Amazon', 'Yahoo!', 'Qoo10', 'Rakuten ROOM', 'Rakuten Creator', 'Rakuten Pay', 'Rakuten',
  'LINE', 'FBA-JP', 'FBA', 'PC', 'CSV', 'JSON', 'UTF-8', 'Shift_JIS', 'JCT', 'RMS', 'PSE', 'JIS', 'mROAS', 'ROAS', 'ROI', 'DSR', 'RFM',
  'FNV-1a', 'DVD', 'CD', 'SMS', 'SMTP', 'UGC', 'API', 'GMV', 'CVaR', 'P5', 'P50', 'P95', 'Mega', 'opt-in', 'localStorage', 'JPY',
];
/** Rule ids (CS-SPOT), error codes in brackets ([invalid_amount]), units after numbers (1.2 s). */
const TOKENS = [/\b[A-Z]{2,}(?:-[A-Z0-9]+)+\b/g, /\[[a-z_]+\]/g, /\d\s?(?:s|px|KB|MB)\b/g];
const ENGLISH_RUN = /[A-Za-z][A-Za-z'’]+(?:[\s,/&-]+[A-Za-z][A-Za-z'’]+)+/;
/** A raw enum value shown as is (per_month, rakuten_inquiry) instead of its label. */
const RAW_ENUM = /\b[a-z]+(?:_[a-z0-9]+)+\b/;

export function englishRuns(texts) {
  const found = [];
  for (const text of texts) {
    let rest = text;
    for (const name of ALLOWED) rest = rest.split(name).join(' · ');
    for (const token of TOKENS) rest = rest.replace(token, ' · ');
    const match = ENGLISH_RUN.exec(rest) ?? RAW_ENUM.exec(rest);
    if (match) found.push(`${match[0]}  ⟵  ${text.slice(0, 120)}`);
  }
  return found;
}

test('the error catalogue names every engine error code in zh, ja and en', () => {
  const codes = new Set();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.rs')) {
        const src = readFileSync(path, 'utf8');
        for (const m of src.matchAll(/pub const [A-Z_]+: &str = "([a-z_]+)"/g)) codes.add(m[1]);
        for (const m of src.matchAll(/(?:Error::new|coded)\(\s*"([a-z_]+)"/g)) codes.add(m[1]);
      }
    }
  };
  walk(new URL('../../../src', import.meta.url).pathname);
  assert.ok(codes.has('invalid_amount') && codes.has('too_much_work') && codes.size > 15, `found ${codes.size} codes`);
  codes.delete('internal_error'); // shown with its own restart message
  for (const lang of ['zh', 'ja', 'en']) {
    const missing = [...codes].filter((code) => !Object.hasOwn(ERROR_TEXT[lang], code));
    assert.deepEqual(missing, [], `${lang} catalogue lacks codes`);
  }
});

test('the English-run detector flags prose and passes names, units and codes', () => {
  assert.equal(englishRuns(['Preset: practitioner back-test rates']).length, 1);
  assert.equal(englishRuns(['舍入：floor，范围：per_month']).length, 1, 'a raw enum value');
  assert.equal(englishRuns(['渠道 rakuten_inquiry']).length, 1, 'a raw enum value');
  assert.equal(englishRuns(['TikTok Shop 佣金 5%', '金额无效 [invalid_amount]', 'CS-SPOT「シミが消える」', '1.2 s', 'Amazon.co.jp']).length, 0);
});

test('the English-word detector flags any word of 4+ Latin letters but names, ids, rule ids and sites', () => {
  assert.deepEqual(englishWords(['来源：seller guide', '按 jpseller model default', '混入 keigo']), [
    'seller guide  ⟵  来源：seller guide', 'model default  ⟵  按 jpseller model default', 'keigo  ⟵  混入 keigo']);
  assert.deepEqual(englishWords(['TikTok Shop 佣金', 'CSV 与 JSON', '10100.com 的文章（fees.md §2）', 'Qoo10 · FNV-1a', 'P50 ¥3,980',
    'R-1002, R-1009', '#5bf0be2a8f61bdcb', 'CS-SPOT「シミが消える」', '楽天スーパーSALE 3月', '[invalid_amount]', 'PayPay 余额',
    '详见 https://item.rakuten.co.jp/example-shop/cream-set/ 页面', 'Qoo10 Mega 割期间']), []);
  assert.deepEqual(englishWords(['invalid_amount']), ['invalid amount  ⟵  invalid_amount'], 'a raw code without its brackets is a word');
});

for (const lang of ['zh', 'ja']) {
  test(`every visible word is in ${lang}: all tabs with results and with an error`, async () => {
    const app = await openPage('/', { setup: (page) => page.addInitScript((l) => localStorage.setItem('jpseller.lang', l), lang) });
    try {
      const { page } = app;
      for (const tab of tabs) {
        await page.locator(`#tab-${tab.id}`).click();
        await fillTab(page, tab);
        // Open every provenance note: their text must be translated or marked as English too.
        await page.locator(`${tab.element} details:not([open]) > summary`).evaluateAll((summaries) => summaries.slice(0, 40).forEach((s) => s.click()));
        assert.deepEqual(englishRuns(await visibleTexts(page)), [], `${tab.id} with results`);
        await breakTab(page, tab);
        assert.deepEqual(englishRuns(await visibleTexts(page)), [], `${tab.id} with an error`);
      }
      assert.doesNotMatch(await page.title(), /Calculators/);
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });
}

/**
 * On a phone (360 × 740, where charts shorten their labels), every tab through every state a seller
 * reaches (walk.mjs: results, every platform and preset, quick entry, findings, bulk results, a
 * wrong input). In zh and ja: no English word but names, sources, engine messages and tooltips
 * included (data text is translated, not only marked English). In en: no Chinese or Japanese in
 * the page's own labels (the seller's Japanese copy, its suggested rewrites and quoted names are
 * data, not labels).
 */
for (const lang of ['zh', 'ja', 'en']) {
  test(`every word on every tab at 360 px is ${lang}${lang === 'en' ? ' in the page\'s labels' : ', sources, engine messages and tooltips included'}`, async () => {
    const app = await openPage('/', { viewport: { width: 360, height: 740 }, setup: (page) => page.addInitScript((l) => localStorage.setItem('jpseller.lang', l), lang) });
    try {
      const { page } = app;
      // Every tab's findings at once, by tab and state.
      const found = {};
      for (const tab of tabs) {
        await page.locator(`#tab-${tab.id}`).click();
        for await (const state of walkTab(page, tab)) {
          const words = lang === 'en' ? (await chromeTexts(page)).filter((text) => CJK.test(text)) : englishWords(await visibleTexts(page, { withEnglish: true }));
          if (words.length) found[`${tab.id} ${state}`] = words;
        }
      }
      assert.deepEqual(found, {});
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });
}
