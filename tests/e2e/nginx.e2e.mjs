// The build served by Debian's nginx with the shipped configuration (deploy/nginx.conf and
// security-headers.conf, see nginx-server.mjs): deep links reload on every route, the security
// headers and caching are there, the app runs under the strict CSP with zero violations, and the
// precompressed .br/.gz files are sent as they are. Skipped where nginx is not installed (.ci/run
// installs it).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { request } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { READY_MS } from './atlas.mjs';
import { nginxAvailable, startNginx } from './nginx-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The build the runner serves (node tests/e2e/run.mjs --dist DIR), else dist/.
const distArgument = process.argv.indexOf('--dist');
const dist = distArgument > 0 ? path.resolve(process.argv[distArgument + 1]) : path.join(root, 'dist');
const skip = nginxAvailable() ? false : 'nginx is not installed (apt-get install nginx libnginx-mod-http-brotli-static)';

// Every page of the app, as a deep link (README, "Using it").
const ROUTES = [
  '/', '/region/410300?industry=equipment', '/table?metric=size', '/finder?industry=automotive',
  '/compare?pins=410100,410300', '/nearby?at=113.65,34.76&radius=50', '/present/3', '/plan', '/?embed=1',
];

let server = null;
async function nginx() {
  server ??= await startNginx({ documentRoot: dist });
  return server;
}

/** One raw GET (no decompression): status, headers and the body's bytes. */
function rawGet(url, headers = {}) {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

/** Records CSP violations from the first script on, in every document of the context. */
async function watchCsp(context) {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
}

const mainScript = () => readdirSync(path.join(dist, 'assets')).find((file) => /^index-.*\.js$/.test(file));

export default [
  {
    name: 'nginx: every route reloads as a deep link under the strict CSP with zero violations and no request off the origin',
    skip,
    timeoutMs: 180_000,
    serviceWorkers: 'allow', // the service worker registers and precaches under the CSP too
    async run({ page, context, helpers }) {
      const { origin } = await nginx();
      await watchCsp(context);
      const requests = [];
      context.on('request', (entry) => requests.push(entry.url()));
      const violations = [];
      const started = Date.now();
      // Small: software GL draws on the CPU, and this loads nine pages.
      await page.setViewportSize({ width: 800, height: 500 });
      for (const [index, route] of ROUTES.entries()) {
        // Each route is opened as a fresh document load from nginx (what a reload or a shared link does);
        // the first is also reloaded, through the browser's own reload.
        const response = await page.goto(`${origin}${route}`, { waitUntil: 'domcontentloaded' });
        assert.equal(response.status(), 200, `${route}: HTTP ${response.status()}`);
        if (index === 1) await page.reload({ waitUntil: 'domcontentloaded' });
        await page.locator('.app, .presentation, .embed').first().waitFor({ timeout: READY_MS });
        assert.equal(await page.locator('.screen-message').count(), 0, `${route}: a screen message instead of the app`);
        const notices = await page.locator('.notice-bar').allTextContents();
        assert.deepEqual(notices, [], `${route}: a notice on a valid URL`);
        if (route === '/' || route.startsWith('/region')) await helpers.waitForMark(page, 'map:gl-ready', READY_MS); // MapLibre, its worker and WebGL under the CSP
        violations.push(...(await page.evaluate(() => window.__cspViolations)).map((text) => `${route}: ${text}`));
        if (process.env.E2E_VERBOSE) console.log(`    ${route} ok at ${Date.now() - started} ms`);
      }
      assert.deepEqual(violations, []);
      assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL), `${origin}/sw.js`);
      helpers.assertNoConsoleErrors();
      const offOrigin = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
      assert.deepEqual(offOrigin, []);
    },
  },
  {
    name: 'nginx: security headers on pages and assets; index.html revalidated, hashed assets immutable, a missing asset is a real 404',
    skip,
    async run() {
      const { origin } = await nginx();
      const page = await rawGet(`${origin}/table`);
      const csp = page.headers['content-security-policy'];
      assert.ok(csp, 'no Content-Security-Policy');
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /script-src 'self';/);
      assert.match(csp, /frame-ancestors 'self'/);
      assert.equal(page.headers['x-content-type-options'], 'nosniff');
      assert.equal(page.headers['referrer-policy'], 'strict-origin-when-cross-origin');
      assert.equal(page.headers['cache-control'], 'no-cache');
      assert.match(page.headers['content-type'], /^text\/html; charset=utf-8$/);
      assert.match(page.body.toString('utf8'), /<div id="root">/);

      const embed = await rawGet(`${origin}/?embed=1`);
      assert.match(embed.headers['content-security-policy'], /frame-ancestors \*$/);

      const asset = await rawGet(`${origin}/assets/${mainScript()}`);
      assert.equal(asset.status, 200);
      assert.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable');
      assert.equal(asset.headers['x-content-type-options'], 'nosniff');
      assert.ok(asset.headers['content-security-policy']);

      const missing = await rawGet(`${origin}/assets/index-00000000.js`);
      assert.equal(missing.status, 404);
      assert.equal(missing.headers['cache-control'], undefined);

      const malformed = await rawGet(`${origin}/%zz`);
      assert.equal(malformed.status, 200, 'a malformed %-escape gets the app (which shows a notice), not nginx\'s 400 page');
      assert.match(malformed.body.toString('utf8'), /<div id="root">/);
    },
  },
  {
    name: 'nginx: the precompressed .br and .gz files are sent byte for byte, with Vary',
    skip,
    async run() {
      const server = await nginx();
      const file = mainScript();
      const gzip = await rawGet(`${server.origin}/assets/${file}`, { 'accept-encoding': 'gzip' });
      assert.equal(gzip.headers['content-encoding'], 'gzip');
      assert.equal(gzip.headers.vary, 'Accept-Encoding');
      assert.ok(gzip.body.equals(readFileSync(path.join(dist, 'assets', `${file}.gz`))), 'gzip body is not the .gz file');
      const plain = await rawGet(`${server.origin}/assets/${file}`);
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.ok(plain.body.equals(readFileSync(path.join(dist, 'assets', file))));
      if (server.brotli) {
        const brotli = await rawGet(`${server.origin}/assets/${file}`, { 'accept-encoding': 'gzip, br' });
        assert.equal(brotli.headers['content-encoding'], 'br');
        assert.ok(brotli.body.equals(readFileSync(path.join(dist, 'assets', `${file}.br`))), 'brotli body is not the .br file');
      }
      const html = await rawGet(`${server.origin}/finder`, { 'accept-encoding': server.brotli ? 'br' : 'gzip' });
      assert.equal(html.headers['content-encoding'], server.brotli ? 'br' : 'gzip');
    },
  },
  {
    name: 'nginx: a build for a sub-path (ATLAS_BASE=/atlas/) works below it: deep links, data, navigation, a bad escape, its service worker',
    skip,
    timeoutMs: 240_000,
    serviceWorkers: 'allow',
    async run({ page, context, helpers }) {
      // Built here: the suite's build is for the root. One build of the same sources, at /atlas/.
      const documentRoot = mkdtempSync(path.join(os.tmpdir(), 'atlas-subpath-'));
      chmodSync(documentRoot, 0o755); // nginx's workers (user nobody) read it
      execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', path.join(documentRoot, 'atlas'), '--emptyOutDir', '--logLevel', 'error'],
        { cwd: root, env: { ...process.env, ATLAS_BASE: '/atlas/' }, stdio: 'inherit' });
      const subServer = await startNginx({ documentRoot, base: '/atlas/' });
      try {
        await watchCsp(context);
        await page.setViewportSize({ width: 800, height: 500 });
        const requests = [];
        context.on('request', (entry) => requests.push(new URL(entry.url()).pathname));
        await page.goto(`${subServer.origin}/atlas/region/410300?industry=equipment`);
        await page.getByRole('heading', { level: 2, name: '洛阳市' }).waitFor({ timeout: READY_MS });
        await page.goto(`${subServer.origin}/atlas`);
        await page.locator('.app').waitFor({ timeout: READY_MS });
        await page.getByRole('link', { name: '表格' }).click();
        assert.equal(new URL(page.url()).pathname, '/atlas/table');
        await page.goto(`${subServer.origin}/atlas/%zz`);
        assert.match((await page.locator('.notice-bar').allTextContents()).join(' '), /“\/%zz”/);
        assert.deepEqual(requests.filter((pathname) => pathname !== '/atlas' && !pathname.startsWith('/atlas/')), [], 'requests outside /atlas/');
        assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
        assert.deepEqual(await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.ready;
          return [registration.scope, registration.active?.scriptURL];
        }), [`${subServer.origin}/atlas/`, `${subServer.origin}/atlas/sw.js`]);
        helpers.assertNoConsoleErrors();
      } finally {
        await subServer.stop();
        rmSync(documentRoot, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'nginx: stop the server',
    skip,
    async run() {
      await server?.stop();
      server = null;
    },
  },
];
