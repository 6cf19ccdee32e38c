// Bulk mode in headless Chromium: 10,000 listing rows linted and feed through the page's Web
// Worker (decode → parse → lintBatch → estimateBatch), next to a naive main-thread JS pass
// (one alternation regex + float fees) over the same rows in the same page.
import { openPage } from '../tests/js/page/harness.mjs';

const ROWS = 10_000;
const TARGET_MS = 1500;

export async function run() {
  const app = await openPage('/#tab=bulk');
  try {
    const { page } = app;
    await page.locator('jpseller-bulk-checker h2').waitFor();
    const { wasmMs, naiveMs } = await page.evaluate(async (rows) => {
      const phrases = ['最安値', '日本一', '必ず痩せる', 'シミが消える', '完全防水', '絶対に壊れない', '毎日使える', '便利'];
      const lines = ['商品管理番号,商品名,キャッチコピー,販売価格'];
      for (let i = 0; i < rows; i++) lines.push(`r-${i},テスト商品${i} ステンレス製 容量500ml,${phrases[i % phrases.length]}の人気アイテム。送料無料でお届けします。,${980 + (i % 9000)}`);
      const csv = lines.join('\n');
      const bulk = document.querySelector('jpseller-bulk-checker');
      await bulk.process('商品管理番号,商品名,販売価格\nw,warm up,1000'); // load the worker's wasm once
      const t0 = performance.now();
      const results = await bulk.process(csv);
      const wasmMs = performance.now() - t0;
      if (results.length !== rows) throw new Error(`expected ${rows} rows, got ${results.length}`);
      const t1 = performance.now();
      const banned = new RegExp(phrases.slice(0, 6).join('|'), 'g');
      const out = [];
      for (const line of csv.split('\n').slice(1)) {
        const cells = line.split(',');
        const price = Number(cells[3]);
        out.push({ hits: (cells[2].match(banned) ?? []).length, fee: Math.floor(price * 0.1 * 1.1) });
      }
      return { wasmMs, naiveMs: performance.now() - t1 };
    }, ROWS);
    return [
      { metric: 'bulk 10k rows lint+fees (Chromium, worker)', unit: 'ms', jpseller: wasmMs, peer: naiveMs, peerName: 'naive JS regex + float fee, main thread', ratio: naiveMs / wasmMs, target: `≤ ${TARGET_MS}`, pass: wasmMs <= TARGET_MS },
    ];
  } finally {
    await app.close();
  }
}
