// Data faults that are not HTTP errors: a file that is valid JSON but empty is rejected like a
// malformed one (the file named), and a request that never answers ends in a message with a retry.
import assert from 'node:assert/strict';
import { READY_MS } from './atlas.mjs';

export default [
  {
    name: 'an empty but valid plan file ([]) is reported with its name, not drawn as an empty atlas',
    async run({ page, baseURL }) {
      await page.route(/\/assets\/clusters-.*\.json$/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[]' }));
      await page.goto(baseURL);
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: READY_MS });
      const text = await alert.innerText();
      assert.match(text, /数据加载失败/);
      assert.match(text, /plan\/clusters\.json: empty \(\[\]\)/);
    },
  },
  {
    name: 'a topology with no geometries is reported with the boundary file named',
    async run({ page, baseURL }) {
      const empty = { type: 'Topology', arcs: [], objects: { counties: { type: 'GeometryCollection', geometries: [] }, prefectures: { type: 'GeometryCollection', geometries: [] } } };
      await page.route(/\/assets\/henan\.topo-.*\.json$/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(empty) }));
      await page.goto(baseURL);
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: READY_MS });
      assert.match(await alert.innerText(), /boundaries\/henan\.topo\.json: no prefectures in the topology/);
    },
  },
  {
    name: 'a data request that never answers times out after 20 s with a retry that loads the view',
    timeoutMs: 90_000,
    async run({ page, baseURL, helpers }) {
      let stalling = true;
      // Never fulfilled while stalling: the request hangs as on a dead link.
      await page.route(/\/assets\/goals-.*\.json$/, (route) => (stalling ? undefined : route.continue()));
      const started = Date.now();
      await page.goto(`${baseURL}table?industry=food`);
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 40_000 });
      const waited = Date.now() - started;
      assert.ok(waited >= 19_000, `gave up after ${waited} ms, before the 20 s timeout`);
      assert.match(await alert.innerText(), /plan\/goals\.json: no answer within 20 s/);
      stalling = false;
      await page.getByRole('button', { name: '重试' }).click();
      await page.locator('.app').waitFor({ timeout: READY_MS });
      assert.match(page.url(), /\/table\?industry=food$/);
      helpers.assertNoConsoleErrors();
    },
  },
];
