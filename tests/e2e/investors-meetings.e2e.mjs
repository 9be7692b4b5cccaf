// Investor and presenter features in a real browser: tour keys, PNG/CSV export, language.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { clusters, gotoReady, READY_MS } from './atlas.mjs';

async function download(page, action) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: READY_MS }), action()]);
  return readFile(await file.path());
}

export default [
  {
    name: 'the tour steps with arrow keys and space, each step its own URL, Esc leaves',
    async run({ page, baseURL, helpers }) {
      await gotoReady(page, `${baseURL}present/1`, helpers);
      const counter = page.locator('.step-counter');
      assert.match(await counter.innerText(), /^1 \/ 20$/);
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/\/present\/2$/);
      await page.locator('.step-counter', { hasText: /^2 \/ 20$/ }).waitFor();
      await page.keyboard.press(' ');
      await page.waitForURL(/\/present\/3$/);
      await page.keyboard.press('ArrowLeft');
      await page.waitForURL(/\/present\/2$/);
      await helpers.screenshot(page, 'presentation-step-2');
      await page.keyboard.press('Escape');
      await page.waitForURL((url) => url.pathname === '/');
    },
  },
  {
    name: 'a tour step URL opens that step directly',
    async run({ page, baseURL, helpers }) {
      await gotoReady(page, `${baseURL}present/20`, helpers);
      await page.getByRole('heading', { level: 1, name: '千亿级产业集群' }).waitFor();
      assert.match(await page.locator('.step-counter').innerText(), /^20 \/ 20$/);
    },
  },
  {
    name: 'the PNG export has the chosen size, map pixels and the legend drawn in',
    async run({ page, baseURL, helpers }) {
      await gotoReady(page, baseURL, helpers);
      const mapBox = await page.locator('.maplibregl-canvas').boundingBox();
      await page.getByText('导出', { exact: true }).click();
      await page.getByRole('combobox', { name: '倍率' }).selectOption('2');
      const bytes = await download(page, () => page.getByRole('button', { name: '导出 PNG 图片' }).click());
      const facts = await page.evaluate(async (base64) => {
        const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        context.drawImage(bitmap, 0, 0);
        const colours = (x, y, w, h) => {
          const data = context.getImageData(x, y, w, h).data;
          const set = new Set();
          for (let i = 0; i < data.length; i += 4) set.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
          return set.size;
        };
        return {
          width: bitmap.width,
          height: bitmap.height,
          // The map area (below the 72 px header) in the middle; the legend box in the top-left corner.
          mapColours: colours(bitmap.width / 2 - 100, bitmap.height / 2 - 100, 200, 200),
          legendColours: colours(24 * 2, (72 + 12) * 2, 120, 120),
        };
      }, bytes.toString('base64'));
      assert.equal(facts.width, Math.round(mapBox.width * 2));
      assert.equal(facts.height, Math.round((mapBox.height + 72 + 62) * 2)); // header 72, footer 62 CSS px
      assert.ok(facts.mapColours > 5, `map area looks blank (${facts.mapColours} colours)`);
      assert.ok(facts.legendColours > 3, `legend area looks blank (${facts.legendColours} colours)`);
    },
  },
  {
    name: 'the CSV export parses back to the filtered clusters, with a BOM',
    async run({ page, baseURL, helpers }) {
      await gotoReady(page, `${baseURL}?industry=food`, helpers);
      await page.getByText('导出', { exact: true }).click();
      const bytes = await download(page, () => page.getByRole('button', { name: '导出集群 CSV' }).click());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'no UTF-8 byte-order mark');
      const parsed = Papa.parse(bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true });
      assert.deepEqual(parsed.errors, []);
      const expected = clusters.filter((cluster) => cluster.industry === 'food').map((cluster) => cluster.id).sort();
      assert.deepEqual(parsed.data.map((row) => row.id).sort(), expected);
      assert.ok(parsed.data.every((row) => row.quote.length > 0 && /[\u4e00-\u9fff]/.test(row.nameZh)));
    },
  },
  {
    name: 'printing shows the title, the vector (SVG) map, legend and source line, and none of the controls',
    async run({ page, baseURL, helpers }) {
      await gotoReady(page, `${baseURL}?industry=food`, helpers);
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['.sidebar', '.panel', '.app-header nav', '.export-menu']) {
        assert.equal(await page.locator(hidden).isVisible(), false, `${hidden} is printed`);
      }
      assert.equal(await page.locator('.maplibregl-canvas').isVisible(), false, 'the WebGL canvas is printed (print uses the SVG map)');
      for (const shown of ['.app-header h1', '.map-svg svg', '.legend', '.print-source']) {
        assert.equal(await page.locator(shown).isVisible(), true, `${shown} is not printed`);
      }
      assert.match(await page.locator('.print-source').innerText(), /食品产业/);
      const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
      // One page: a PDF's page objects are "/Type /Page" (not "/Pages").
      assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, 1);
    },
  },
  {
    name: 'the language switch changes the UI text and survives a reload',
    async run({ page, baseURL, helpers }) {
      await gotoReady(page, baseURL, helpers);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 2, name: 'Province overview' }).waitFor();
      assert.match(page.url(), /lang=en/);
      await page.reload();
      await helpers.waitForMark(page, 'map:ready', READY_MS);
      await page.getByRole('heading', { level: 2, name: 'Province overview' }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.ok(await page.getByRole('checkbox', { name: /Electronic/i }).count() > 0);
    },
  },
  {
    name: 'the site finder ranks counties for an industry and pins one for comparison',
    async run({ page, baseURL, helpers }) {
      await gotoReady(page, `${baseURL}finder?industry=automotive`, helpers);
      const first = page.locator('.candidates li').first();
      await first.waitFor();
      await helpers.screenshot(page, 'site-finder');
      await first.getByRole('button', { name: '加入对比' }).click();
      assert.match(page.url(), /pins=\d{6}/);
      await page.getByRole('link', { name: /对比/ }).click();
      await page.getByRole('table', { name: '对比' }).waitFor();
      assert.match(page.url(), /\/compare\?.*pins=/);
    },
  },
  {
    name: 'clicking the map on the nearby page finds the county and lists clusters by distance',
    async run({ page, baseURL, helpers }) {
      await gotoReady(page, `${baseURL}nearby?at=113.65,34.76&radius=50`, helpers);
      await page.getByText(/位于/).waitFor();
      const distances = await page.locator('.nearby-list li .muted').allInnerTexts();
      assert.ok(distances.length > 0, 'no cluster within 50 km of Zhengzhou');
    },
  },
];
