// A tiny static server for the built web app on 127.0.0.1 only, sending the same strict CSP as
// the desktop app. Used by `npm run web` and by the end-to-end tests. Node built-ins only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Compiling the bundled WebAssembly solver (HiGHS, for Recommend); JavaScript eval stays off.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Starts serving `dir`; resolves with the server once it listens. */
export function serveStatic({ dir, port, host = '127.0.0.1' }) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end('Method not allowed');
      return;
    }
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let rel = decodeURIComponent(url.pathname);
      if (rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(root, rel));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      const info = await stat(file).catch(() => null);
      // A missing asset is a 404; only extension-less routes fall back to the app's page.
      if (!info?.isFile() && extname(file) !== '') {
        res.writeHead(404).end('Not found');
        return;
      }
      const target = info?.isFile() ? file : join(root, 'index.html');
      const body = await readFile(target);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(500).end('Internal error');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const dir = opt('dir', 'dist-web');
  const port = Number(opt('port', '5173'));
  const exists = await stat(join(dir, 'index.html')).catch(() => null);
  if (!exists) {
    console.error(
      `Nothing to serve: ${dir}/index.html is missing. Build the web app first (npm run build:web).`,
    );
    process.exit(1);
  }
  serveStatic({ dir, port })
    .then(() =>
      console.log(`CCG Modeller is running at http://127.0.0.1:${port}/ — press Ctrl+C to stop.`),
    )
    .catch((err) => {
      console.error(
        err.code === 'EADDRINUSE'
          ? `Port ${port} is already in use on 127.0.0.1; pass --port to choose another.`
          : `Could not start the server: ${err.message}`,
      );
      process.exit(1);
    });
}
