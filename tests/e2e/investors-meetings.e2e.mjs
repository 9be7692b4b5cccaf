// Investor and presenter features in a real browser: tour keys, PNG/CSV export, language.
import assert from 'node:assert/strict';
import Papa from 'papaparse';
import { clusters, download, gotoReady, pagePoint, pngFacts, READY_MS, unit } from './atlas.mjs';

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
    name: 'the 万亿级 step lists the three province-wide targets of 一(四), not "0 个集群 · 0 亿元"',
    async run({ page, baseURL, helpers }) {
      await gotoReady(page, `${baseURL}present/19`, helpers);
      await page.getByRole('heading', { level: 1, name: '万亿级产业集群' }).waitFor();
      // 一(四) 优势集群: "全省形成装备制造和食品2个万亿级产业集群,战略性新兴产业集群规模超过1万亿元"; no region has one.
      assert.equal(await page.locator('.presentation-header > p').first().innerText(), '规划没有在任何地区认定万亿级集群 · 全省目标 3 项（不属于任何地区）');
      assert.deepEqual(await page.locator('.tour-items > li > strong').allInnerTexts(),
        ['装备制造万亿级产业集群', '食品万亿级产业集群', '战略性新兴产业集群(规模超过1万亿元)']);
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
      // The on-screen legend's swatch colours, which the export must draw in the same order.
      const swatches = await page.locator('.legend .swatch').evaluateAll((elements) => elements.map((element) => getComputedStyle(element).backgroundColor));
      const width = Math.round(mapBox.width * 2);
      const height = Math.round((mapBox.height + 72 + 62) * 2); // header 72, footer 62 CSS px
      // Legend swatches (src/export/map-image.ts): 18 × 12 CSS px at x 22, y 72 + 12 + 30 + 20 per row.
      const swatchCentres = Object.fromEntries(swatches.map((_, row) => [row, [(22 + 9) * 2, (72 + 12 + 30 + 20 * row + 6) * 2]]));
      // The map area (below the 72 px header) in the middle.
      const png = await pngFacts(page, bytes, { rects: { map: [width / 2 - 100, height / 2 - 100, 200, 200] }, pixels: swatchCentres });
      const facts = { width: png.width, height: png.height, mapColours: png.colours.map, swatchColours: swatches.map((_, row) => png.pixels[row]) };
      assert.equal(facts.width, width);
      assert.equal(facts.height, height);
      assert.ok(facts.mapColours > 5, `map area looks blank (${facts.mapColours} colours)`);
      // The default view (count by prefecture) has several classes and then the no-designation grey.
      assert.ok(swatches.length >= 3, `the on-screen legend has ${swatches.length} swatches`);
      assert.equal(swatches.at(-1), 'rgb(217, 217, 217)');
      assert.deepEqual(facts.swatchColours, swatches, 'the exported legend does not show the on-screen legend\'s swatches');
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
    name: 'the site finder ranks counties and prefectures for an industry and pins one for comparison',
    async run({ page, baseURL, helpers }) {
      await gotoReady(page, `${baseURL}finder?industry=home`, helpers);
      const [countyList, prefectureList] = [page.locator('.candidates').nth(0), page.locator('.candidates').nth(1)];
      await countyList.locator('li').first().waitFor();
      await helpers.screenshot(page, 'site-finder');
      const codes = (list) => list.locator(':scope > li').evaluateAll((items) => items.map((item) => item.dataset.code));
      // 二(五) 现代家居产业: "建设郑州千亿级综合性现代家居产业集群 ;建设民权、新乡百亿级家电产业集群 ,信阳、清丰、
      // 原阳、兰考等百亿级家具产业集群 ,内黄、鹤壁百亿级陶瓷产业集群". Counties named by the plan come first
      // (兰考, 内黄, 原阳, 清丰, 民权: all 百亿级, 100 亿元, so in code order), then the counties of 郑州, which
      // the plan names as a whole at 千亿级, before those of the 百亿级 prefectures; 中原区 has 郑州's lowest code.
      assert.deepEqual((await codes(countyList)).slice(0, 6), ['410225', '410527', '410725', '410922', '411421', '410102']);
      // Prefectures: 郑州 (千亿级), then 新乡 (新乡 家电 + 原阳 家具: 200 亿元), then the six with 100 亿元 in code
      // order: 开封 (兰考), 安阳 (内黄), 鹤壁, 濮阳 (清丰), 商丘 (民权), 信阳.
      assert.deepEqual(await codes(prefectureList), ['410100', '410700', '410200', '410500', '410600', '410900', '411400', '411500']);
      await countyList.locator('li').first().getByRole('button', { name: '加入对比' }).click();
      assert.match(page.url(), /pins=410225/);
      await page.getByRole('link', { name: /对比/ }).click();
      await page.getByRole('table', { name: '对比' }).waitFor();
      assert.match(page.url(), /\/compare\?.*pins=/);
    },
  },
  {
    name: 'clicking the map on the nearby page finds the county and lists clusters by distance',
    async run({ page, baseURL, helpers }) {
      await gotoReady(page, `${baseURL}nearby?radius=50`, helpers);
      const zhongmu = unit('counties', '410122');
      const point = await pagePoint(page, zhongmu.label);
      await page.mouse.click(point.x, point.y + 10);
      await page.waitForURL(/[?&]at=/);
      await page.getByRole('link', { name: `位于 ${zhongmu.name}` }).waitFor();
      const items = await page.locator('.nearby-list li').allInnerTexts();
      // 二(三): "依托郑州经济技术、中牟汽车、开封汴西、郑州国际物流、荥阳市等产业集聚区 ,建设郑汴 2000亿级整车及零部件
      // 产业集群": 中牟 itself is one of its places, so the cluster is listed as inside.
      assert.ok(items.some((text) => text.includes('郑汴整车及零部件产业集群') && text.includes('就在该地区内')), items.join('\n'));
      const distances = items.map((text) => (text.includes('就在该地区内') ? 0 : Number(/距其边界 ([\d.]+) 公里/.exec(text)?.[1])));
      assert.ok(distances.every((km) => Number.isFinite(km) && km <= 50), distances.join(', '));
      assert.deepEqual(distances, [...distances].sort((a, b) => a - b), 'not sorted by distance');
      assert.ok(distances.some((km) => km > 0), 'nothing outside 中牟 within 50 km');
    },
  },
];
