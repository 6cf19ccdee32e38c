// Shared Playwright harness: serves www/ with the strict CSP, opens it in Debian's chromium and
// records every request to another origin, every CSP violation and every page error.
import { chromium } from 'playwright-core';
import { startServer } from '../../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Serves www/ and opens `path` in chromium. `serviceWorkers: 'block'` keeps the page's service
 * worker out (it would fetch past `setup`'s routes); `setup(page)` runs before the first navigation.
 */
export async function openPage(path = '/', { lang, viewport = { width: 1200, height: 900 }, serviceWorkers = 'allow', setup } = {}) {
  const server = await startServer({ port: 0 });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
      // The trap-test build is an unoptimised dev wasm over 8 MB, and a trapped instance is replaced
      // synchronously; the release module (under 2 MB raw) never needs this.
      '--enable-features=WebAssemblyUnlimitedSyncCompilation'],
  });
  const context = await browser.newContext({ viewport, locale: lang ?? 'zh-CN', serviceWorkers });
  const page = await context.newPage();
  const foreignRequests = [];
  const pageErrors = [];
  const consoleErrors = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  // Collect CSP violations from inside the page before any script runs.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await setup?.(page);
  await page.goto(`${origin}${path}`);
  return {
    page, origin, foreignRequests, pageErrors, consoleErrors,
    cspViolations: () => page.evaluate(() => window.__cspViolations),
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** Text of an element inside a widget's shadow root (Playwright's CSS pierces open shadow roots). */
export async function textOf(page, selector) {
  return (await page.locator(selector).first().textContent())?.trim();
}
