// Offline after one visit: the service worker (vite-plugin-pwa, vite.config.ts) precaches the whole
// build during the first visit; then, with the network cut, every page loads as a deep link, the
// WebGL map starts (its chunk and worker from the cache), the exports download, and a reload works.
import assert from 'node:assert/strict';
import { READY_MS } from './atlas.mjs';

const PAGES = [
  '/region/410300?industry=equipment', '/table?metric=size', '/finder?industry=automotive',
  '/compare?pins=410100,410300', '/nearby?at=113.65,34.76&radius=50', '/present/3', '/plan', '/?embed=1',
];
const EXPORTS = [/PNG/, /SVG/, /CSV/, /GeoJSON/];

async function appShown(page, what) {
  await page.locator('.app, .presentation, .embed').first().waitFor({ timeout: READY_MS });
  assert.equal(await page.locator('.screen-message').count(), 0, `${what}: a screen message instead of the app`);
  assert.deepEqual(await page.locator('.notice-bar').allTextContents(), [], `${what}: a notice`);
}

export default [
  {
    name: 'after one visit, every page, the WebGL map and every export work offline, and so does a reload',
    serviceWorkers: 'allow',
    timeoutMs: 240_000,
    async run({ page, context, origin, helpers }) {
      await page.setViewportSize({ width: 1000, height: 640 });
      await page.goto(`${origin}/`);
      await helpers.waitForMark(page, 'map:ready', READY_MS);
      // The worker is active once its install step has stored every file of the build.
      const cached = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        const names = await caches.keys();
        let count = 0;
        for (const name of names) count += (await (await caches.open(name)).keys()).length;
        return { active: registration.active?.state, count };
      });
      assert.equal(cached.active, 'activated');
      assert.ok(cached.count > 30, `only ${cached.count} files precached`);

      await context.setOffline(true);
      const failedRequests = [];
      // Aborted ones (a navigation cancelling the previous page's loads) are not the worker's failures.
      page.on('requestfailed', (request) => {
        if (request.failure()?.errorText !== 'net::ERR_ABORTED') failedRequests.push(`${request.url()} (${request.failure()?.errorText})`);
      });

      await page.goto(`${origin}/`);
      await appShown(page, '/');
      await helpers.waitForMark(page, 'map:gl-ready', READY_MS); // MapLibre's chunk and worker, offline
      for (const route of PAGES) {
        await page.goto(`${origin}${route}`);
        await appShown(page, route);
      }

      await page.goto(`${origin}/?industry=food`);
      await appShown(page, 'exports page');
      await helpers.waitForMark(page, 'map:ready', READY_MS);
      const menu = page.locator('details', { has: page.locator('summary', { hasText: '导出' }) });
      for (const name of EXPORTS) {
        if (!(await menu.evaluate((details) => details.open))) await menu.locator('summary').click();
        const [file] = await Promise.all([
          page.waitForEvent('download', { timeout: 60_000 }),
          menu.getByRole('button', { name }).click(),
        ]);
        assert.ok(await file.path(), `${name}: no file`);
      }
      assert.equal(await page.getByRole('alert').count(), 0, 'an export failed');

      await page.reload();
      await appShown(page, 'reload');
      assert.deepEqual(failedRequests.filter((url) => url.startsWith(origin)), [], 'requests the worker did not answer');
      helpers.assertNoConsoleErrors();
      await context.setOffline(false);
    },
  },
];
