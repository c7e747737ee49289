// A tiny static server for dist/, as a real host sends it: gzip (zlib, level 6) for text types when
// the client accepts it, Cache-Control (immutable for hashed /_astro/ files, revalidate for pages),
// 404.html for unknown paths. 127.0.0.1 only. Used by `npm run bench`; also a CLI:
//   node scripts/static-server.mjs [port]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt']);

/** Starts the server; resolves to { url, close() }. */
export function serveDist({ root = 'dist', port = 4329, host = '127.0.0.1' } = {}) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
    }
    const ext = extname(file);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const key = `${file}|${gzip}`;
    if (!cache.has(key)) {
      const raw = readFileSync(file);
      cache.set(key, gzip ? gzipSync(raw, { level: 6 }) : raw);
    }
    const body = cache.get(key);
    res.writeHead(status, {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': path.startsWith('/_astro/')
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=0, must-revalidate',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () =>
      resolve({ url: `http://${host}:${port}`, close: () => new Promise((r) => server.close(() => r())) }),
    );
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await serveDist({ port: Number(process.argv[2] ?? 4329) });
  console.log(`serving dist/ with gzip at ${s.url}`);
}
