// The page on a phone: at 360 and 390 px, in zh, ja and en, walking every tab through every state a
// seller reaches (walk.mjs: results, every platform and preset, quick entry, findings, bulk results,
// a wrong input), the page never scrolls sideways (document.scrollingElement.scrollWidth ≤
// innerWidth) and nothing runs out of its card, the tabs are one row that scrolls inside itself,
// wide tables stack as cards and chart text stays ≥ 11 px. (Words in the chosen language at 360 px:
// language.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './harness.mjs';
import { tabs } from '../../../www/tabs.js';
import { settle, walkTab } from './walk.mjs';

/** Elements wider than the viewport (for the failure message). */
function overflowing(page) {
  return page.evaluate(() => {
    const out = [];
    // Inside a scroll box (the tab bar) or a clipped one, wide content does not widen the page.
    const clipped = (el) => {
      for (let at = el.parentElement ?? el.getRootNode().host; at; at = at.parentElement ?? at.getRootNode().host) {
        if (getComputedStyle(at).overflowX !== 'visible') return true;
      }
      return false;
    };
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width && r.right > innerWidth + 0.5 && el.checkVisibility() && !clipped(el)) out.push(`${el.tagName.toLowerCase()}${el.getAttribute('data-out') ? `[${el.getAttribute('data-out')}]` : ''}.${el.className?.baseVal ?? el.className} right=${Math.round(r.right)}`);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return out.slice(0, 8);
  });
}

/**
 * Visible elements of the tab's panel whose right edge passes their card's (the widget section
 * they sit in) or the viewport's, scroll boxes included: a phone seller should not have to scroll
 * sideways inside a card either. Visually hidden parts (clipped to nothing) are left out.
 */
function outsideCards(page, panel) {
  return page.evaluate((panel) => {
    const out = [];
    const hidden = (el) => {
      for (let at = el; at; at = at.parentElement ?? at.getRootNode().host) {
        if (getComputedStyle(at).clipPath !== 'none') return true;
      }
      return false;
    };
    const describe = (el, right, edge) => {
      const name = el.getAttribute('data-out') ?? el.getAttribute('name') ?? el.getAttribute('data-line') ?? '';
      const cls = el.className?.baseVal ?? el.className;
      return `${el.tagName.toLowerCase()}${name ? `[${name}]` : ''}${cls ? `.${cls}` : ''} +${Math.round(right - edge)} px`;
    };
    // Boxes and the text in them (a long word runs out of a box that itself fits).
    const visit = (root, card) => {
      for (const node of root.childNodes) {
        const edge = Math.min(innerWidth, card ? card.getBoundingClientRect().right : innerWidth);
        if (node.nodeType === Node.TEXT_NODE) {
          const el = node.parentElement;
          if (!node.textContent.trim() || !el || !el.checkVisibility() || hidden(el) || ['STYLE', 'SCRIPT', 'TEXTAREA', 'OPTION', 'SELECT'].includes(el.tagName)) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const right = Math.max(...[...range.getClientRects()].map((r) => r.right));
          if (right > edge + 0.5) out.push(`text in ${describe(el, right, edge)}`);
          continue;
        }
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const own = node.classList.contains('card') ? node : card;
        const r = node.getBoundingClientRect();
        if (r.width && r.right > edge + 0.5 && node.checkVisibility() && !hidden(node)) out.push(describe(node, r.right, edge));
        if (node.shadowRoot) visit(node.shadowRoot, own);
        visit(node, own);
      }
    };
    visit(document.getElementById(panel), null);
    return out;
  }, panel);
}

/** The tab's overflows, worst first, one line per kind of element. */
async function overflowReport(page, panel) {
  const seen = new Map();
  for (const line of await outsideCards(page, panel)) {
    const [what, px] = [line.replace(/ \+\d+ px$/, ''), Number(line.match(/\+(\d+) px$/)[1])];
    seen.set(what, Math.max(seen.get(what) ?? 0, px));
  }
  return [...seen].sort((a, b) => b[1] - a[1]).map(([what, px]) => `${what} +${px} px`);
}

test('the card-overflow check flags a box, and a long word in a box that fits, that run out of their card', async () => {
  const app = await openPage('/#tab=fees', { viewport: { width: 360, height: 740 } });
  try {
    const { page } = app;
    const calc = page.locator('jpseller-fee-calculator');
    await calc.locator('[data-out="profit"]').waitFor();
    assert.deepEqual(await overflowReport(page, 'panel-fees'), []);
    await calc.evaluate((w) => {
      const card = w.shadowRoot.querySelector('.card');
      card.append(Object.assign(document.createElement('p'), { className: 'probe-word', textContent: 'x'.repeat(80) }));
      const box = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      box.setAttribute('class', 'probe-box');
      box.setAttribute('width', '600');
      box.setAttribute('height', '10');
      card.append(box);
    });
    const report = await overflowReport(page, 'panel-fees');
    assert.equal(report.length, 2, report.join('; '));
    assert.match(report[0], /^text in p\.probe-word \+\d+ px$/);
    assert.match(report[1], /^svg\.probe-box \+\d+ px$/);
  } finally {
    await app.close();
  }
});

/**
 * The tab bar is one row that scrolls sideways inside itself: every label on one line, all labels
 * on the same row, the bar no wider than the screen, and the selected tab scrolled into view.
 */
function tabBar(page) {
  return page.evaluate(() => {
    const nav = document.getElementById('tabs');
    const bar = nav.getBoundingClientRect();
    const buttons = [...nav.querySelectorAll('button')];
    const problems = [];
    for (const b of buttons) {
      const range = document.createRange();
      range.selectNodeContents(b);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      if (lines !== 1) problems.push(`tab label "${b.textContent}" wraps onto ${lines} lines`);
    }
    const rows = new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size;
    if (rows !== 1) problems.push(`tabs sit on ${rows} rows`);
    if (bar.right > innerWidth + 0.5) problems.push(`tab bar ends at ${Math.round(bar.right)} px`);
    if (nav.scrollWidth > nav.clientWidth && !['auto', 'scroll'].includes(getComputedStyle(nav).overflowX)) problems.push('tab bar is wider than the screen and does not scroll');
    const selected = nav.querySelector('[aria-selected="true"]').getBoundingClientRect();
    if (selected.left < bar.left - 0.5 || selected.right > bar.right + 0.5) problems.push(`selected tab at ${Math.round(selected.left)}–${Math.round(selected.right)} px, outside the bar`);
    return problems;
  });
}

/** Chart text smaller than 11 px on screen, and how many chart labels are visible. */
async function chartLabels(page, tab) {
  // A chart is first drawn at its widest and redrawn at its container's width a frame later.
  await page.waitForFunction((element) => [...document.querySelector(element).shadowRoot.querySelectorAll('[data-chart="pending"]')]
    .every((box) => !box.checkVisibility()), tab.element, { timeout: 5000 });
  const sizes = await page.locator(`${tab.element} svg text`).evaluateAll((texts) => texts
    .filter((t) => t.checkVisibility() && t.textContent.trim())
    .map((t) => [t.textContent, Number(getComputedStyle(t).fontSize.replace('px', '')) * (t.getScreenCTM()?.a ?? 1)]));
  return { count: sizes.length, small: sizes.filter(([, px]) => px < 10.95).map(([text, px]) => `"${text}" ${px.toFixed(1)} px`) };
}

/**
 * Visible tables of the tab with a header row of 3 columns or more that are not stacked as cards
 * on a phone (rows laid out as blocks), or whose cells lack their column's label.
 */
function unstackedTables(page, tab) {
  return page.locator(tab.element).evaluate((widget) => {
    const out = [];
    for (const table of widget.shadowRoot.querySelectorAll('table')) {
      const headers = [...(table.tHead?.rows[0]?.cells ?? [])].map((th) => th.textContent.trim());
      if (headers.length < 3 || !table.checkVisibility() || !table.tBodies[0]?.rows.length) continue;
      const name = table.tBodies[0].getAttribute('data-out') ?? headers.join('|');
      if (getComputedStyle(table.tBodies[0].rows[0]).display !== 'block') out.push(`table ${name} is not stacked`);
      const unlabelled = [...table.tBodies].flatMap((body) => [...body.rows]).flatMap((row) => [...row.cells])
        .filter((cell, i, all) => cell.checkVisibility() && headers[cell.cellIndex] && !cell.getAttribute('data-label'));
      if (unlabelled.length) out.push(`table ${name}: ${unlabelled.length} cells without their column label`);
    }
    return out;
  });
}

for (const lang of ['zh', 'ja', 'en']) {
  for (const width of [360, 390]) {
    test(`phone ${width} × 740, ${lang}: every tab in every state a seller reaches fits the screen and its cards, tabs one scrolling row, legible charts, stacked tables`, async () => {
      const app = await openPage('/', { viewport: { width, height: 740 }, setup: (page) => page.addInitScript((l) => localStorage.setItem('jpseller.lang', l), lang) });
      try {
        const { page } = app;
        /** Per tab and state: the page's width if it scrolls sideways, and what runs out of its card. */
        const found = {};
        /** Per tab and state: the page's scroll width (the report's before/after figure). */
        const widths = {};
        for (const tab of tabs) {
          await page.locator(`#tab-${tab.id}`).click();
          let charts = 0;
          for await (const state of walkTab(page, tab)) {
            const key = `${tab.id} ${state}`;
            const problems = [];
            const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth }));
            widths[key] = scrollWidth;
            if (scrollWidth > innerWidth) problems.push(`page is ${scrollWidth} px wide at ${innerWidth} px: ${(await overflowing(page)).join('; ')}`);
            problems.push(...await overflowReport(page, `panel-${tab.id}`), ...await tabBar(page));
            const labels = await chartLabels(page, tab);
            charts = Math.max(charts, labels.count);
            problems.push(...labels.small.map((text) => `chart label under 11 px: ${text}`));
            problems.push(...await unstackedTables(page, tab));
            if (problems.length) found[key] = problems;
          }
          if (['fees', 'campaign'].includes(tab.id)) assert.ok(charts > 10, `${tab.id}: its charts are on screen`);
        }
        if (process.env.JPSELLER_LAYOUT_WIDTHS) console.log(JSON.stringify({ lang, width, widths }));
        assert.deepEqual(found, {});

        // Wide tables are stacked cards: the fee breakdown's 合计 and 依据 cells are on screen.
        await page.locator('#tab-fees').click();
        await page.locator('jpseller-fee-calculator input[name="price"]').fill('3980');
        await page.locator('jpseller-fee-calculator [data-out="error"]').filter({ hasText: /^$/ }).waitFor({ state: 'attached' });
        const cells = await page.locator('jpseller-fee-calculator [data-out="lines"] tr').first().locator('td').evaluateAll((tds) =>
          tds.map((td) => [td.getBoundingClientRect().right, td.getAttribute('data-label')]));
        assert.equal(cells.length, 7);
        for (const [right, label] of cells) {
          assert.ok(right <= width, `breakdown cell "${label}" ends at ${right} px`);
          assert.ok(label, 'every stacked cell carries its column label');
        }
        assert.deepEqual(app.pageErrors, []);
      } finally {
        await app.close();
      }
    });
  }
}

test('a link to a tab beyond a phone screen\'s edge scrolls the tab bar to it, and keeps it in view when the language changes', async () => {
  const app = await openPage('/#tab=bulk', { viewport: { width: 360, height: 740 } });
  try {
    const { page } = app;
    await page.locator('jpseller-bulk-checker h2').first().waitFor();
    assert.ok(await page.locator('#tabs').evaluate((nav) => nav.scrollWidth > nav.clientWidth), 'the tabs are wider than a 360 px screen');
    assert.deepEqual(await tabBar(page), []);
    for (const lang of ['ja', 'en', 'zh']) {
      await page.locator('#lang').selectOption(lang);
      assert.deepEqual(await tabBar(page), [], lang);
    }
    assert.equal(await page.evaluate(() => document.scrollingElement.scrollLeft), 0, 'only the bar scrolled, not the page');
  } finally {
    await app.close();
  }
});

for (const width of [1366, 360]) {
  test(`embed example at ${width} px: the portal page does not scroll sideways with a result shown`, async () => {
    const app = await openPage('/embed-example.html', { viewport: { width, height: 900 } });
    try {
      const { page } = app;
      await page.locator('#last-result').filter({ hasNotText: /^—$/ }).waitFor();
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      assert.ok(scrollWidth <= innerWidth, `embed example is ${scrollWidth} px wide at ${innerWidth} px: ${(await overflowing(page)).join('; ')}`);
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });
}

test('charts name their series on screen: response-curve legend and tornado colours', async () => {
  const app = await openPage('/#tab=campaign', { viewport: { width: 390, height: 800 } });
  try {
    const { page } = app;
    const widget = page.locator('jpseller-campaign-simulator');
    await widget.locator('[data-out="tornado"] svg').waitFor();
    const curveLegend = await widget.locator('[data-out="curve"] svg text[data-legend]').allTextContents();
    assert.ok(curveLegend.includes('利润') && curveLegend.length >= 2, `curve legend: ${curveLegend}`);
    assert.deepEqual(await widget.locator('[data-out="tornado"] svg text[data-legend]').allTextContents(), ['该项 −20% 时', '该项 +20% 时']);
  } finally {
    await app.close();
  }
});

/** Pairs of chart labels whose boxes overlap (text running together). */
function overlappingLabels(svg) {
  return svg.evaluate((root) => {
    const boxes = [...root.querySelectorAll('text')].filter((t) => t.textContent.trim()).map((t) => [t.textContent, t.getBoundingClientRect()]);
    const out = [];
    boxes.forEach(([a, ra], i) => boxes.slice(i + 1).forEach(([b, rb]) => {
      if (ra.left < rb.right - 0.5 && rb.left < ra.right - 0.5 && ra.top < rb.bottom - 0.5 && rb.top < ra.bottom - 0.5) out.push(`${a} × ${b}`);
    }));
    return out;
  });
}

for (const lang of ['zh', 'ja', 'en']) {
  test(`laptop and tablet, ${lang}: creator table unclipped at 1366 px, histogram bars span the axis, waterfall labels apart`, async () => {
    const app = await openPage('/#tab=campaign', { viewport: { width: 1366, height: 900 }, setup: (page) => page.addInitScript((l) => localStorage.setItem('jpseller.lang', l), lang) });
    try {
      const { page } = app;
      const campaign = page.locator('jpseller-campaign-simulator');
      await campaign.locator('[data-out="histogram"] svg rect').first().waitFor();
      // The creator table fits its card: nothing scrolled out of view (the remove buttons included).
      const [scrollWidth, clientWidth] = await campaign.locator('.scroll').evaluate((el) => [el.scrollWidth, el.clientWidth]);
      assert.ok(scrollWidth <= clientWidth, `creator table is ${scrollWidth} px in a ${clientWidth} px card`);
      assert.ok(await campaign.locator('.scroll button').first().isVisible());
      // Every select shows its whole chosen label.
      const clippedSelects = await campaign.locator('.scroll select').evaluateAll((selects) => selects.filter((s) => {
        const probe = document.createElement('span');
        probe.textContent = s.selectedOptions[0].textContent;
        probe.style.font = getComputedStyle(s).font;
        probe.style.position = 'absolute';
        s.getRootNode().append(probe);
        const fits = probe.getBoundingClientRect().width + 20 <= s.clientWidth;
        probe.remove();
        return !fits;
      }).map((s) => s.selectedOptions[0].textContent));
      assert.deepEqual(clippedSelects, []);
      // The bars span most of the histogram's axis (the sparse tails are left off and counted).
      const span = await campaign.locator('[data-out="histogram"] svg').evaluate((svg) => {
        const bars = [...svg.querySelectorAll('rect')].filter((r) => Number(r.getAttribute('height')) > 0.5);
        const axis = [...svg.querySelectorAll('line')].pop().getBoundingClientRect();
        const left = Math.min(...bars.map((r) => r.getBoundingClientRect().left));
        const right = Math.max(...bars.map((r) => r.getBoundingClientRect().right));
        return (right - left) / axis.width;
      });
      assert.ok(span > 0.6, `bars span ${(span * 100).toFixed(0)} % of the axis`);

      await page.locator('#tab-fees').click();
      const fees = page.locator('jpseller-fee-calculator');
      await fees.locator('[data-out="waterfall"] svg').waitFor();
      for (const width of [1366, 900, 700, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await settle(page);
        assert.deepEqual(await overlappingLabels(fees.locator('[data-out="waterfall"] svg')), [], `waterfall labels at ${width} px`);
      }
      // The card's platform charges are what the chart's net and tax-on-fees bars add up to, and both say so.
      const label = await fees.locator('[data-out="fees"]').evaluate((el) => el.previousElementSibling.textContent);
      assert.match(label, { zh: /含税/, ja: /税込/, en: /incl\. tax/ }[lang]);
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });
}
