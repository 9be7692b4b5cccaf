// Without WebGL 2 (none at all, or WebGL 1 only) MapLibre cannot draw: the SVG map is the map, with a
// notice that says so, and it answers hover, clicks and filters.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { READY_MS, clusters, download, pngFacts, svgPagePoint, unit } from './atlas.mjs';

const industries = JSON.parse(readFileSync(new URL('../../data/plan/industries.json', import.meta.url), 'utf8'));

const NO_WEBGL = ['--disable-webgl', '--disable-webgl2', '--disable-3d-apis'];
const WEBGL1_ONLY = ['--disable-webgl2'];

async function webglSupport(page) {
  return page.evaluate(() => ({
    webgl2: document.createElement('canvas').getContext('webgl2') !== null,
    webgl1: document.createElement('canvas').getContext('webgl') !== null,
  }));
}

const fillOf = (page, code) => page.locator(`.map-svg path[data-code="${code}"]`).getAttribute('fill');

/** Hover, filter and click a county on the SVG map: the behaviour the map must keep without WebGL. */
async function hoverFilterClick(page, baseURL, helpers) {
  await page.goto(`${baseURL}?level=county`);
  await helpers.waitForMark(page, 'map:ready', READY_MS);
  // The notice opens above the map once WebGL has been probed; the map refits under it.
  await page.getByRole('alert').first().waitFor({ timeout: 10_000 });
  await page.waitForTimeout(200);
  const zhongmu = unit('counties', '410122');
  const point = await svgPagePoint(page, zhongmu.label);
  await page.mouse.move(point.x, point.y + 6);
  await page.getByRole('tooltip').filter({ hasText: zhongmu.name }).waitFor({ timeout: 10_000 });

  // An industry the plan names at 中牟县 itself colours it; before any filter it has a colour too.
  const industryId = clusters.find((cluster) => cluster.scope === 'local' && cluster.places.some((place) => place.code === '410122')).industry;
  const industry = industries.find((entry) => entry.id === industryId);
  await page.evaluate(() => performance.clearMarks('filter:applied'));
  await page.getByRole('checkbox', { name: industry.nameZh }).check();
  await helpers.waitForMark(page, 'filter:applied', READY_MS);
  assert.notEqual(await fillOf(page, '410122'), '#d9d9d9', `中牟县 is grey under its own industry ${industry.nameZh}`);
  const otherCounty = await page.locator('.map-svg path[data-code][fill="#d9d9d9"]').count();
  assert.ok(otherCounty > 0, 'under one industry some counties must be grey');

  // Measured again: the page around the map may have moved (fonts, notices), and the map refits.
  const clickAt = await svgPagePoint(page, zhongmu.label);
  await page.mouse.click(clickAt.x, clickAt.y + 6);
  await page.getByRole('heading', { level: 2, name: zhongmu.name }).waitFor({ timeout: 15_000 });
  assert.match(page.url(), /\/region\/410122/);
  assert.equal(await page.locator('.map-svg path.map-selected').count(), 1, 'the selected county is outlined');
}

export default [
  {
    name: 'without WebGL the SVG map is the map, with a notice that says so',
    browserArgs: NO_WEBGL,
    async run({ page, baseURL, helpers }) {
      await page.goto(baseURL);
      const support = await webglSupport(page);
      assert.equal(support.webgl1 || support.webgl2, false, 'the browser still offers WebGL: this test proves nothing');
      await helpers.waitForMark(page, 'map:ready', READY_MS);
      const alert = page.getByRole('alert').first();
      await alert.waitFor({ state: 'visible', timeout: 10_000 });
      assert.match(await alert.innerText(), /WebGL 2/);
      // One notice, in Chinese: not also MapLibre's English error.
      await page.waitForTimeout(500);
      const notices = await page.locator('.notice-bar li').allInnerTexts();
      assert.equal(notices.length, 1, `notices: ${notices.join(' | ')}`);
      assert.doesNotMatch(notices[0], /required|browser/i);
      assert.ok(await page.locator('.map-svg path[data-code]').count() > 0, 'no SVG map');
      assert.equal(await page.locator('.maplibregl-canvas').count(), 0, 'MapLibre was started without WebGL');
      await helpers.screenshot(page, 'webgl-unavailable');
      helpers.assertNoConsoleErrors();
    },
  },
  {
    name: 'without WebGL a county can be hovered, filtered and clicked on the SVG map',
    browserArgs: NO_WEBGL,
    async run({ page, baseURL, helpers }) {
      await hoverFilterClick(page, baseURL, helpers);
    },
  },
  {
    name: 'with WebGL 1 only (MapLibre needs 2) the SVG map is the map and a county can be hovered, filtered and clicked',
    browserArgs: WEBGL1_ONLY,
    async run({ page, baseURL, helpers }) {
      await page.goto(baseURL);
      const support = await webglSupport(page);
      assert.deepEqual(support, { webgl2: false, webgl1: true }, 'this browser does not offer exactly WebGL 1: this test proves nothing');
      await hoverFilterClick(page, baseURL, helpers);
      assert.match(await page.getByRole('alert').first().innerText(), /WebGL 2/);
      assert.equal(await page.locator('.maplibregl-canvas').count(), 0);
    },
  },
  {
    name: 'when MapLibre loses its WebGL context, the SVG map takes over again with a notice',
    async run({ page, baseURL, helpers }) {
      await page.goto(`${baseURL}?industry=food`);
      await helpers.waitForMark(page, 'map:gl-ready', READY_MS);
      await page.evaluate(() => {
        const gl = document.querySelector('.maplibregl-canvas').getContext('webgl2');
        gl.getExtension('WEBGL_lose_context').loseContext();
      });
      await page.getByRole('alert').first().waitFor({ timeout: 10_000 });
      assert.match(await page.getByRole('alert').first().innerText(), /WebGL/);
      await page.locator('.map-svg:not(.map-svg-standby) path[data-code]').first().waitFor({ state: 'visible', timeout: 5_000 });
      assert.equal(await page.locator('.maplibregl-canvas').count(), 0, 'the lost MapLibre map is still there');
    },
  },
  {
    name: 'without WebGL the PNG export draws the SVG map at the chosen scale',
    browserArgs: NO_WEBGL,
    async run({ page, baseURL, helpers }) {
      await page.goto(`${baseURL}?industry=food`);
      await helpers.waitForMark(page, 'map:ready', READY_MS);
      await page.getByRole('alert').first().waitFor({ timeout: 10_000 });
      const mapBox = await page.locator('.map-svg').boundingBox();
      await page.getByText('导出', { exact: true }).click();
      await page.getByRole('combobox', { name: '倍率' }).selectOption('2');
      const bytes = await download(page, () => page.getByRole('button', { name: '导出 PNG 图片' }).click());
      const width = Math.round(mapBox.width * 2);
      const height = Math.round((mapBox.height + 72 + 62) * 2);
      const png = await pngFacts(page, bytes, { rects: { map: [width / 2 - 100, height / 2 - 100, 200, 200] } });
      const facts = { width: png.width, height: png.height, colours: png.colours.map };
      assert.equal(facts.width, Math.round(mapBox.width * 2));
      assert.equal(facts.height, Math.round((mapBox.height + 72 + 62) * 2));
      assert.ok(facts.colours > 5, `the map area looks blank (${facts.colours} colours)`);
    },
  },
  {
    name: 'without WebGL the presentation steps through its slides on the SVG map, in the projector palette',
    browserArgs: NO_WEBGL,
    async run({ page, baseURL, helpers }) {
      await page.goto(`${baseURL}present/1`);
      await helpers.waitForMark(page, 'map:ready', READY_MS);
      assert.ok(await page.locator('.map-svg path[data-code]').count() > 0, 'no SVG map in the presentation');
      assert.match(await page.getByRole('alert').first().innerText(), /WebGL 2/, 'the presentation does not say why the map is simpler');
      // The projector palette's white background (the screen palette's is #f4f1ea).
      assert.equal(await page.locator('.map-svg svg > rect').first().getAttribute('fill'), '#ffffff');
      const before = await page.locator('.map-svg path[data-code]').evaluateAll((paths) => paths.map((path) => path.getAttribute('fill')).join());
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/\/present\/2/);
      await page.waitForFunction((previous) => [...document.querySelectorAll('.map-svg path[data-code]')].map((path) => path.getAttribute('fill')).join() !== previous, before, { timeout: 10_000 });
    },
  },
];
