// The default view's map is prerendered into index.html: on screen with the HTML (map:first-paint),
// under a strict CSP without 'unsafe-inline', where the app's map will be, and only on the default view.
import assert from 'node:assert/strict';
import { READY_MS, topology } from './atlas.mjs';

// The ship-it issue's policy, minus the basemap host: no inline script or style anywhere.
const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; base-uri 'none'; object-src 'none'";

/** Serves every page of the app with the strict CSP header and records violations in the page. */
async function withStrictCsp(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`));
  });
  await page.route((url) => url.pathname === '/' || !/\.\w+$/.test(url.pathname), async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
  });
}

const prefectureCount = topology.objects.prefectures.geometries.length;

export default [
  {
    name: 'index.html holds the default view as an SVG map, one path per prefecture, shown even before any script runs',
    async run({ context: testContext, baseURL }) {
      const html = await (await fetch(baseURL)).text();
      assert.match(html, /<div id="prerendered-map"/);
      assert.equal((html.match(/<path data-code="/g) ?? []).length, prefectureCount);
      assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'an inline script');
      assert.doesNotMatch(html, /\sstyle="/, 'an inline style attribute');
      const context = await testContext.browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(baseURL);
        assert.equal(await page.locator('#prerendered-map svg path[data-code]').count(), prefectureCount);
        assert.ok(await page.locator('#prerendered-map svg').isVisible(), 'the prerendered map is not visible without scripts');
      } finally {
        await context.close();
      }
    },
  },
  {
    name: 'under a strict CSP the prerendered map paints first (map:first-paint), then the app’s map answers (map:ready), with no violation',
    async run({ page, baseURL, helpers }) {
      await withStrictCsp(page);
      await page.goto(baseURL);
      const firstPaint = await helpers.waitForMark(page, 'map:first-paint', READY_MS);
      const ready = await helpers.waitForMark(page, 'map:ready', READY_MS);
      await helpers.waitForMark(page, 'map:gl-ready', READY_MS);
      console.log(`    map:first-paint ${Math.round(firstPaint)} ms, map:ready ${Math.round(ready)} ms`);
      assert.ok(firstPaint < ready, `map:first-paint (${firstPaint}) must come before map:ready (${ready})`);
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
      assert.equal(await page.locator('#prerendered-map').count(), 0, 'the prerendered map stays after the app’s map has painted');
      helpers.assertNoConsoleErrors();
    },
  },
  {
    name: 'the prerendered map sits where the app’s map pane will be',
    async run({ page, baseURL, helpers }) {
      await page.goto(baseURL);
      const prerendered = await page.evaluate(() => {
        const box = document.getElementById('prerendered-map')?.getBoundingClientRect();
        return box === undefined ? null : { x: box.x, y: box.y, width: box.width, height: box.height };
      });
      assert.ok(prerendered !== null, 'the prerendered map was gone before the page could be read');
      await helpers.waitForMark(page, 'map:ready', READY_MS);
      const pane = await page.locator('.map-svg').boundingBox();
      for (const key of ['x', 'y', 'width', 'height']) {
        assert.ok(Math.abs(prerendered[key] - pane[key]) <= 2, `${key}: prerendered ${prerendered[key]}, pane ${pane[key]}`);
      }
    },
  },
  {
    name: 'another address does not flash the default view',
    async run({ page, baseURL, helpers }) {
      await page.goto(`${baseURL}?industry=food`, { waitUntil: 'domcontentloaded' });
      assert.equal(await page.locator('#prerendered-map').count(), 0);
      await helpers.waitForMark(page, 'map:ready', READY_MS);
      assert.equal(await page.evaluate(() => performance.getEntriesByName('map:first-paint').length), 0);
    },
  },
  {
    name: 'a narrow screen, laid out differently, waits for the app’s map and marks no first paint',
    async run({ page, baseURL, helpers }) {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(baseURL);
      await helpers.waitForMark(page, 'map:ready', READY_MS);
      assert.equal(await page.evaluate(() => performance.getEntriesByName('map:first-paint').length), 0);
      assert.ok(await page.locator('.map-svg path[data-code]').count() > 0);
    },
  },
];
