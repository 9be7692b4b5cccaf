// The plan reader (/plan) and its round trips with the map and the search: what only a browser shows —
// the reader lands on the highlighted sentence, a highlight leads to the region on the map, the
// position survives a reload. Expected ids and places come from data/plan/clusters.json.
import assert from 'node:assert/strict';
import { CHINESE_CHECK, ENGLISH_CHECK, findVisible } from './visible-text.mjs';

/** Whether an element lies inside the reader's scrolling column (the reader scrolls, not the page). */
async function inReaderView(locator) {
  return locator.evaluate((element) => {
    const container = element.closest('.plan-scroll');
    const box = element.getBoundingClientRect();
    const view = container.getBoundingClientRect();
    return box.top >= view.top && box.bottom <= view.bottom && box.height > 0;
  });
}

const HEBI = '[data-marks~="c-electronics-hebi-jinshan"]';

export default [
  {
    name: 'the reader opens at a designation: its sentence highlighted and scrolled into view',
    async run({ page, baseURL, helpers }) {
      const requests = helpers.trackRequests(page);
      await page.goto(`${baseURL}plan#c-electronics-hebi-jinshan`);
      const mark = page.locator(`${HEBI}.is-target`);
      await mark.waitFor({ state: 'visible', timeout: 20_000 });
      await helpers.waitForMark(page, 'plan:positioned');
      assert.equal(await inReaderView(mark), true, 'the highlighted sentence is on screen');
      assert.match(await mark.innerText(), /建设鹤壁金山、漯河东城、南阳光电等百亿级电子信息特色产业集群/);
      // The whole plan is there: the six sections and the annex table's 27 task rows.
      assert.equal(await page.locator('.plan-section > h2').count(), 6);
      assert.equal(await page.locator('.plan-annex-table tbody tr:not(.plan-annex-group)').count(), 27);
      await helpers.screenshot(page, 'plan-reader-hebi');
      requests.assertSameOrigin();
      helpers.assertNoConsoleErrors();
    },
  },
  {
    name: 'a reload keeps the reader where it was scrolled to',
    async run({ page, baseURL, helpers }) {
      await page.goto(`${baseURL}plan`);
      await page.locator('#p-3-3-6').waitFor({ timeout: 20_000 });
      await page.locator('#p-3-3-6').evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await page.waitForFunction(() => location.hash === '#p-3-3-6', null, { timeout: 5_000 });
      await page.reload();
      await helpers.waitForMark(page, 'plan:positioned', 20_000);
      assert.equal(new URL(page.url()).hash, '#p-3-3-6');
      assert.equal(await inReaderView(page.locator('#p-3-3-6 .plan-mark').first()), true, 'the same paragraph is on screen after the reload');
      helpers.assertNoConsoleErrors();
    },
  },
  {
    name: 'following a place in a highlight opens the map with that region selected and its industry filtered',
    async run({ page, baseURL, helpers }) {
      await page.goto(`${baseURL}plan#c-metallurgy-gongyi-aluminium`);
      const place = page.locator('[data-marks~="c-metallurgy-gongyi-aluminium"] a.plan-place', { hasText: '巩义' });
      await place.waitFor({ timeout: 20_000 });
      await place.click();
      await page.waitForURL((url) => url.pathname === '/region/410181');
      assert.equal(new URL(page.url()).searchParams.get('industry'), 'metallurgy');
      await page.locator('#detail-title', { hasText: '巩义市' }).waitFor({ timeout: 20_000 });
      assert.equal(await page.locator('.cluster-card[data-cluster-id="metallurgy-gongyi-aluminium"]').count(), 1);
      helpers.assertNoConsoleErrors();
    },
  },
  {
    name: 'in English the UI is English, the text stays Chinese and highlights carry English names',
    async run({ page, baseURL, helpers }) {
      await page.goto(`${baseURL}plan?lang=en#c-electronics-hebi-jinshan`);
      await page.locator(`${HEBI}.is-target`).waitFor({ timeout: 20_000 });
      const gloss = page.locator(`${HEBI} + .plan-gloss`);
      assert.match(await gloss.innerText(), /Hebi Jinshan electronic information cluster/);
      assert.equal(await page.locator(HEBI).evaluate((element) => element.closest('[lang]').lang), 'zh-CN');
      assert.match(await page.locator('.plan-toc').innerText(), /II\.1 Electronic information/);
      assert.match(await page.title(), /^The plan — /);
      // The annex's units carry their English names (from annex.json; the table abbreviates them).
      assert.match(await page.locator('#annex-2-4 .plan-unit-en').first().innerText(), /Hebi Municipal Government; Luohe Municipal Government; Nanyang Municipal Government/);
      await helpers.screenshot(page, 'plan-reader-en');
      helpers.assertNoConsoleErrors();
    },
  },
  {
    name: 'a cluster card\'s "read in context" opens the reader at that cluster\'s sentence, highlighted',
    async run({ page, baseURL, helpers }) {
      await page.goto(`${baseURL}region/410600`);
      const card = page.locator('.cluster-card[data-cluster-id="electronics-hebi-jinshan"]');
      await card.waitFor({ timeout: 30_000 });
      await card.locator('.read-in-context a').click();
      await page.waitForURL((url) => url.pathname === '/plan' && url.hash === '#c-electronics-hebi-jinshan');
      const mark = page.locator(`${HEBI}.is-target`);
      await mark.waitFor({ timeout: 20_000 });
      await helpers.waitForMark(page, 'plan:positioned');
      assert.equal(await inReaderView(mark), true, 'the highlighted sentence is on screen');
      helpers.assertNoConsoleErrors();
    },
  },
  {
    name: 'the industry view links to its section of the plan, and its 专项 to their paragraphs',
    async run({ page, baseURL, helpers }) {
      await page.goto(`${baseURL}?industry=new-materials&lang=en`);
      const link = page.locator('.industry-view .read-in-context a', { hasText: 'III.3 New materials' });
      await link.waitFor({ timeout: 30_000 });
      await link.click();
      await page.waitForURL((url) => url.pathname === '/plan' && url.hash === '#s-3-3');
      await helpers.waitForMark(page, 'plan:positioned', 20_000);
      assert.equal(await inReaderView(page.locator('#p-3-3-1 h3')), true, 'the section heading is on screen');
      await page.goBack();
      const superhard = page.locator('.industry-view .projects li', { hasText: 'Superhard' });
      await superhard.locator('summary').click();
      await superhard.locator('.read-in-context a').first().click();
      await page.waitForURL((url) => url.hash === '#sp-superhard-materials');
      await page.locator('[data-marks~="sp-superhard-materials"].is-target').waitFor({ timeout: 20_000 });
      helpers.assertNoConsoleErrors();
    },
  },
  {
    name: 'searching a phrase of the plan and pressing Enter opens the reader at that paragraph',
    async run({ page, baseURL, helpers }) {
      const requests = helpers.trackRequests(page);
      await page.goto(baseURL);
      const search = page.locator('.search input[role="combobox"]');
      await search.waitFor({ timeout: 30_000 });
      // The index is not built with the first map: only on the search box's first focus.
      assert.equal(await page.evaluate(() => performance.getEntriesByName('search:index-ready').length), 0);
      await search.focus();
      await helpers.waitForMark(page, 'search:index-ready', 20_000);
      await search.fill('招商引资作为推动先进制造业');
      const option = page.locator('.search-group-paragraph [role="option"]').first();
      await option.waitFor({ timeout: 10_000 });
      // Walk down with the arrow keys to the first paragraph, then Enter.
      const optionId = await option.getAttribute('id');
      for (let step = 0; step < 20 && (await search.getAttribute('aria-activedescendant')) !== optionId; step++) await search.press('ArrowDown');
      assert.equal(await search.getAttribute('aria-activedescendant'), optionId);
      await search.press('Enter');
      await page.waitForURL((url) => url.pathname === '/plan' && url.hash === '#p-1-3-5');
      await page.locator('#p-1-3-5.is-target').waitFor({ timeout: 20_000 });
      await helpers.waitForMark(page, 'plan:positioned');
      assert.equal(await inReaderView(page.locator('#p-1-3-5')), true);
      assert.equal(await search.inputValue(), '', 'the box is cleared for the next search');
      requests.assertSameOrigin();
      helpers.assertNoConsoleErrors();
    },
  },
  {
    name: 'in English, "airport" finds the Zhengzhou Airport zone and its clusters, and Escape closes the list',
    async run({ page, baseURL, helpers }) {
      await page.goto(`${baseURL}?lang=en`);
      const search = page.locator('.search input[role="combobox"]');
      await search.waitFor({ timeout: 30_000 });
      await search.focus();
      await helpers.waitForMark(page, 'search:index-ready', 20_000);
      await search.fill('airport');
      await page.locator('.search-group-zone [role="option"]', { hasText: 'Zhengzhou Airport Economy Zone' }).waitFor({ timeout: 10_000 });
      assert.ok(await page.locator('.search-group-cluster [role="option"]', { hasText: 'Zhengzhou Airport Zone smartphone cluster' }).count() === 1);
      await search.press('Escape');
      assert.equal(await page.locator('.search-results').count(), 0);
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'combobox', 'focus stays in the search box');
      await search.fill('airport');
      await search.press('Enter'); // the first result: the zone, on its host region
      await page.waitForURL((url) => url.pathname === '/region/410100');
      helpers.assertNoConsoleErrors();
    },
  },
  {
    name: 'the reader keeps the languages apart: no Chinese outside the plan\'s words in English, no Latin words in Chinese',
    async run({ page, baseURL }) {
      await page.goto(`${baseURL}plan?lang=en`);
      await page.locator('.plan-annex-table').waitFor({ timeout: 20_000 });
      const english = await page.evaluate(findVisible, { pattern: ENGLISH_CHECK.pattern, exempt: ENGLISH_CHECK.exempt });
      assert.deepEqual(english, []);
      await page.goto(`${baseURL}plan`);
      await page.locator('.plan-annex-table').waitFor({ timeout: 20_000 });
      const chinese = await page.evaluate(findVisible, { pattern: CHINESE_CHECK.pattern, exempt: CHINESE_CHECK.exempt });
      assert.deepEqual(chinese, []);
    },
  },
  {
    name: 'printing the reader gives the document alone: no header, contents or glosses',
    async run({ page, baseURL, helpers }) {
      await page.goto(`${baseURL}plan?lang=en#s-2`);
      await page.locator('.plan-annex-table').waitFor({ timeout: 20_000 });
      await page.emulateMedia({ media: 'print' });
      const hidden = await page.evaluate(() => ['.app-header', '.plan-toc', '.plan-about', '.plan-gloss']
        .map((selector) => [selector, [...document.querySelectorAll(selector)].every((element) => getComputedStyle(element).display === 'none')]));
      assert.deepEqual(hidden, [['.app-header', true], ['.plan-toc', true], ['.plan-about', true], ['.plan-gloss', true]]);
      // The whole text flows on the page (no inner scroll box cutting it off).
      assert.equal(await page.locator('.plan-scroll').evaluate((element) => getComputedStyle(element).overflowY), 'visible');
      await helpers.screenshot(page, 'plan-reader-print');
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.length > 50_000, `a PDF of the whole plan (${pdf.length} bytes)`);
    },
  },
  {
    name: 'an anchor the plan does not have says so and opens the reader at the start',
    async run({ page, baseURL, helpers }) {
      await page.goto(`${baseURL}plan#p-9-9-9`);
      await page.locator('.plan-missing[role="status"]', { hasText: 'p-9-9-9' }).waitFor({ timeout: 20_000 });
      assert.equal(await page.locator('.is-target').count(), 0);
      assert.equal(await page.locator('.plan-scroll').evaluate((element) => element.scrollTop), 0);
      helpers.assertNoConsoleErrors();
    },
  },
];

