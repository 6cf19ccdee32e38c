// Builds a tiny Vite 7 app that depends on the packed jpseller tarball (scripts/vite-test.sh),
// then runs the built app in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../../scripts/serve.mjs';
import { CHROMIUM } from '../page/harness.mjs';

test('a Vite production build of an app using jpseller runs in Chromium', async () => {
  const server = await startServer({ port: 0, root: resolve('.scratch/vite-app/dist') });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    // 2,980 × 10 % = 298 → 3,278.
    await page.locator('#api-result').filter({ hasText: '3278' }).waitFor();
    await page.locator('jpseller-tax-calculator [data-out="incl"]').filter({ hasText: '¥2,178' }).waitFor();
    // Computed in the bundled workers (bulk mode's and the engine's).
    await page.locator('#bulk-result').filter({ hasText: 'KH-CHEAP' }).waitFor();
    await page.locator('jpseller-campaign-simulator [data-out="profit"]').filter({ hasText: '¥' }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
});
