// The page on a phone: at 360 and 390 px, in zh, ja and en, no tab scrolls sideways (with results
// on screen), tab labels stay on one line, wide tables stack as cards and chart text stays ≥ 11 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './harness.mjs';
import { tabs } from '../../../www/tabs.js';
import { fillTab, settle } from './walk.mjs';

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

for (const lang of ['zh', 'ja', 'en']) {
  for (const width of [360, 390]) {
    test(`phone layout ${width} px, ${lang}: no sideways scroll, one-line tabs, stacked tables, legible charts`, async () => {
      const app = await openPage('/', { viewport: { width, height: 800 }, setup: (page) => page.addInitScript((l) => localStorage.setItem('jpseller.lang', l), lang) });
      try {
        const { page } = app;
        for (const tab of tabs) {
          await page.locator(`#tab-${tab.id}`).click();
          await fillTab(page, tab);
          const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
          assert.ok(scrollWidth <= innerWidth, `${tab.id}: page is ${scrollWidth} px wide at ${innerWidth} px: ${(await overflowing(page)).join('; ')}`);

          // Every tab label is one line: its text lays out as a single box.
          const lines = await page.locator('#tabs button').evaluateAll((buttons) => buttons.map((b) => {
            const range = document.createRange();
            range.selectNodeContents(b);
            return [b.textContent, new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size];
          }));
          for (const [label, count] of lines) assert.equal(count, 1, `tab label "${label}" wraps onto ${count} lines`);

          // Chart text is at least 11 px on screen.
          const sizes = await page.locator(`${tab.element} svg text`).evaluateAll((texts) => texts
            .filter((t) => t.checkVisibility() && t.textContent.trim())
            .map((t) => [t.textContent, Number(getComputedStyle(t).fontSize.replace('px', '')) * (t.getScreenCTM()?.a ?? 1)]));
          if (['fees', 'campaign'].includes(tab.id)) assert.ok(sizes.length > 10, `${tab.id}: its charts are on screen`);
          assert.deepEqual(sizes.filter(([, px]) => px < 10.95), [], `${tab.id}: chart labels under 11 px`);
        }

        // Wide tables are stacked cards: the fee breakdown's 合计 and 依据 cells are on screen.
        await page.locator('#tab-fees').click();
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
