// A tiny static file server for the e2e tests (tests/e2e/*.spec.mjs) that need
// a second origin or special headers: the widget's files without CORS, a
// tampered wasm, a host page with a Content-Security-Policy header, …
//
//   const server = await startServer({ root: 'dist', cors: true });
//   server.page('/host.html', html, { 'Content-Security-Policy': '…' });
//   …  server.url  →  'http://127.0.0.1:<free port>'
//   await server.close();
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

export const MIME = {
  '.wasm': 'application/wasm',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * Starts a server on 127.0.0.1 and a free port.
 * - root: folder to serve (null: only pages added with page());
 * - cors: true → Access-Control-Allow-Origin: * on every response;
 *         a function (path) → boolean to choose per file;
 * - transform: (path, bytes) → bytes, e.g. to tamper with a file.
 */
export async function startServer({ root = null, cors = true, transform = null } = {}) {
  const pages = new Map();
  const log = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    log.push(path);
    const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    if (cors === true || (typeof cors === 'function' && cors(path))) headers['Access-Control-Allow-Origin'] = '*';
    const page = pages.get(path);
    if (page) {
      response.writeHead(200, { ...headers, 'Content-Type': MIME['.html'], ...page.headers });
      response.end(page.body);
      return;
    }
    const file = normalize(join(root ?? '/nonexistent', path.endsWith('/') ? `${path}index.html` : path));
    if (!root || !file.startsWith(normalize(root))) {
      response.writeHead(404, headers).end();
      return;
    }
    try {
      let bytes = await readFile(file);
      if (transform) bytes = transform(path, bytes);
      response.writeHead(200, { ...headers, 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
      response.end(bytes);
    } catch {
      response.writeHead(404, headers).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    /** Every path asked for, in order. */
    log,
    /** Serves `body` as text/html at `path`, with extra response headers. */
    page(path, body, extraHeaders = {}) {
      pages.set(path, { body, headers: extraHeaders });
      return `${url}${path}`;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
