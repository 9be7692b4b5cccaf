// The cluster map in a real browser: labels, clicks, filters, deep links, history, search.
import assert from 'node:assert/strict';
import { afterFilter, clusters, coloursAround, fillColorAt, gotoReady, isGrey, pagePoint, unit, waitForFill, READY_MS } from './atlas.mjs';

const ZHONGMU = unit('counties', '410122'); // 中牟县, 郑州
const prefectureOf = (code) => (code === '419001' ? code : `${code.slice(0, 4)}00`);

export default [
  {
    name: 'prefecture labels are drawn with the bundled font, not a fallback',
    async run({ page, baseURL, helpers }) {
      const luoyang = unit('prefectures', '410300');
      await gotoReady(page, baseURL, helpers);
      await page.waitForFunction(() => document.querySelector('.maplibregl-canvas') !== null);
      const box = await pagePoint(page, luoyang.label);
      const clip = { x: box.x - 40, y: box.y - 14, width: 80, height: 28 };
      const withFont = await page.screenshot({ clip });
      await helpers.screenshot(page, 'labels-with-font');
      // The same view with the font file blocked: labels fall back to whatever the machine has.
      const fallbackPage = await page.context().newPage();
      await fallbackPage.route(/atlas-sans.*\.woff2/, (route) => route.abort());
      await gotoReady(fallbackPage, baseURL, helpers);
      const withoutFont = await fallbackPage.screenshot({ clip });
      assert.notDeepEqual(withFont, withoutFont, 'the label looks the same without the bundled font');
      await fallbackPage.close();
    },
  },
  {
    name: 'clicking a county on the canvas selects it and opens its panel',
    async run({ page, baseURL, helpers }) {
      await gotoReady(page, `${baseURL}?level=county`, helpers);
      const point = await pagePoint(page, ZHONGMU.label);
      await page.mouse.click(point.x, point.y + 10);
      await page.getByRole('heading', { level: 2, name: ZHONGMU.name }).waitFor({ timeout: READY_MS });
      assert.match(page.url(), /\/region\/410122\?level=county$/);
      await helpers.screenshot(page, 'county-selected');
    },
  },
  {
    name: 'hovering a prefecture shows its name and figures under the current filter',
    async run({ page, baseURL, helpers }) {
      const luoyang = unit('prefectures', '410300');
      const equipmentHere = clusters.filter((c) => c.industry === 'equipment' && c.scope === 'local' && c.places.some((p) => prefectureOf(p.code) === '410300')).length;
      await gotoReady(page, `${baseURL}?industry=equipment`, helpers);
      const point = await pagePoint(page, luoyang.label);
      await page.mouse.move(point.x, point.y + 12);
      const tooltip = page.getByRole('tooltip');
      await tooltip.waitFor();
      const text = await tooltip.innerText();
      assert.match(text, /洛阳市/);
      assert.match(text, new RegExp(`集群 ${equipmentHere} 个`));
    },
  },
  {
    name: 'an industry filter recolours the map and marks filter:applied',
    async run({ page, baseURL, helpers }) {
      // A prefecture with designated clusters but none in new energy turns grey under that filter.
      const withNewEnergy = new Set(clusters.filter((c) => c.industry === 'new-energy').flatMap((c) => c.places.map((p) => prefectureOf(p.code))));
      const target = clusters.filter((c) => c.scope === 'local').flatMap((c) => c.places.map((p) => prefectureOf(p.code)))
        .find((code) => !withNewEnergy.has(code));
      assert.ok(target, 'no prefecture without new-energy clusters in the data');
      const label = unit('prefectures', target).label;
      await gotoReady(page, baseURL, helpers);
      const before = await fillColorAt(page, label);
      assert.ok(!isGrey(before), `expected a coloured fill before filtering, got ${before}`);
      const industry = page.getByRole('checkbox', { name: /新能源产业/ });
      await afterFilter(page, helpers, () => industry.check());
      const after = await fillColorAt(page, label);
      assert.ok(isGrey(after), `expected the no-designation grey after filtering, got ${after}`);
      assert.match(page.url(), /industry=new-energy/);
      await helpers.screenshot(page, 'filter-new-energy');
    },
  },
  {
    name: 'switching level redraws the other level with its own colours, and back',
    async run({ page, baseURL, helpers }) {
      const zhengzhou = unit('prefectures', '410100').label;
      const zhongmu = unit('counties', '410122').label; // 中牟: a county with a cluster of its own (automotive)
      await gotoReady(page, `${baseURL}?level=county`, helpers);
      const countyColour = await fillColorAt(page, zhongmu);
      assert.ok(!isGrey(countyColour), `中牟 should be coloured at county level, got ${countyColour}`);
      await page.getByRole('button', { name: '省辖市', exact: true }).click();
      await page.waitForFunction(() => !location.search.includes('level=county'));
      const prefectureColour = await waitForFill(page, zhengzhou, (colour) => !isGrey(colour));
      assert.ok(!isGrey(prefectureColour), `郑州 should be coloured at prefecture level, got ${prefectureColour}`);
      await page.getByRole('button', { name: '县（市、区）', exact: true }).click();
      const back = await waitForFill(page, zhongmu, (colour) => colour.join() === countyColour.join());
      assert.deepEqual(back, countyColour);
    },
  },
  {
    name: 'the county view hatches prefectures that the plan names as a whole',
    async run({ page, baseURL, helpers }) {
      // Equipment: "培育郑州、新乡、焦作千亿级装备产业集群" names 郑州 and 新乡 as whole cities (a bare city
      // name, not a zone). 登封市 and 延津县 have no equipment cluster of their own, so they are grey,
      // hatched. Light industry names no prefecture as a whole and no cluster in either county. 延津 lies
      // in the north, 登封 in the west: the hatch must cover every tile, not one.
      const namedIn = (industry, code) => clusters.some((c) => c.industry === industry && c.places.some((p) => p.code === code));
      const namedWhole = (industry, code) => clusters.some((c) => c.industry === industry && c.places.some((p) => p.code === code && p.zone === null));
      const counties = [['410185', '410100'], ['410726', '410700']];
      for (const [county, prefecture] of counties) {
        assert.equal(namedIn('equipment', county), false);
        assert.equal(namedWhole('equipment', prefecture), true);
        assert.equal(namedWhole('light-textile', prefecture), false);
        assert.equal(namedIn('light-textile', county), false);
      }
      await gotoReady(page, `${baseURL}?industry=equipment&level=county`, helpers);
      const hatched = [];
      for (const [county] of counties) hatched.push(await coloursAround(page, unit('counties', county).label));
      await page.getByText('斜线：规划点名到整个省辖市的集群').waitFor();
      await helpers.screenshot(page, 'county-hatch');
      await gotoReady(page, `${baseURL}?industry=light-textile&level=county`, helpers);
      for (const [index, [county]] of counties.entries()) {
        const plain = await coloursAround(page, unit('counties', county).label);
        assert.ok(hatched[index] > plain + 1, `${county}: expected more colours under the hatch (${hatched[index]}) than without it (${plain})`);
      }
    },
  },
  {
    name: 'a deep link restores region, filters, metric and level',
    async run({ page, baseURL, helpers }) {
      await gotoReady(page, `${baseURL}region/410122?industry=automotive&metric=size&level=county`, helpers);
      await page.getByRole('heading', { level: 2, name: ZHONGMU.name }).waitFor();
      assert.equal(await page.getByRole('checkbox', { name: /汽车/ }).isChecked(), true);
      assert.equal(await page.getByRole('button', { name: '名义规模合计' }).getAttribute('aria-pressed'), 'true');
      assert.equal(await page.getByRole('button', { name: '县（市、区）' }).getAttribute('aria-pressed'), 'true');
    },
  },
  {
    name: 'an unknown region code shows a notice and the overview, not a blank page',
    async run({ page, baseURL, helpers }) {
      await gotoReady(page, `${baseURL}region/999999?industry=steel`, helpers);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.innerText();
      assert.match(text, /999999/);
      assert.match(text, /steel/);
      await page.getByRole('heading', { level: 2, name: '全省概览' }).waitFor();
      helpers.assertNoConsoleErrors();
    },
  },
  {
    name: 'back and forward restore the filter',
    async run({ page, baseURL, helpers }) {
      await gotoReady(page, baseURL, helpers);
      const food = page.getByRole('checkbox', { name: /食品产业/ });
      await afterFilter(page, helpers, () => food.check());
      assert.match(page.url(), /industry=food/);
      await page.goBack();
      await page.waitForFunction(() => !location.search.includes('industry'));
      assert.equal(await food.isChecked(), false);
      await page.goForward();
      await page.waitForFunction(() => location.search.includes('industry=food'));
      assert.equal(await food.isChecked(), true);
    },
  },
  {
    name: 'typing pinyin in the search and pressing Enter jumps to the county',
    async run({ page, baseURL, helpers }) {
      await gotoReady(page, baseURL, helpers);
      const search = page.getByRole('combobox', { name: '搜索地区、园区、集群、专项、单位与规划原文' });
      await search.fill('gongyi');
      await search.press('Enter');
      await page.getByRole('heading', { level: 2, name: '巩义市' }).waitFor();
      assert.match(page.url(), /\/region\/410181$/);
    },
  },
  {
    name: 'the table view lists the regions sorted and links to them',
    async run({ page, baseURL }) {
      await page.goto(`${baseURL}table?metric=count`);
      const table = page.getByRole('table', { name: '地区' });
      await table.waitFor();
      const rows = await table.locator('tbody tr').count();
      assert.equal(rows, 18);
      await table.getByRole('button', { name: '按集群数排序' }).click();
      const counts = await table.locator('tbody tr td:nth-child(3)').allInnerTexts();
      const numbers = counts.map(Number);
      assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a));
    },
  },
];
