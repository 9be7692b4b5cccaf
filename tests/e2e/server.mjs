// A minimal static server for the production build (dist/), bound to 127.0.0.1 on a free port.
// Used by the e2e runner and by scripts/bench.mjs. No caching headers, so every cold run really
// downloads everything; unknown extension-less paths fall back to index.html (client routes).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pbf': 'application/x-protobuf',
};

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves `directory` on http://127.0.0.1:<free port>/.
 * @returns {Promise<{ baseURL: string, origin: string, port: number, close: () => Promise<void> }>}
 */
export async function serveDirectory(directory) {
  const root = path.resolve(directory);
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
      // A malformed %-escape is no file: it falls through to index.html, whose app shows a notice.
      let decoded;
      try {
        decoded = decodeURIComponent(pathname);
      } catch {
        decoded = '/';
      }
      let file = path.join(root, decoded);
      if (!file.startsWith(root)) {
        response.writeHead(403).end();
        return;
      }
      if (pathname.endsWith('/')) file = path.join(file, 'index.html');
      if (!(await isFile(file))) {
        if (path.extname(pathname) !== '') {
          response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
        file = path.join(root, 'index.html');
      }
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${port}`;
  return {
    baseURL: `${origin}/`,
    origin,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
