// On a slow link the page shows its layout at once and how much of the engine has arrived.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './harness.mjs';
import { tabs } from '../../../www/tabs.js';

test('while the wasm arrives slowly, each widget shows a progress bar with the MB loaded', async () => {
  let release;
  const held = new Promise((done) => { release = done; });
  const app = await openPage('/', {
    serviceWorkers: 'block',
    // Hold the module back until the test has seen the loading state.
    setup: (page) => page.route('**/jpseller_bg.wasm', async (route) => {
      const response = await route.fetch();
      await held;
      await route.fulfill({ response });
    }),
  });
  try {
    const { page } = app;
    // The tab bar and the first widget's loading line are there before the engine.
    assert.equal(await page.locator('#tabs button').count(), tabs.length);
    const bar = page.locator('jpseller-fee-calculator [data-out="load-progress"]');
    await bar.waitFor();
    assert.match(await page.locator('jpseller-fee-calculator [data-out="load-text"]').textContent(), /正在加载计算引擎/);
    release();
    await page.locator('jpseller-fee-calculator [data-out="profit"]').waitFor();
    assert.equal(await bar.count(), 0, 'the loading line gives way to the widget');
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('the progress counts every byte of the module', async () => {
  // The page may fetch the tax+fees module first and the full one when another tab's widget needs it;
  // the last report belongs to whichever finished last, so compare with the modules it fetched.
  const fetched = [];
  const app = await openPage('/', {
    serviceWorkers: 'block',
    setup: (page) => page.on('requestfinished', (request) => {
      if (request.url().endsWith('.wasm')) fetched.push(request.url());
    }),
  });
  try {
    const { page } = app;
    await page.locator('jpseller-fee-calculator [data-out="profit"]').waitFor();
    await page.waitForLoadState('networkidle');
    // After loading, the last report counts the whole module; the total is its size when the server
    // sends an uncompressed Content-Length, else 0 (the bar then runs indeterminate beside the MB).
    const seen = await page.evaluate(async () => {
      const { onLoadProgress } = await import('./widgets/wasm.js');
      let last;
      onLoadProgress((p) => { last = p; })();
      return last;
    });
    assert.ok(fetched.length >= 1, 'a module was fetched');
    const sizes = [];
    for (const url of fetched) sizes.push((await (await page.request.get(url)).body()).length);
    assert.ok(sizes.every((size) => size > 100000), `module sizes ${sizes}`);
    assert.ok(sizes.includes(seen.loaded), `last report ${seen.loaded} B is none of the fetched modules ${sizes}`);
    assert.ok(seen.total === 0 || seen.total === seen.loaded, `total ${seen.total}`);
  } finally {
    await app.close();
  }
});
