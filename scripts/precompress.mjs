// Writes <file>.br (brotli, quality 11) and <file>.gz (gzip -9) beside each file given, for servers
// that serve a precompressed copy chosen by Accept-Encoding (scripts/serve.mjs; nginx
// `gzip_static`/`brotli_static`). Usage: node scripts/precompress.mjs <file>…
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

for (const file of process.argv.slice(2)) {
  const body = readFileSync(file);
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  const gz = gzipSync(body, { level: 9 });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gz);
  console.log(`${file}: ${body.length} bytes, ${br.length} brotli, ${gz.length} gzip`);
}
