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
  const app = await openPage('/', { serviceWorkers: 'block' });
  try {
    const { page } = app;
    await page.locator('jpseller-fee-calculator [data-out="profit"]').waitFor();
    // After loading, the last report counts the whole module; the total is its size when the server
    // sends an uncompressed Content-Length, else 0 (the bar then runs indeterminate beside the MB).
    const seen = await page.evaluate(async () => {
      const { onLoadProgress } = await import('./widgets/wasm.js');
      let last;
      onLoadProgress((p) => { last = p; })();
      return last;
    });
    const size = (await (await page.request.get(`${app.origin}/pkg/jpseller_bg.wasm`)).body()).length;
    assert.ok(size > 100000, `module size ${size}`);
    assert.equal(seen.loaded, size);
    assert.ok(seen.total === 0 || seen.total === size, `total ${seen.total}`);
  } finally {
    await app.close();
  }
});
