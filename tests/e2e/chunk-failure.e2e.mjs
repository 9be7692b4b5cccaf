// A redeployment removes the old hashed chunks: an open tab that then needs one (here the table page's)
// shows a notice with a reload in that part of the page, and the rest of the atlas keeps working.
import assert from 'node:assert/strict';
import { READY_MS } from './atlas.mjs';

export default [
  {
    name: 'a lazy chunk that is gone (404 after a redeploy) is a notice with a reload, not the crash screen',
    async run({ page, baseURL, helpers }) {
      await page.route(/\/assets\/TableView-.*\.js$/, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
      await page.goto(baseURL);
      await helpers.waitForMark(page, 'map:ready', READY_MS);
      await page.getByRole('link', { name: '表格' }).click();
      const notice = page.locator('.chunk-failed');
      await notice.waitFor({ timeout: READY_MS });
      assert.match(await notice.innerText(), /这部分页面无法加载/);
      assert.equal(await notice.getByRole('button', { name: '刷新' }).count(), 1);
      assert.equal(await page.locator('.screen-message').count(), 0, 'the crash screen');
      // The header and the filters still work, and the map page is whole again.
      await page.getByRole('link', { name: '地图', exact: true }).click();
      await page.locator('.chunk-failed').waitFor({ state: 'detached', timeout: 5_000 });
      await page.getByRole('checkbox', { name: /食品产业/ }).check();
      assert.match(page.url(), /industry=food/);
    },
  },
];
