// Static server for www/ on 127.0.0.1 with the strict CSP the page must run under. Compressed like
// a production host (README "Hosting"): a file's precompressed .br/.gz copy from the build when the
// browser accepts it, other text gzipped on the fly; Vary: Accept-Encoding either way.
// Used by `make serve` and by the Playwright tests (import { startServer }).
import { createServer } from 'node:http';
import { access, readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ts': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.webmanifest': 'application/manifest+json',
};

/** Types worth compressing; images other than SVG already are. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.ts', '.csv', '.webmanifest']);

/** The encodings `accept` (an Accept-Encoding header) allows, by the client's q-values. */
export function acceptedEncodings(accept = '') {
  const allowed = new Set();
  for (const part of accept.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && (!q || Number(q.slice(2)) > 0)) allowed.add(name);
  }
  return allowed;
}

const exists = (file) => access(file).then(() => true, () => false);

/** The body and Content-Encoding to send for `file`: brotli or gzip copy, on-the-fly gzip, or as is. */
async function encodedBody(file, accept) {
  if (!COMPRESSIBLE.has(extname(file))) return { body: await readFile(file) };
  const accepted = acceptedEncodings(accept);
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if ((accepted.has(encoding) || accepted.has('*')) && (await exists(file + suffix))) return { body: await readFile(file + suffix), encoding };
  }
  const body = await readFile(file);
  if (accepted.has('gzip') && body.length > 1024) return { body: gzipSync(body), encoding: 'gzip' };
  return { body };
}

const defaultRoot = resolve(fileURLToPath(new URL('../www', import.meta.url)));

export function startServer({ port = 8080, host = '127.0.0.1', root = defaultRoot } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error('outside root'), { status: 403 });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const { body, encoding } = await encodedBody(file, req.headers['accept-encoding']);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...(encoding && { 'Content-Encoding': encoding }),
        ...(COMPRESSIBLE.has(extname(file)) && { Vary: 'Accept-Encoding' }),
        'Content-Length': body.length,
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    } catch (error) {
      res.writeHead(error.status ?? 404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  await startServer({ port });
  console.log(`jpseller page: http://127.0.0.1:${port}/`);
}
