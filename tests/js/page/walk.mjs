// Walks the page as a seller would: every tab with its results on screen, and one wrong input per
// tab; and reads what a seller sees there (visible text, English words). Shared by the layout and
// language tests.

export const BULK_CSV = '商品管理番号（商品URL）,商品名,キャッチコピー,販売価格\na-1,保湿クリーム 50g,楽天最安値に挑戦！シミが消える,"3,980"\na-2,綿100% Tシャツ,洗濯機で洗えます,\n';

/** Puts a tab's results on screen (the widest and wordiest state a seller meets). */
export async function fillTab(page, tab) {
  const widget = page.locator(tab.element);
  await widget.locator('h2').first().waitFor();
  if (tab.id === 'fees') {
    await widget.locator('[data-out="profit"]').waitFor();
    await widget.locator('button[name="solve-price"]').click();
    await widget.locator('button[name="month"]').click();
    await widget.locator('[data-out="month-profit"]').waitFor();
  } else if (tab.id === 'compare') {
    await widget.locator('[data-market]').first().waitFor();
    // Every card's rules open: the widest and wordiest state (sources, dates, rounding).
    for (const summary of await widget.locator('[data-out="rules"] summary').all()) await summary.click();
  } else if (tab.id === 'campaign') {
    await widget.locator('[data-out="tornado"] svg').waitFor();
    await widget.locator('button[name="allocate"]').click();
    await widget.locator('[data-out="allocation-total"]').waitFor();
  } else if (tab.id === 'health') {
    await widget.locator('[data-out="complaintRate-value"]').waitFor();
  } else if (tab.id === 'bulk') {
    await widget.evaluate((el, csv) => el.process(csv), BULK_CSV);
    await widget.locator('[data-out="rows"] tr').nth(1).waitFor();
  } else if (tab.id === 'tax') {
    await widget.locator('[data-out="invoice-totals"] tr').nth(1).waitFor();
  } else if (tab.id === 'copy') {
    await widget.locator('textarea').first().fill('シミが消える！楽天最安値に挑戦');
    await widget.locator('[data-out="findings"] li:not([data-out="none"])').first().waitFor();
  }
  await settle(page);
}

/** One wrong input per tab, and the error it must show (a locator that waits for it). */
export async function breakTab(page, tab) {
  const widget = page.locator(tab.element);
  if (tab.id === 'fees') {
    await widget.locator('input[name="price"]').fill('12.5');
    await widget.locator('[data-out="error"]').filter({ hasText: 'invalid_amount' }).waitFor();
  } else if (tab.id === 'compare') {
    await widget.locator('input[name="price"]').fill('12.5');
    await widget.locator('[data-out="error"]').filter({ hasText: 'invalid_amount' }).waitFor();
  } else if (tab.id === 'campaign') {
    await widget.locator('input[name="aov"]').fill('abc');
    await widget.locator('[data-out="error"]').filter({ hasText: '[' }).waitFor();
  } else if (tab.id === 'tax') {
    await widget.locator('input[name="price"]').fill('abc');
    await widget.locator('[data-out="error"]').filter({ hasText: 'invalid_amount' }).waitFor();
  } else if (tab.id === 'health') {
    await widget.locator('input[name="windowDays"]').fill('0');
    await widget.locator('[data-out="health-error"]').filter({ hasText: '[' }).waitFor();
  } else {
    return;
  }
  await settle(page);
}

/**
 * A wider RMS item file: a long item id without spaces, a category column (classes per row, one
 * that cannot be read), a cost column, a whole-text finding, a long description and a bad price.
 */
export const BULK_CSV_WIDE = '商品管理番号（商品URL）,商品名,キャッチコピー,商品説明文,商品区分,原価,販売価格\n'
  + 'moisture-cream-premium-50g-refill-set-2025-summer-limited,保湿クリーム 50g,楽天最安値に挑戦！シミが消える,'
  + '"肌にうるおいを与えます。毎日のスキンケアに。https://item.rakuten.co.jp/example-shop/moisture-cream-premium-50g-refill-set/",化粧品,1200,"¥3,980"\n'
  + 'a-2,綿100% Tシャツ,洗濯機で洗えます,,衣料,800,オープン価格\n'
  + 'a-3,乳酸菌サプリ,飲むだけで痩せる！,,サプリメント（その他）,500,２９８０\n';

/**
 * The states a seller reaches on each tab, in order (each builds on the one before): the results
 * of every form, every platform and preset, quick entry, wider files, and one wrong input last.
 * `walkTab` enters them one by one, every note opened, and yields each state's name.
 */
const STATES = {
  fees: [
    ['results: breakdown, solved price, comparison and month P&L', async (page, widget, tab) => {
      await fillTab(page, tab);
      await widget.locator('button[name="compare"]').click();
      await widget.locator('[data-out="compare"] tr').first().waitFor();
    }],
    ...['tiktok', 'amazon', 'yahoo', 'qoo10'].map((platform) => [`results on ${platform}`, async (page, widget, tab) => {
      await widget.locator('select[name="platform"]').selectOption(platform);
      await widget.locator('[data-out="profit"]').waitFor();
      await widget.locator('button[name="solve-price"]').click();
      await widget.locator('[data-out="solve-result"]').filter({ hasText: /\S/ }).waitFor();
    }]),
    ['TikTok 全托管 with a contract rate', async (page, widget, tab) => {
      await widget.locator('select[name="platform"]').selectOption('tiktok');
      await widget.locator('select[name="plan"]').selectOption('full_managed');
      await widget.locator('[data-out="full-managed"] input').fill('１５％');
      await widget.locator('[data-out="profit"]').waitFor();
    }],
    ['a wrong price', (page, widget, tab) => breakTab(page, tab)],
  ],
  compare: [
    ['results, every rule open', (page, widget, tab) => fillTab(page, tab)],
    ['a wrong price', (page, widget, tab) => breakTab(page, tab)],
  ],
  campaign: [
    ['simulation and allocation results', (page, widget, tab) => fillTab(page, tab)],
    ...['tiktok_open', 'tiktok_targeted', 'rakuten_affiliate', 'rakuten_creator_campaign'].map((preset) => [`a creator from the ${preset} preset`, async (page, widget, tab) => {
      const fingerprint = await widget.locator('[data-out="fingerprint"]').textContent();
      await widget.locator('select[name="preset"]').selectOption(preset);
      await page.waitForFunction(([w, f]) => document.querySelector(w).shadowRoot.querySelector('[data-out="fingerprint"]')?.textContent !== f, [tab.element, fingerprint]);
      await widget.locator('[data-out="tornado"] svg').waitFor();
    }]),
    ['allocated for a GMV out of reach', async (page, widget, tab) => {
      await widget.locator('select[name="objective"]').selectOption('min_spend_for_gmv');
      await widget.locator('input[name="targetGmv"]').fill('999999999999');
      await widget.locator('[data-out="allocation-total"]').evaluate((row) => row.remove());
      await widget.locator('button[name="allocate"]').click();
      await widget.locator('[data-code="target_unreachable"]').waitFor();
    }],
    ['a wrong order value', (page, widget, tab) => breakTab(page, tab)],
  ],
  copy: [
    ['findings', (page, widget, tab) => fillTab(page, tab)],
    ['a suggestion applied', async (page, widget, tab) => {
      await widget.locator('button[data-apply]').first().click();
      await widget.locator('[data-out="findings"] li').first().waitFor();
    }],
    ['long copy with many findings', async (page, widget, tab) => {
      await widget.locator('textarea').first().fill('【楽天最安値に挑戦】シミが消える！飲むだけで痩せる、医師も推奨の No.1 美白クリーム。'
        + '今だけ 90%OFF、残りわずか！https://item.rakuten.co.jp/example-shop/moisture-cream-premium-50g-refill-set/ 効果には個人差がありません。');
      await widget.locator('[data-out="findings"] li:not([data-out="none"])').nth(2).waitFor();
    }],
  ],
  health: [
    ['order-CSV results', (page, widget, tab) => fillTab(page, tab)],
    ['quick entry as RMS shows it', async (page, widget, tab) => {
      await widget.locator('input[name="healthMode"][value="quick"]').check();
      for (const [key, value] of [['orders', '782'], ['complaintRate', '2.3'], ['cancellationRate', '0.8'], ['lateShipmentRate', '６％'], ['returnRate', '1.5'],
        ['nonDelivery', '2'], ['reviewScore', '4.21'], ['reviews', '120']]) await widget.locator(`input[name="quick.${key}"]`).fill(value);
      await widget.locator('[data-out="complaintRate-value"]').filter({ hasText: '2.3' }).waitFor();
    }],
    ['a wrong window', (page, widget, tab) => breakTab(page, tab)],
  ],
  tax: [
    ['results and invoice', (page, widget, tab) => fillTab(page, tab)],
    ['a wrong price', (page, widget, tab) => breakTab(page, tab)],
  ],
  bulk: [
    ['results of a listing file', (page, widget, tab) => fillTab(page, tab)],
    ['results of a wide RMS file with a default cost rate', async (page, widget, tab) => {
      await widget.locator('input[name="costRate"]').fill('30');
      await widget.evaluate((el, csv) => el.process(csv), BULK_CSV_WIDE);
      await widget.locator('[data-out="rows"] tr').nth(2).waitFor();
      await widget.locator('[data-out="rows"] tr').first().filter({ hasText: 'moisture-cream' }).waitFor();
    }],
  ],
};

/**
 * Enters each state a seller reaches on `tab` (already selected), with every note and preset
 * editor open, and yields its name.
 */
export async function* walkTab(page, tab) {
  const widget = page.locator(tab.element);
  for (const [name, enter] of STATES[tab.id]) {
    await enter(page, widget, tab);
    await openNotes(page, tab);
    yield name;
  }
}

/** Every closed note (<details>) of the tab open, then two frames. */
export async function openNotes(page, tab) {
  await page.locator(`${tab.element} details:not([open]) > summary`).evaluateAll((summaries) => summaries.forEach((s) => s.click()));
  await settle(page);
}

/** Two frames: charts redraw at their container's width on the next frame. */
export function settle(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Names of 4 Latin letters or more a seller meets in any language: brands, products and programs,
 * file formats, metric abbreviations, and SALE as Japanese copy writes it (スーパーSALE, a suggested
 * rewrite). Any other word of 4+ Latin letters on a zh or ja page is
 * English left untranslated.
 */
const NAMES = [
  'jpseller', 'TikTok Shop Japan', 'TikTok Shop', 'TikTok', 'Amazon', 'Yahoo!', 'Qoo10', 'Rakuten Creator', 'Rakuten', 'ROOM', 'スーパーSALE', 'SALE',
  'LINE', 'PayPay', 'Mega 割', 'mROAS', 'ROAS', 'CVaR', 'JSON', 'Shift_JIS', 'UTF-8', 'FNV-1a', 'SMTP', 'localStorage',
];
/** An engine error code in brackets, shown beside its translated message for reports ([invalid_amount]). */
const ERROR_CODE = /\[[a-z_]+\]/g;
/** A web address (in the seller's copy or file, or a source's): a name, not words. */
const WEB_ADDRESS = /https?:\/\/[!-~]+/g;
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
    rest = rest.replace(ERROR_CODE, ' · ').replace(WEB_ADDRESS, ' · ');
    const words = (rest.match(WORD) ?? []).filter((token) => !NOT_WORDS.some((re) => re.test(token)))
      .flatMap((token) => token.split(/[.-]/)).filter((word) => word.length >= 4);
    if (words.length) found.push(`${[...new Set(words)].join(' ')}  ⟵  ${text.slice(0, 120)}`);
  }
  return found;
}

/**
 * Every text a seller can see now: text nodes outside lang="en" parts (all of them with
 * `withEnglish`), every option of each visible select, the placeholder of each visible field, and
 * (with `withEnglish`) the hover tooltip (title attribute) of each visible element.
 */
export function visibleTexts(page, { withEnglish = false } = {}) {
  return page.evaluate((withEnglish) => {
    const out = [];
    const skip = withEnglish ? 'code, [translate="no"]' : '[lang^="en"], code';
    const visit = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        const text = node.textContent.trim();
        if (!text || !el || ['SCRIPT', 'STYLE', 'TEXTAREA', 'OPTION', 'title'].includes(el.tagName)) continue;
        // lang="en": data that exists only in English; code: names a file or API must use as they are.
        // withEnglish: only names are exempt (code, and a translated note's names, translate="no").
        if (el.closest(skip) || !el.checkVisibility({ visibilityProperty: true })) continue;
        out.push(text);
      }
      for (const el of root.querySelectorAll('*')) {
        // A select's every option (a seller opens it), and the hint in an empty field.
        if (el.tagName === 'SELECT' && el.checkVisibility()) out.push(...[...el.options].filter((o) => !o.closest(skip)).map((o) => o.textContent.trim()));
        if (['INPUT', 'TEXTAREA'].includes(el.tagName) && el.placeholder && el.checkVisibility() && !el.closest(skip)) out.push(el.placeholder);
        if (withEnglish && el.getAttribute('title') && el.checkVisibility() && !el.closest('code, [translate="no"]')) out.push(el.getAttribute('title'));
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    out.push(document.title);
    return out;
  }, withEnglish);
}

/**
 * The page's own words on screen, in its chrome: headings, table and list headers, stacked-cell
 * column labels, buttons, summaries, field labels, select options and placeholders — outside parts marked as
 * Japanese or Chinese (the seller's copy, suggested rewrites). Data a seller quotes (their copy,
 * CSV columns, law names in notes) is left out: only what the page itself names.
 */
export function chromeTexts(page) {
  return page.evaluate(() => {
    const out = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        if (!el.checkVisibility() || el.closest('[lang^="ja"], [lang^="zh"]')) continue;
        let text = '';
        if (el.matches('h1, h2, h3, h4, th, dt, button, summary, legend')) {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.parentElement.closest('[lang^="ja"], [lang^="zh"]')) text += node.textContent;
          }
        } else if (el.matches('label')) text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
        else if (el.matches('select')) out.push(...[...el.options].filter((o) => !o.closest('[lang^="ja"], [lang^="zh"]')).map((o) => o.textContent.trim()));
        else if (el.matches('input, textarea') && el.placeholder) text = el.placeholder;
        if (el.matches('td[data-label]')) out.push(el.getAttribute('data-label'));
        if (text.trim()) out.push(text.trim());
      }
    };
    visit(document);
    return out;
  });
}

/** Han or kana: a Chinese or Japanese word left on an English page. */
export const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;
