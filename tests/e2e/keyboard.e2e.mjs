// Keyboard: the first Tab of a page reaches a skip link, which moves the focus past the header and
// the filters to the main content, without touching the URL.
import assert from 'node:assert/strict';
import { READY_MS } from './atlas.mjs';

export default [
  {
    name: 'the first Tab reaches "转到主要内容", and Enter puts the focus on the main content, URL unchanged',
    async run({ page, baseURL }) {
      await page.goto(`${baseURL}table?metric=size`);
      await page.locator('.app').waitFor({ timeout: READY_MS });
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, top: document.activeElement?.getBoundingClientRect().top }));
      assert.equal(focused.text, '转到主要内容');
      assert.ok(focused.top >= 0, 'the skip link is on screen when focused');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
      assert.match(page.url(), /\/table\?metric=size$/);
    },
  },
  {
    name: 'the export menu closes on Esc (focus back on its summary) and on a click outside it',
    async run({ page, baseURL }) {
      await page.goto(`${baseURL}table`);
      await page.locator('.app').waitFor({ timeout: READY_MS });
      const menu = page.locator('details.export-menu');
      const summary = menu.locator('summary');
      await summary.click();
      assert.equal(await menu.evaluate((details) => details.open), true);
      await menu.getByRole('button').first().focus();
      await page.keyboard.press('Escape');
      assert.equal(await menu.evaluate((details) => details.open), false);
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SUMMARY');
      await summary.click();
      await page.locator('.panel').click({ position: { x: 20, y: 200 } });
      assert.equal(await menu.evaluate((details) => details.open), false);
    },
  },
];
