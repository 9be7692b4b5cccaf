// The two renderers: the SVG map paints first and answers the pointer, MapLibre takes over after its
// first frame without a visible jump, and the selection made on the SVG map survives the swap.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resultsDirectory } from './helpers.mjs';
import { READY_MS, download, svgPagePoint, topology, unit } from './atlas.mjs';

const markTime = (page, name) => page.evaluate((markName) => performance.getEntriesByName(markName, 'mark')[0]?.startTime ?? null, name);

/**
 * Share of pixels of two same-sized PNG screenshots that differ by more than `tolerance` in a channel,
 * decoded in the page (createImageBitmap) so that no PNG decoder is needed here.
 */
async function differingShare(page, first, second, tolerance) {
  return page.evaluate(async ({ first, second, tolerance }) => {
    const pixels = async (base64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    };
    const [a, b] = [await pixels(first), await pixels(second)];
    let differing = 0;
    for (let index = 0; index < a.length; index += 4) {
      if (Math.abs(a[index] - b[index]) > tolerance || Math.abs(a[index + 1] - b[index + 1]) > tolerance || Math.abs(a[index + 2] - b[index + 2]) > tolerance) differing += 1;
    }
    return differing / (a.length / 4);
  }, { first: first.toString('base64'), second: second.toString('base64'), tolerance });
}

export default [
  {
    name: 'the first map is the SVG map (map:ready), then MapLibre shows its first frame (map:gl-ready), in that order',
    async run({ page, baseURL, helpers }) {
      await page.goto(baseURL);
      const readyAt = await helpers.waitForMark(page, 'map:ready', READY_MS);
      const prefectureCount = topology.objects.prefectures.geometries.length;
      assert.equal(await page.locator('.map-svg path[data-code]').count(), prefectureCount, 'one SVG path per prefecture');
      const glReadyAt = await helpers.waitForMark(page, 'map:gl-ready', READY_MS);
      assert.ok(readyAt < glReadyAt, `map:ready (${readyAt} ms) must come before map:gl-ready (${glReadyAt} ms)`);
      console.log(`    map:ready ${Math.round(readyAt)} ms, map:gl-ready ${Math.round(glReadyAt)} ms`);
      await page.locator('.maplibregl-canvas').waitFor({ state: 'visible' });
      assert.equal(await page.locator('.map-svg-standby').count(), 1, 'the SVG map steps back once MapLibre shows the map');
      helpers.assertNoConsoleErrors();
    },
  },
  {
    name: 'a click on the SVG map before MapLibre is ready selects the region, and the selection survives the swap',
    async run({ page, baseURL, helpers }) {
      await page.goto(`${baseURL}?level=county`);
      await helpers.waitForMark(page, 'map:ready', READY_MS);
      const zhongmu = unit('counties', '410122');
      const point = await svgPagePoint(page, zhongmu.label);
      await page.mouse.click(point.x, point.y + 6);
      const glReadyAtClick = await markTime(page, 'map:gl-ready');
      assert.equal(glReadyAtClick, null, 'MapLibre was already showing the map at the click: this test proves nothing');
      await page.getByRole('heading', { level: 2, name: zhongmu.name }).waitFor({ timeout: 15_000 });
      assert.match(page.url(), /\/region\/410122/);
      await helpers.waitForMark(page, 'map:gl-ready', READY_MS);
      assert.match(page.url(), /\/region\/410122/, 'the swap kept the selection');
      await page.getByRole('heading', { level: 2, name: zhongmu.name }).waitFor({ timeout: 15_000 });
    },
  },
  {
    name: 'the SVG map and MapLibre’s first frame draw the same picture (under 1 % of pixels differ beyond antialiasing)',
    timeoutMs: 90_000,
    async run({ page, baseURL, helpers }) {
      await page.goto(baseURL);
      await helpers.waitForMark(page, 'map:gl-ready', READY_MS);
      // Only the map itself: the legend and MapLibre's controls sit on top of either renderer.
      await page.addStyleTag({ content: '.legend, .maplibregl-control-container { display: none !important; }' });
      const pane = page.locator('.map-wrap');
      await page.waitForTimeout(300);
      const gl = await pane.screenshot();
      await page.addStyleTag({ content: '.map-gl { visibility: hidden !important; } .map-svg-standby { visibility: visible !important; }' });
      await page.waitForTimeout(300);
      const svg = await pane.screenshot();
      mkdirSync(resultsDirectory, { recursive: true });
      writeFileSync(path.join(resultsDirectory, 'renderers-align-gl.png'), gl);
      writeFileSync(path.join(resultsDirectory, 'renderers-align-svg.png'), svg);
      const share = await differingShare(page, gl, svg, 48);
      console.log(`    ${(share * 100).toFixed(2)} % of pixels differ by more than 48 in a channel`);
      assert.ok(share < 0.01, `${(share * 100).toFixed(2)} % of pixels differ`);
    },
  },
  {
    name: 'the SVG export is a valid SVG document with the map’s regions, the title and the legend text',
    async run({ page, baseURL, helpers }) {
      await page.goto(`${baseURL}?industry=food`);
      await helpers.waitForMark(page, 'map:gl-ready', READY_MS);
      await page.getByText('导出', { exact: true }).click();
      const bytes = await download(page, () => page.getByRole('button', { name: /SVG/ }).click());
      const facts = await page.evaluate((markup) => {
        const document = new DOMParser().parseFromString(markup, 'image/svg+xml');
        return {
          errors: document.getElementsByTagName('parsererror').length,
          root: document.documentElement.tagName,
          regions: document.querySelectorAll('#map path[data-code]').length,
          texts: [...document.querySelectorAll('text')].map((text) => text.textContent),
        };
      }, bytes.toString('utf8'));
      assert.equal(facts.errors, 0, 'the SVG does not parse');
      assert.equal(facts.root, 'svg');
      assert.equal(facts.regions, topology.objects.prefectures.geometries.length);
      assert.ok(facts.texts.includes('河南产业集群地图'), 'no title');
      assert.ok(facts.texts.includes('无认定集群'), 'no legend text');
      assert.ok(facts.texts.some((text) => /食品产业/.test(text)), 'the filter is not named');
    },
  },
  {
    name: 'a hover made on the SVG map survives the swap: the tooltip stays, and MapLibre answers the next move',
    async run({ page, baseURL, helpers }) {
      await page.goto(baseURL);
      await helpers.waitForMark(page, 'map:ready', READY_MS);
      const luoyang = unit('prefectures', '410300');
      const point = await svgPagePoint(page, luoyang.label);
      await page.mouse.move(point.x, point.y + 8);
      const tooltip = page.getByRole('tooltip');
      await tooltip.waitFor({ timeout: 5_000 });
      assert.equal(await markTime(page, 'map:gl-ready'), null, 'MapLibre was already showing the map at the hover: this test proves nothing');
      await helpers.waitForMark(page, 'map:gl-ready', READY_MS);
      assert.match(await tooltip.innerText(), new RegExp(luoyang.name), 'the tooltip left with the swap');
      await page.mouse.move(point.x + 2, point.y + 10);
      await page.waitForTimeout(300);
      assert.match(await page.getByRole('tooltip').innerText(), new RegExp(luoyang.name));
    },
  },
];
