// Trap recovery in headless Chromium: the page with its pkg/ served from the trap-test build.
// 1,000 traps through the one wasm instance all widgets share (www/widgets/wasm.js), then every
// regression case in the page, and a widget still computes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openPage, textOf } from '../page/harness.mjs';
import { outcomeOf, regressionDomains } from '../consumer/regression.mjs';
import { ALL_RECOVERED, TRAPS, TRAP_TEST_PKG, trapRepeatedly } from './trap-build.mjs';

/** Serves /pkg/* from the trap-test build instead of www/pkg/. */
async function trapTestPkg(page) {
  await page.route('**/pkg/**', (route) => {
    const file = new URL(route.request().url()).pathname.replace(/^\/pkg\//, '');
    return route.fulfill({ path: join(TRAP_TEST_PKG, decodeURIComponent(file)) });
  });
}

test(`page: ${TRAPS} traps, then every regression case in the page and a working widget`, async () => {
  const app = await openPage('/#tab=tax', { serviceWorkers: 'block', setup: trapTestPkg });
  try {
    const { page } = app;
    const incl = page.locator('jpseller-tax-calculator [data-out="incl"]');
    await incl.filter({ hasText: '¥' }).waitFor();

    // Both functions run in the page, on the API object the widgets use.
    const tally = await page.evaluate(`(async () => {
      const { loadJpseller } = await import('./widgets/wasm.js');
      return (${trapRepeatedly})(await loadJpseller(), ${TRAPS});
    })()`);
    assert.deepEqual(tally, ALL_RECOVERED);
    // A widget tells its user in the page language (zh here).
    const shown = await page.evaluate(async () => {
      const { loadJpseller } = await import('./widgets/wasm.js');
      const api = await loadJpseller();
      try {
        api.trapForTest('panic');
        return 'no error';
      } catch (error) {
        return document.querySelector('jpseller-tax-calculator').describeError(error);
      }
    });
    // The seller sees the restart message in their language and the code; the English panic text
    // stays on the thrown Error (message) for developers, not on the page.
    assert.match(shown, /^计算引擎遇到内部错误，已自动重启.*\[internal_error\]$/s);
    assert.doesNotMatch(shown, /deliberate panic/);

    const domains = regressionDomains();
    const calls = domains.flatMap((d) => d.cases.map(({ api, args }) => ({ api, args })));
    const results = await page.evaluate(`(async () => {
      const { loadJpseller } = await import('./widgets/wasm.js');
      const api = await loadJpseller();
      const outcomeOf = ${outcomeOf};
      // Through JSON.parse: in an object literal a "__proto__" key would set the prototype instead.
      return JSON.parse(${JSON.stringify(JSON.stringify(calls))}).map(({ api: name, args }) => outcomeOf(api[name], args));
    })()`);
    const cases = domains.flatMap((d) => d.cases.map((c) => ({ domain: d.domain, ...c })));
    cases.forEach(({ domain, api, name, expected }, i) => assert.deepStrictEqual(results[i], expected, `${domain}: ${api} / ${name}`));

    // A widget on the same instance still answers: 2,000 + 10 % = 2,200.
    await page.locator('jpseller-tax-calculator input[name="price"]').fill('2000');
    await incl.filter({ hasText: '¥2,200' }).waitFor();
    assert.equal(await textOf(page, 'jpseller-tax-calculator [data-out="incl"]'), '¥2,200');
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});
