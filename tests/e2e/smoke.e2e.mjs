// Smoke: the production build loads in a real browser and the map renders, offline.
import assert from 'node:assert/strict';

const mapCanvas = '.maplibregl-canvas, canvas';
const readyTimeoutMs = 20_000;

export default [
  {
    name: 'the page shows the MapLibre canvas',
    async run({ page, baseURL }) {
      await page.goto(baseURL);
      const canvas = page.locator(mapCanvas).first();
      await canvas.waitFor({ state: 'visible', timeout: readyTimeoutMs });
      const box = await canvas.boundingBox();
      assert.ok(box && box.width > 100 && box.height > 100, `map canvas is too small: ${JSON.stringify(box)}`);
    },
  },
  {
    name: 'the map marks map:ready after its first render',
    async run({ page, baseURL, helpers }) {
      await page.goto(baseURL);
      const readyAt = await helpers.waitForMark(page, 'map:ready', readyTimeoutMs);
      console.log(`    map:ready at ${Math.round(readyAt)} ms`);
      await helpers.screenshot(page, 'smoke-map-ready');
    },
  },
  {
    name: 'no request leaves the origin while the map loads',
    async run({ page, baseURL, helpers }) {
      const requests = helpers.trackRequests(page);
      await page.goto(baseURL);
      await helpers.waitForMark(page, 'map:ready', readyTimeoutMs);
      await page.waitForLoadState('networkidle');
      assert.ok(requests.urls.length > 0, 'no request was recorded at all');
      requests.assertSameOrigin();
    },
  },
  {
    name: 'the page loads without console errors',
    async run({ page, baseURL, helpers }) {
      await page.goto(baseURL);
      await helpers.waitForMark(page, 'map:ready', readyTimeoutMs);
      await page.waitForLoadState('networkidle');
      helpers.assertNoConsoleErrors();
    },
  },
];
