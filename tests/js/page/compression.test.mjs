// Issue 14: the module travels compressed, and a page that embeds only the tax and fee widgets
// downloads the tax+fees module (www/pkg/fees/) rather than the full one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startServer } from '../../../scripts/serve.mjs';
import { openPage } from './harness.mjs';

/** A GET with the raw (still encoded) body: fetch() would decode it. */
function rawGet(url, acceptEncoding) {
  return new Promise((done, fail) => {
    get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c)).on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

test('make serve sends the build\'s precompressed module the client accepts, with Vary', async () => {
  const server = await startServer({ port: 0 });
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    const file = readFileSync(new URL('../../../www/pkg/fees/jpseller_bg.wasm', import.meta.url));
    const identity = (body) => body;
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
      ['br;q=0, gzip', 'gzip', gunzipSync],
      ['identity', undefined, identity],
    ]) {
      const { headers, body } = await rawGet(`${origin}/pkg/fees/jpseller_bg.wasm`, accept);
      assert.equal(headers['content-encoding'], encoding, accept);
      assert.equal(headers.vary, 'Accept-Encoding', accept);
      assert.equal(headers['content-type'], 'application/wasm', accept);
      assert.equal(Number(headers['content-length']), body.length, accept);
      assert.ok(decode(body).equals(file), `${accept}: the body decodes to the module`);
      if (encoding) assert.ok(body.length < file.length / 2, `${accept}: ${body.length} of ${file.length} bytes`);
    }
  } finally {
    server.close();
  }
});

test('a portal with only the tax and fee widgets loads the tax+fees module, with progress to its size', async () => {
  const wasm = [];
  const app = await openPage('/embed-example.html', {
    serviceWorkers: 'block',
    setup: (page) => page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); }),
  });
  try {
    const { page } = app;
    await page.locator('jpseller-fee-calculator [data-out="profit"]').waitFor();
    await page.locator('jpseller-tax-calculator [data-out="incl"]').waitFor();
    assert.deepEqual(wasm, ['/pkg/fees/jpseller_bg.wasm']);
    const seen = await page.evaluate(async () => {
      const { onLoadProgress } = await import('./widgets/wasm.js');
      let last;
      onLoadProgress((p) => { last = p; })();
      return last;
    });
    const size = readFileSync(new URL('../../../www/pkg/fees/jpseller_bg.wasm', import.meta.url)).length;
    // Chromium asks for br; the total is the decoded size the build recorded (pkg/builds.js).
    assert.deepEqual(seen, { loaded: size, total: size });
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});
