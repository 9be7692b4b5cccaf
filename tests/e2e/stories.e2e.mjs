// The presenter's kit in a real browser: a story built through the UI lives in its link and plays like
// the tour; it exports as PPTX and PDF (checked by reading the files back); the share QR decodes to
// the view's URL; embed mode works inside an iframe; the presentation works on a phone.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pngFacts, READY_MS } from './atlas.mjs';
import { resultsDirectory } from './helpers.mjs';

const NOTE = '先讲郑州的整车与零部件。';

/**
 * Opens a URL and waits for the first map (the SVG map): nothing here needs MapLibre, whose software-GL
 * start is the slowest part of a page load on a busy machine.
 */
async function gotoReady(page, url, helpers) {
  await page.goto(url);
  await helpers.waitForMark(page, 'map:ready', READY_MS);
}

/** Runs the action, waits for its download and keeps a copy in test-results/ (for a look by hand). */
async function download(page, action) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), action()]);
  const bytes = await readFile(await file.path());
  await mkdir(resultsDirectory, { recursive: true });
  await writeFile(path.join(resultsDirectory, `story${path.extname(file.suggestedFilename())}`), bytes);
  return { name: file.suggestedFilename(), bytes };
}

/** The story parameter's slides as JSON arrays, decoded here by hand: v1.<base64url JSON>.<…>. */
function slidesInUrl(url) {
  const value = new URL(url).searchParams.get('story');
  assert.ok(value !== null, `no story in ${url}`);
  const [version, ...chunks] = value.split('.');
  assert.equal(version, 'v1');
  return chunks.map((chunk) => JSON.parse(Buffer.from(chunk, 'base64url').toString('utf8')));
}

/**
 * Builds a three-slide story through the UI: 郑州市 with automotive (titled, with a note), the province
 * by size at county level, then the table page. Returns the page's URL.
 */
async function buildStory(page, baseURL, helpers) {
  await gotoReady(page, `${baseURL}region/410100?industry=automotive`, helpers);
  await page.getByRole('button', { name: '加入故事' }).click();
  await page.getByRole('textbox', { name: '标题' }).fill('郑州汽车');
  await page.getByRole('textbox', { name: /讲稿备注/ }).fill(NOTE);
  await page.getByRole('link', { name: '河南产业集群地图', exact: true }).click(); // home: the province, filters kept
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('button', { name: '清除产业' }).click();
  await page.getByRole('button', { name: '名义规模合计' }).click();
  await page.getByRole('button', { name: '县（市、区）' }).click();
  await page.getByRole('button', { name: '加入故事' }).click();
  await page.getByRole('link', { name: '表格', exact: true }).click();
  await page.waitForURL(/\/table/);
  await page.getByRole('button', { name: '加入故事' }).click();
  await page.locator('.story-slide').nth(2).waitFor();
  return page.url();
}

export default [
  {
    name: 'a three-slide story built in the UI lives in its link, survives a reload and plays like the tour',
    timeoutMs: 120_000,
    async run({ page, baseURL, helpers }) {
      const url = await buildStory(page, baseURL, helpers);
      const slides = slidesInUrl(url);
      assert.equal(slides.length, 3);
      // [page, region, industries, programme, tier, metric, level, title, note]
      assert.deepEqual(slides[0], [0, '410100', 'automotive', '', 0, 0, 0, '郑州汽车', NOTE]);
      assert.deepEqual(slides[1], [0, '', '', '', 0, 1, 1]);
      assert.deepEqual(slides[2].slice(0, 1), [1]);

      // Reorder: the table slide up to second place, then delete it.
      await page.getByRole('button', { name: '上移 第 3 页' }).click();
      assert.deepEqual(slidesInUrl(page.url()).map((slide) => slide[0]), [0, 1, 0]);
      await page.getByRole('button', { name: '删除 第 2 页' }).click();
      assert.equal(slidesInUrl(page.url()).length, 2);
      await page.getByRole('button', { name: '加入故事' }).click(); // the table again, as the third slide
      assert.equal(slidesInUrl(page.url()).length, 3);

      await page.reload(); // the table page: no map to wait for
      await page.getByRole('button', { name: /我的故事 \(3 页\)/ }).click();
      assert.equal(await page.getByRole('textbox', { name: '标题' }).first().inputValue(), '郑州汽车');
      assert.equal(await page.getByRole('textbox', { name: /讲稿备注/ }).first().inputValue(), NOTE);

      await page.getByRole('link', { name: '播放故事' }).click();
      await page.waitForURL(/\/present\/1\?(.*&)?story=v1\./);
      await page.getByRole('heading', { level: 1, name: '郑州汽车' }).waitFor();
      assert.match(await page.locator('.step-counter').innerText(), /^1 \/ 3$/);
      assert.match(await page.locator('.presentation-header p').innerText(), /郑州市 · 汽车及零部件/);
      assert.equal(await page.title(), '郑州汽车 — 河南产业集群地图');
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/\/present\/2\?(.*&)?story=/);
      await page.getByRole('heading', { level: 1, name: '河南省全省' }).waitFor();
      // The room scans the slide's live view; Esc closes the code, not the presentation.
      await page.getByRole('button', { name: '二维码' }).click();
      await page.getByRole('dialog').locator('img').waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      assert.match(page.url(), /\/present\/2\?/);
      await page.keyboard.press('End');
      await page.waitForURL(/\/present\/3\?(.*&)?story=/);
      await helpers.screenshot(page, 'story-slide-3');
      await page.keyboard.press('Escape');
      await page.waitForURL((target) => target.pathname === '/' && target.searchParams.has('story'));
      helpers.assertNoConsoleErrors();
    },
  },
  {
    name: 'the built-in tour becomes an editable story with the titles the tour gives its steps',
    async run({ page, baseURL, helpers }) {
      await gotoReady(page, baseURL, helpers);
      await page.getByRole('button', { name: /我的故事/ }).click();
      await page.getByRole('button', { name: '从内置导览开始（20 页）' }).click();
      const slides = slidesInUrl(page.url());
      assert.equal(slides.length, 20);
      assert.equal(slides[0][7], '河南省“百千万”亿级产业集群');
      assert.equal(slides[19][7], '千亿级产业集群');
      assert.deepEqual(slides[19].slice(0, 7), [0, '', '', '', 1000, 1, 0]); // the 千亿 step: tier 1000, size
      await page.getByRole('link', { name: '播放故事' }).click();
      await page.getByRole('heading', { level: 1, name: '河南省“百千万”亿级产业集群' }).waitFor();
      assert.match(await page.locator('.step-counter').innerText(), /^1 \/ 20$/);
    },
  },
  {
    name: 'a truncated story link keeps the slides that decode and says which was lost',
    async run({ page, baseURL, helpers }) {
      const chunk = (json) => Buffer.from(JSON.stringify(json), 'utf8').toString('base64url');
      const value = `v1.${chunk([0, '410100', 'food', '', 0, 1, 0, '郑州食品'])}.${chunk([0, '', '', '', 0, 0, 1]).slice(0, 9)}`;
      await gotoReady(page, `${baseURL}present/1?story=${value}`, helpers);
      await page.getByRole('heading', { level: 1, name: '郑州食品' }).waitFor();
      assert.match(await page.locator('.step-counter').innerText(), /^1 \/ 1$/);
      assert.match(await page.getByRole('alert').innerText(), /第 2 页无法读取/);
    },
  },
  {
    name: 'the story exports as a PPTX: one 16:9 slide per step, map pictures, Chinese text in Microsoft YaHei, notes',
    timeoutMs: 150_000,
    async run({ page, baseURL, helpers }) {
      await buildStory(page, baseURL, helpers);
      const { name, bytes } = await download(page, () => page.getByRole('button', { name: '导出 PowerPoint' }).click());
      assert.match(name, /^henan-story-\d{4}-\d{2}-\d{2}\.pptx$/);
      const zip = await JSZip.loadAsync(bytes);
      const slideFiles = Object.keys(zip.files).filter((file) => /^ppt\/slides\/slide\d+\.xml$/.test(file));
      assert.equal(slideFiles.length, 3);
      const presentation = await zip.file('ppt/presentation.xml').async('string');
      assert.match(presentation, /<p:sldSz cx="12192000" cy="6858000"/); // 13.333 in × 7.5 in: 16:9
      const slide1 = await zip.file('ppt/slides/slide1.xml').async('string');
      assert.ok(slide1.includes('郑州汽车'), 'slide 1 has its title');
      assert.ok(slide1.includes('郑州市 · 汽车及零部件'), 'slide 1 names its view');
      assert.ok(slide1.includes('<a:ea typeface="Microsoft YaHei"'), 'East Asian font set on the runs');
      const theme = await zip.file('ppt/theme/theme1.xml').async('string');
      assert.ok(theme.includes('<a:ea typeface="Microsoft YaHei"/>'), 'East Asian font set in the theme');
      const notes = await Promise.all(Object.keys(zip.files).filter((file) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(file)).map((file) => zip.file(file).async('string')));
      assert.ok(notes.some((xml) => xml.includes(NOTE)), 'the note is in the speaker notes');

      const media = Object.keys(zip.files).filter((file) => /^ppt\/media\/.*\.png$/.test(file));
      assert.ok(media.length >= 3, `pictures: ${media.join(', ')}`);
      const pictures = await Promise.all(media.map((file) => zip.file(file).async('base64')));
      const facts = await page.evaluate(async (images) => Promise.all(images.map(async (base64) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        context.drawImage(bitmap, 0, 0);
        const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
        const colours = new Set();
        for (let index = 0; index < data.length; index += 4 * 97) colours.add(`${data[index]},${data[index + 1]},${data[index + 2]}`);
        return { width: bitmap.width, height: bitmap.height, colours: colours.size };
      })), pictures);
      const maps = facts.filter((fact) => fact.width === 1600 && fact.height === 1080);
      // The QR code on slide 1 opens that slide's live view.
      const relations = await zip.file('ppt/slides/_rels/slide1.xml.rels').async('string');
      const slideImages = [...relations.matchAll(/Target="\.\.\/media\/([^"]+\.png)"/g)].map((match) => `ppt/media/${match[1]}`);
      const qrIndex = media.findIndex((file, index) => slideImages.includes(file) && facts[index].width === facts[index].height);
      assert.ok(qrIndex >= 0, `no square picture on slide 1: ${slideImages.join(', ')}`);
      const qr = await page.evaluate(async (base64) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        context.drawImage(bitmap, 0, 0);
        return { width: bitmap.width, height: bitmap.height, data: Array.from(context.getImageData(0, 0, bitmap.width, bitmap.height).data) };
      }, pictures[qrIndex]);
      const decoded = jsQR(Uint8ClampedArray.from(qr.data), qr.width, qr.height);
      assert.equal(decoded?.data, `${baseURL}region/410100?industry=automotive`);
      assert.equal(maps.length, 3, `2× map pictures (1600 × 1080): ${JSON.stringify(facts)}`);
      for (const map of maps) assert.ok(map.colours > 8, `a map picture looks blank: ${JSON.stringify(map)}`);
      console.log(`    PPTX: ${bytes.length} bytes, ${media.length} pictures`);
    },
  },
  {
    name: 'the story exports as a PDF with one page per slide and searchable Chinese text',
    timeoutMs: 150_000,
    async run({ page, baseURL, helpers }) {
      await buildStory(page, baseURL, helpers);
      const { name, bytes } = await download(page, () => page.getByRole('button', { name: '导出 PDF' }).click());
      assert.match(name, /^henan-story-\d{4}-\d{2}-\d{2}\.pdf$/);
      const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
      assert.equal(pdf.numPages, 3);
      const first = await pdf.getPage(1);
      const [, , width, height] = first.view;
      assert.ok(Math.abs(width / height - 16 / 9) < 0.01, `page is ${width} × ${height}`);
      const text = (await first.getTextContent()).items.map((item) => item.str).join('');
      assert.ok(text.includes('郑州汽车'), `page 1 text: ${text.slice(0, 200)}`);
      assert.ok(text.includes('汽车及零部件'), 'page 1 names the industry');
      assert.ok(text.includes('郑州市'), 'the map labels are text');
      const third = (await (await pdf.getPage(3)).getTextContent()).items.map((item) => item.str).join('');
      assert.ok(third.includes('河南省全省'), `page 3 text: ${third.slice(0, 200)}`);
      console.log(`    PDF: ${bytes.length} bytes`);
    },
  },
  {
    name: 'the share QR code decodes to the URL of the current view',
    async run({ page, baseURL, helpers }) {
      await gotoReady(page, `${baseURL}region/410100?industry=automotive`, helpers);
      assert.equal(await page.title(), '郑州市 · 汽车及零部件 — 河南产业集群地图');
      await page.getByRole('button', { name: '分享' }).click();
      const image = page.getByRole('img', { name: '扫码打开当前视图' });
      await image.waitFor();
      const pixels = await image.evaluate(async (element) => {
        await element.decode();
        const canvas = document.createElement('canvas');
        canvas.width = element.naturalWidth;
        canvas.height = element.naturalHeight;
        const context = canvas.getContext('2d');
        context.drawImage(element, 0, 0);
        return { width: canvas.width, height: canvas.height, data: Array.from(context.getImageData(0, 0, canvas.width, canvas.height).data) };
      });
      const code = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
      assert.ok(code !== null, 'the QR code does not decode');
      assert.equal(code.data, page.url());
      assert.equal(await page.getByRole('textbox', { name: '当前视图的链接' }).inputValue(), page.url());
      await page.getByRole('button', { name: '全屏显示二维码' }).click();
      const large = await page.getByRole('dialog').locator('img').boundingBox();
      assert.ok(large.width >= 600, `full-screen QR is ${large.width} px wide`);
    },
  },
  {
    name: 'embed mode inside an iframe shows the map and legend only, with a link that opens the atlas',
    async run({ page, baseURL, helpers }) {
      const requests = helpers.trackRequests(page);
      await page.goto(`${baseURL}table`);
      await page.setContent(`<!doctype html><iframe title="atlas" src="${baseURL}?embed=1&industry=food" width="800" height="600"></iframe>`);
      const frame = page.frameLocator('iframe[title="atlas"]');
      await frame.locator('.legend').waitFor({ timeout: READY_MS });
      await frame.locator('.map-wrap svg, .map-wrap canvas').first().waitFor();
      assert.equal(await frame.locator('.app-header, .sidebar, .panel').count(), 0, 'no app chrome in embed mode');
      const link = frame.getByRole('link', { name: /在河南产业集群地图中打开/ });
      assert.equal(await link.getAttribute('href'), '/?industry=food');
      assert.equal(await link.getAttribute('target'), '_blank');
      const box = await frame.locator('.embed-map').boundingBox();
      assert.ok(box.width > 780 && box.height > 500, `embedded map is ${box.width} × ${box.height}`);
      requests.assertSameOrigin();
    },
  },
  {
    name: 'on a 390 × 844 phone the presentation keeps a real map and horizontal buttons, upright and on its side',
    async run({ page, baseURL, helpers }) {
      await page.setViewportSize({ width: 390, height: 844 });
      await gotoReady(page, `${baseURL}present/5`, helpers);
      const check = async (label, minimum) => {
        const map = await page.locator('.presentation-body .map-wrap').boundingBox();
        assert.ok(map.width >= minimum.width && map.height >= minimum.height, `${label}: map is ${map.width} × ${map.height}`);
        for (const button of await page.locator('.presentation-footer button').all()) {
          const box = await button.boundingBox();
          assert.ok(box.height < 48 && box.width > box.height, `${label}: a button is ${box.width} × ${box.height} (text running vertically)`);
        }
      };
      await check('portrait', { width: 380, height: 300 });
      await helpers.screenshot(page, 'present-phone-portrait');
      await page.setViewportSize({ width: 844, height: 390 });
      await check('landscape', { width: 480, height: 200 });
      await helpers.screenshot(page, 'present-phone-landscape');
    },
  },
  {
    name: 'the PNG export at 1024 × 768 is that size on a small window, with the map, legend and scale bar drawn in',
    async run({ page, baseURL, helpers }) {
      await page.setViewportSize({ width: 1024, height: 768 });
      await gotoReady(page, `${baseURL}region/410100?industry=automotive`, helpers);
      await page.getByText('导出', { exact: true }).click();
      await page.getByRole('combobox', { name: '倍率' }).selectOption('1024x768');
      const { name, bytes } = await download(page, () => page.getByRole('button', { name: /导出 PNG/ }).click());
      assert.match(name, /-1024x768\.png$/);
      // Map below the 72 px header; legend box at (12, 84); scale bar in the map's bottom-right corner.
      const png = await pngFacts(page, bytes, { rects: { map: [400, 250, 300, 300], legend: [14, 86, 120, 80], scale: [1024 - 180, 768 - 62 - 34, 170, 30] } });
      const facts = { width: png.width, height: png.height, ...png.colours };
      assert.equal(facts.width, 1024);
      assert.equal(facts.height, 768);
      assert.ok(facts.map > 5, `map looks blank: ${JSON.stringify(facts)}`);
      assert.ok(facts.legend > 3, `legend looks blank: ${JSON.stringify(facts)}`);
      assert.ok(facts.scale > 2, `no scale bar: ${JSON.stringify(facts)}`);
    },
  },
  {
    name: "print keeps the selected region's panel after the map",
    async run({ page, baseURL, helpers }) {
      await page.goto(`${baseURL}region/410100`);
      await helpers.waitForMark(page, 'map:ready', READY_MS);
      await page.emulateMedia({ media: 'print' });
      assert.ok(await page.locator('.panel').isVisible(), 'the panel is hidden in print');
      assert.ok(await page.locator('.panel').getByRole('heading', { name: '郑州市' }).first().isVisible());
      assert.equal(await page.locator('.sidebar').isVisible(), false, 'filters are not printed');
    },
  },
  {
    name: 'on a phone the region panel comes right after the map, before the filters',
    async run({ page, baseURL, helpers }) {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${baseURL}region/410100`);
      await helpers.waitForMark(page, 'map:ready', READY_MS);
      const panel = await page.locator('.panel').boundingBox();
      const filters = await page.locator('.sidebar').boundingBox();
      assert.ok(panel.y < filters.y, `panel at ${panel.y} px, filters at ${filters.y} px`);
      assert.ok(panel.y < 844, `panel starts ${panel.y} px down`);
    },
  },
];
