// A failed data load is a message with a retry, and the view asked for in the URL survives it.
import assert from 'node:assert/strict';
import { READY_MS } from './atlas.mjs';

export default [
  {
    name: 'a failed data load shows what failed, and retry restores the requested view',
    async run({ page, baseURL, helpers }) {
      let failing = true;
      await page.route(/\/assets\/clusters-.*\.json$/, (route) => (failing ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue()));
      await page.goto(`${baseURL}region/410300?industry=equipment`);
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: READY_MS });
      const text = await alert.innerText();
      assert.match(text, /数据加载失败/);
      assert.match(text, /clusters\.json/);
      assert.match(text, /503/);
      await helpers.screenshot(page, 'data-load-failed');
      failing = false;
      await page.getByRole('button', { name: '重试' }).click();
      await helpers.waitForMark(page, 'map:ready', READY_MS);
      await page.getByRole('heading', { level: 2, name: '洛阳市' }).waitFor();
      assert.match(page.url(), /\/region\/410300\?industry=equipment$/);
    },
  },
  {
    name: 'a boundary file that is not valid JSON is reported, not a blank page',
    async run({ page, baseURL }) {
      await page.route(/\/assets\/henan\.topo-.*\.json$/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"type":' }));
      await page.goto(baseURL);
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: READY_MS });
      assert.match(await alert.innerText(), /henan\.topo\.json/);
    },
  },
];
