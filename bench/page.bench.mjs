// The page in headless Chromium: time from navigation start until the first tab is usable (the
// JCT calculator has loaded the wasm and shows a computed ¥ amount), median of cold loads in fresh
// browser contexts (no HTTP cache, no service worker). Plus the shipped wasm size against the
// budget in size-budget.json.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { CHROMIUM } from '../tests/js/page/harness.mjs';

const LOADS = 7;

async function pageReadyMs() {
  const server = await startServer({ port: 0 });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const times = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${origin}/`, { waitUntil: 'commit' });
      // performance.now() counts from navigation start.
      const ready = await page.waitForFunction(() => {
        // The first tab's widget (fees) showing a computed profit: what the user sees first.
        const out = document.querySelector('jpseller-fee-calculator')?.shadowRoot?.querySelector('[data-out="profit"]');
        return out && out.textContent.includes('¥') ? performance.now() : false;
      }, null, { polling: 'raf', timeout: 30_000 });
      times.push(await ready.jsonValue());
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
}

export async function run({ root }) {
  const wasm = readFileSync(join(root, 'pkg/jpseller_bg.wasm'));
  const gz = gzipSync(wasm, { level: 9 }).length;
  const budget = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8')).wasmGzipBytes;
  const ready = await pageReadyMs();
  return [
    { metric: `page ready, headless Chromium (median of ${LOADS} cold loads; min ${ready.min.toFixed(0)}, max ${ready.max.toFixed(0)})`, unit: 'ms', jpseller: ready.median },
    { metric: 'wasm size, gzip -9', unit: 'KB', jpseller: gz / 1000, target: `≤ ${budget / 1000}`, pass: gz <= budget },
    { metric: 'wasm size, raw', unit: 'KB', jpseller: wasm.length / 1000 },
  ];
}
