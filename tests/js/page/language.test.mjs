// Every visible word in the seller's language: in zh and ja, walk every tab with its results on
// screen and with an error, and find no run of English words outside an allow-list (brand names,
// units, file formats, rule ids, error codes, <code> names). Text from data that exists only in English must be
// marked lang="en" (it is then skipped here, and announced as English to screen readers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openPage } from './harness.mjs';
import { tabs } from '../../../www/tabs.js';
import { ERROR_TEXT } from '../../../www/widgets/errors.js';
import { breakTab, fillTab, settle } from './walk.mjs';

/** Names and tokens that stay as they are in every language. */
const ALLOWED = [
  'jpseller', 'TikTok Shop Japan', 'TikTok Shop', 'TikTok', 'Amazon.co.jp', 'Amazon', 'Yahoo!', 'Qoo10', 'Rakuten ROOM', 'Rakuten Creator', 'Rakuten Pay', 'Rakuten',
  'LINE', 'FBA-JP', 'FBA', 'PC', 'CSV', 'JSON', 'UTF-8', 'Shift_JIS', 'JCT', 'RMS', 'PSE', 'JIS', 'mROAS', 'ROAS', 'ROI', 'DSR', 'RFM',
  'FNV-1a', 'SMS', 'SMTP', 'UGC', 'API', 'GMV', 'CVaR', 'P5', 'P50', 'P95', 'Mega', 'opt-in', 'localStorage', 'JPY',
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

/**
 * Names of 4 Latin letters or more a seller meets in any language: brands, products and programs,
 * file formats, metric abbreviations. Any other word of 4+ Latin letters on a zh or ja page is
 * English left untranslated.
 */
const NAMES = [
  'jpseller', 'TikTok Shop Japan', 'TikTok Shop', 'TikTok', 'Amazon', 'Yahoo!', 'Qoo10', 'Rakuten Creator', 'Rakuten', 'ROOM', 'スーパーSALE', '→ SALE',
  'LINE', 'mROAS', 'ROAS', 'CVaR', 'JSON', 'Shift_JIS', 'UTF-8', 'FNV-1a', 'SMTP', 'localStorage',
];
/** A run of Latin letters and digits, with dots or hyphens inside (Qoo10, FNV-1a, 10100.com). */
const WORD = /[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?/g;
/**
 * Tokens that are not words: anything with a digit (ids, hashes, versions), rule ids (CS-SPOT),
 * and sites or documents named by address or file name (cbalist.com, rakuten.co.jp, fees.md).
 */
const NOT_WORDS = [/\d/, /^[A-Z]{2,}(?:-[A-Z0-9]+)+$/, /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|jp|net|org|io|md)$/];

/** Every Latin word of 4+ letters that is not a name, with the text it was found in. */
export function englishWords(texts) {
  const found = [];
  for (const text of texts) {
    let rest = text;
    for (const name of NAMES) rest = rest.split(name).join(' · ');
    const words = (rest.match(WORD) ?? []).filter((token) => !NOT_WORDS.some((re) => re.test(token)))
      .flatMap((token) => token.split(/[.-]/)).filter((word) => word.length >= 4);
    if (words.length) found.push(`${[...new Set(words)].join(' ')}  ⟵  ${text.slice(0, 120)}`);
  }
  return found;
}

/**
 * Every text a seller can see now: text nodes outside lang="en" parts (all of them with
 * `withEnglish`), the chosen option of each visible select, and (with `withEnglish`) the hover
 * tooltip (title attribute) of each visible element.
 */
function visibleTexts(page, { withEnglish = false } = {}) {
  return page.evaluate((withEnglish) => {
    const out = [];
    const visit = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        const text = node.textContent.trim();
        if (!text || !el || ['SCRIPT', 'STYLE', 'TEXTAREA', 'OPTION', 'title'].includes(el.tagName)) continue;
        // lang="en": data that exists only in English; code: names a file or API must use as they are.
        // withEnglish: only names are exempt (code, and a translated note's names, translate="no").
        if (el.closest(withEnglish ? 'code, [translate="no"]' : '[lang^="en"], code') || !el.checkVisibility({ visibilityProperty: true })) continue;
        out.push(text);
      }
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName === 'SELECT' && el.checkVisibility() && el.selectedOptions[0]) out.push(el.selectedOptions[0].textContent.trim());
        if (withEnglish && el.title && el.checkVisibility() && !el.closest('code, [translate="no"]')) out.push(el.title);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    out.push(document.title);
    return out;
  }, withEnglish);
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
    'R-1002, R-1009', '#5bf0be2a8f61bdcb', 'CS-SPOT「シミが消える」', '楽天スーパーSALE 3月']), []);
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
 * Adds a creator from each preset (each shows its sources), then simulates and allocates again:
 * the unverified seller-guide preset brings its own warning and source into the results, and a
 * GMV target out of reach brings an allocation diagnostic.
 */
async function everyCampaignPreset(page, tab, check) {
  const widget = page.locator(tab.element);
  for (const preset of ['tiktok_open', 'tiktok_targeted', 'rakuten_affiliate', 'rakuten_creator_campaign']) {
    const fingerprint = await widget.locator('[data-out="fingerprint"]').textContent();
    await widget.locator('select[name="preset"]').selectOption(preset);
    await page.waitForFunction(([w, f]) => document.querySelector(w).shadowRoot.querySelector('[data-out="fingerprint"]')?.textContent !== f, [tab.element, fingerprint]);
    await widget.locator('[data-out="tornado"] svg').waitFor();
    await settle(page);
    await check(`with the ${preset} preset`);
  }
  await widget.locator('select[name="objective"]').selectOption('min_spend_for_gmv');
  await widget.locator('input[name="targetGmv"]').fill('999999999999');
  await widget.locator('[data-out="allocation-total"]').evaluate((row) => row.remove());
  await widget.locator('button[name="allocate"]').click();
  await widget.locator('[data-code="target_unreachable"]').waitFor();
  await settle(page);
  await check('allocated with every preset, for a GMV out of reach');
}

/** Tabs where data text (sources, warnings, diagnostics) is translated too, not only marked English. */
const FULLY_TRANSLATED = ['fees', 'campaign', 'copy', 'health'];

for (const lang of ['zh', 'ja']) {
  test(`no English word on the ${FULLY_TRANSLATED.join(', ')} tabs in ${lang}, sources, engine messages and tooltips included`, async () => {
    const app = await openPage('/', { setup: (page) => page.addInitScript((l) => localStorage.setItem('jpseller.lang', l), lang) });
    try {
      const { page } = app;
      // Every tab's findings at once, by tab and state.
      const found = {};
      for (const tab of tabs.filter((t) => FULLY_TRANSLATED.includes(t.id))) {
        await page.locator(`#tab-${tab.id}`).click();
        await fillTab(page, tab);
        const check = async (state) => {
          await page.locator(`${tab.element} details:not([open]) > summary`).evaluateAll((summaries) => summaries.forEach((s) => s.click()));
          const words = englishWords(await visibleTexts(page, { withEnglish: true }));
          if (words.length) found[`${tab.id} ${state}`] = words;
        };
        await check('with results');
        if (tab.id === 'campaign') await everyCampaignPreset(page, tab, check);
      }
      assert.deepEqual(found, {});
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });
}
