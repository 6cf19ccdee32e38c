// Widgets inside a host portal: no style leaks in either direction, results reach the host, and the
// iframe embed works for portals with a strict CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './harness.mjs';

const HOST_PROBES = ['.portal-header h1', '.portal-card h2', '.portal-button', '.portal-log'];
const PROPS = ['color', 'background-color', 'font-family', 'font-size', 'border-top-width', 'text-transform', 'margin-top', 'padding-top'];

function hostStyles(page) {
  return page.evaluate(([probes, props]) => probes.map((sel) => {
    const style = getComputedStyle(document.querySelector(sel));
    return [sel, ...props.map((p) => style.getPropertyValue(p))];
  }), [HOST_PROBES, PROPS]);
}

test('embedded widgets neither leak styles out nor take the portal\'s styles in', async () => {
  // Baseline: the portal without the widget script.
  const bare = await openPage('/embed-example.html');
  let baseline;
  try {
    await bare.page.route('**/widgets/index.js', (route) => route.abort());
    await bare.page.reload();
    baseline = await hostStyles(bare.page);
  } finally {
    await bare.close();
  }

  const app = await openPage('/embed-example.html');
  try {
    const { page } = app;
    const calc = page.locator('jpseller-tax-calculator');
    await calc.locator('[data-out="incl"]').filter({ hasText: '¥' }).waitFor();
    assert.deepEqual(await hostStyles(page), baseline, 'host computed styles unchanged by the widgets');

    const inside = await calc.evaluate((el) => {
      const root = el.shadowRoot;
      const style = (sel) => getComputedStyle(root.querySelector(sel));
      return {
        buttonBg: style('button').backgroundColor,
        inputBorder: style('input').borderTopWidth,
        inputBorderColor: style('input').borderTopColor,
        h2Color: style('h2').color,
        h2Transform: style('h2').textTransform,
        font: style('h2').fontFamily,
        accent: getComputedStyle(el).getPropertyValue('--jpseller-accent').trim(),
      };
    });
    assert.notEqual(inside.buttonBg, 'rgb(255, 105, 180)', 'portal button colour stays out');
    assert.notEqual(inside.inputBorderColor, 'rgb(255, 0, 0)', 'portal input border stays out');
    assert.notEqual(inside.inputBorder, '4px');
    assert.notEqual(inside.h2Color, 'rgb(0, 128, 0)');
    assert.equal(inside.h2Transform, 'none');
    assert.doesNotMatch(inside.font, /Georgia/);
    assert.equal(inside.accent, '#1d3557', 'documented custom properties do theme the widget');

    // The portal hears results.
    await calc.locator('input[name="price"]').fill('3000');
    await page.locator('#last-result').filter({ hasText: '"incl": "3300"' }).waitFor();
    assert.deepEqual(app.foreignRequests, []);
    assert.deepEqual(await app.cspViolations(), []);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('iframe embed: one widget per frame, results posted only to the named parent origin', async () => {
  const app = await openPage('/embed-example.html');
  try {
    const { page, origin } = app;
    const message = page.evaluate((src) => new Promise((resolve) => {
      window.addEventListener('message', (e) => { if (e.data?.type === 'jpseller:result') resolve({ origin: e.origin, data: e.data }); });
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.title = 'jpseller';
      document.body.append(frame);
    }), `/embed.html?widget=tax-calculator&lang=ja&rate=8&parentOrigin=${encodeURIComponent(origin)}`);
    const got = await message;
    assert.equal(got.origin, origin);
    assert.equal(got.data.widget, 'jpseller-tax-calculator');
    // Default price 1,980 at the 8 % given by the attribute: 1,980 × 8 % = 158.4 → 158.
    assert.equal(got.data.detail.result.tax, '158');
    const frame = page.frameLocator('iframe[title="jpseller"]');
    await frame.locator('jpseller-tax-calculator h2').first().filter({ hasText: '消費税' }).waitFor();
  } finally {
    await app.close();
  }
});
