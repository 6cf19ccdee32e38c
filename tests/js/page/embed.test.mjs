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

/** Opens embed.html?<query> in an iframe of the mock portal; resolves once its widget shows a result. */
async function framed(page, query) {
  await page.evaluate((src) => {
    window.__posted = [];
    window.addEventListener('message', (e) => { if (e.data?.type === 'jpseller:result') window.__posted.push(e.origin); });
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = 'jpseller';
    document.body.append(frame);
  }, `/embed.html?${query}`);
  const frame = page.frameLocator('iframe[title="jpseller"]');
  await frame.locator('jpseller-tax-calculator [data-out="incl"]').filter({ hasText: '¥' }).waitFor();
  return frame;
}

const removeFrame = (page) => page.evaluate(() => document.querySelector('iframe[title="jpseller"]').remove());

test('iframe embed: only the widget\'s own attributes pass, the rest is named in a notice', async () => {
  const app = await openPage('/embed-example.html');
  try {
    const { page, origin } = app;
    const frame = await framed(page, `widget=tax-calculator&lang=en&rate=8&hidden=&style=${encodeURIComponent('display:none')}&onclick=alert(1)&x-data=1&parentOrigin=${encodeURIComponent(origin)}`);
    const attributes = await frame.locator('jpseller-tax-calculator').evaluate((el) => el.getAttributeNames().sort());
    assert.deepEqual(attributes, ['lang', 'rate']);
    const notice = frame.locator('#notice');
    assert.equal(await notice.isVisible(), true);
    assert.equal(await notice.textContent(), 'Ignored parameters this widget does not take: hidden, style, onclick, x-data');
    // Results still reach the portal (a valid local origin).
    await page.waitForFunction(() => window.__posted.length > 0);
    assert.deepEqual([...new Set(await page.evaluate(() => window.__posted))], [origin]);
  } finally {
    await app.close();
  }
});

test('iframe embed: an invalid parentOrigin posts nothing and says why', async () => {
  const invalid = ['data:,x', 'javascript:alert(1)', 'http://portal.example', 'https://portal.example/path', 'https://user@portal.example', 'ftp://portal.example', 'http://localhost.evil.example', 'null'];
  const app = await openPage('/embed-example.html');
  try {
    const { page } = app;
    for (const parentOrigin of invalid) {
      const frame = await framed(page, `widget=tax-calculator&lang=ja&parentOrigin=${encodeURIComponent(parentOrigin)}`);
      const notice = frame.locator('#notice');
      assert.equal(await notice.isVisible(), true, parentOrigin);
      assert.match(await notice.textContent(), /^parentOrigin が無効です/, parentOrigin);
      // A new result, then a moment for any message to arrive: none may.
      await frame.locator('jpseller-tax-calculator input[name="price"]').fill('3000');
      await frame.locator('jpseller-tax-calculator [data-out="incl"]').filter({ hasText: '¥3,300' }).waitFor();
      await page.waitForTimeout(200);
      assert.deepEqual(await page.evaluate(() => window.__posted), [], parentOrigin);
      await removeFrame(page);
    }
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('iframe embed: https and local origins are accepted as given, without a notice', async () => {
  const app = await openPage('/embed-example.html');
  try {
    for (const parentOrigin of ['https://portal.example', 'https://portal.example:8443/', 'http://localhost:5173', 'http://127.0.0.1']) {
      const frame = await framed(app.page, `widget=tax-calculator&parentOrigin=${encodeURIComponent(parentOrigin)}`);
      assert.equal(await frame.locator('#notice').isHidden(), true, parentOrigin);
      await removeFrame(app.page);
    }
  } finally {
    await app.close();
  }
});
