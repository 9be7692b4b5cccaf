// The optional online basemap is part of the URL (?basemap=osm: a shared link or a reload keeps it, Back
// undoes it) and, when on, the map credits OpenStreetMap in the user's language. The tile server is
// answered by the test (no network here).
import assert from 'node:assert/strict';
import { READY_MS } from './atlas.mjs';

export default [
  {
    name: 'switching the online basemap on is a URL (reload keeps it, Back undoes it) and shows its attribution',
    async run({ page, baseURL, helpers }) {
      const tileRequests = [];
      await page.context().route('https://tile.openstreetmap.org/**', (route) => {
        tileRequests.push(route.request().url());
        return route.fulfill({ status: 404, body: '' });
      });
      await page.goto(`${baseURL}region/410300`);
      await helpers.waitForMark(page, 'map:ready', READY_MS);
      const checkbox = page.getByRole('checkbox', { name: /在线底图/ });
      assert.equal(await checkbox.isChecked(), false);
      assert.equal(await page.locator('.basemap-attribution').count(), 0);

      await checkbox.check();
      assert.match(page.url(), /\/region\/410300\?basemap=osm$/);
      const attribution = page.locator('.basemap-attribution a');
      assert.equal(await attribution.innerText(), '底图 © OpenStreetMap 贡献者');
      assert.equal(await attribution.getAttribute('href'), 'https://www.openstreetmap.org/copyright');

      await page.reload();
      await page.locator('.app').waitFor({ timeout: READY_MS });
      assert.equal(await page.getByRole('checkbox', { name: /在线底图/ }).isChecked(), true);
      await page.goto(`${baseURL}region/410300?basemap=osm&lang=en`);
      await page.locator('.basemap-attribution').waitFor({ timeout: READY_MS });
      assert.equal(await page.locator('.basemap-attribution a').innerText(), 'Basemap © OpenStreetMap contributors');

      await page.goBack();
      await page.goBack();
      await page.locator('.app').waitFor({ timeout: READY_MS });
      assert.match(page.url(), /\/region\/410300$/);
      assert.equal(await page.getByRole('checkbox', { name: /在线底图/ }).isChecked(), false);
      assert.equal(await page.locator('.basemap-attribution').count(), 0);
    },
  },
];
