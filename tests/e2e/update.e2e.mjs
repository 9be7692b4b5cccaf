// A new deployment while a tab is open: the service worker downloads it in the background, the tab
// offers "更新", keeps working on its own version until then, and switches after the click.
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { READY_MS } from './atlas.mjs';
import { serveDirectory } from './server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const distArgument = process.argv.indexOf('--dist');
const dist = distArgument > 0 ? path.resolve(process.argv[distArgument + 1]) : path.join(root, 'dist');

export default [
  {
    name: 'a new deployment shows "update"; the tab keeps its version until the click, then reloads into the new one',
    serviceWorkers: 'allow',
    timeoutMs: 120_000,
    async run({ page, helpers }) {
      // A copy of the build that this test can redeploy.
      const deployment = mkdtempSync(path.join(os.tmpdir(), 'atlas-deploy-'));
      cpSync(dist, deployment, { recursive: true });
      const server = await serveDirectory(deployment);
      try {
        await page.goto(`${server.baseURL}table`);
        await page.locator('.app').waitFor({ timeout: READY_MS });
        await page.evaluate(() => navigator.serviceWorker.ready);
        // A returning visit: the page is now controlled by the worker (a first visit is not, and a new
        // worker with no page to wait for would take over at once).
        await page.reload();
        await page.locator('.app').waitFor({ timeout: READY_MS });
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: READY_MS });
        assert.equal(await page.locator('.update-notice').count(), 0, 'an update offered before any deployment');

        // The redeployment: a different service worker script (as every build with new hashes has).
        appendFileSync(path.join(deployment, 'sw.js'), '\n// redeployed\n');
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
        const notice = page.locator('.update-notice');
        await notice.waitFor({ timeout: 60_000 });
        assert.match(await notice.innerText(), /河南产业集群地图有新版本/);
        // Still the old version, and still working, until the user says so.
        await page.getByRole('link', { name: '选址' }).click();
        await page.locator('.page-finder').waitFor({ timeout: READY_MS });

        await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), notice.getByRole('button', { name: '更新' }).click()]);
        await page.locator('.app').waitFor({ timeout: READY_MS });
        assert.match(page.url(), /\/finder/);
        const script = await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          const text = await (await fetch(registration.active.scriptURL, { cache: 'no-store' })).text();
          return { controlled: navigator.serviceWorker.controller !== null, waiting: registration.waiting !== null, redeployed: text.includes('// redeployed') };
        });
        assert.deepEqual(script, { controlled: true, waiting: false, redeployed: true });
        assert.equal(await page.locator('.update-notice').count(), 0);
        helpers.assertNoConsoleErrors();
      } finally {
        await server.close();
        rmSync(deployment, { recursive: true, force: true });
      }
    },
  },
];
