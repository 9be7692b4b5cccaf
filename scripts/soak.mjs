#!/usr/bin/env node
// Interaction soak of the production build: hundreds of region selections, filter toggles, page
// switches and back/forward steps in one page, then the JS heap after a forced GC at the start and
// at the end. A leak (listeners, maps, caches that grow per interaction) shows as a heap that grows
// with the number of rounds. Not part of npm test (minutes on 2 cores).
//
//   npm run build && node scripts/soak.mjs [--rounds 100] [--dist dist]
//
// Each round: select a region (the router's popstate path, as a link or Back does), toggle one
// industry filter by its checkbox and back, switch to the table and back to the map, and step
// Back and Forward once: 8 interactions per round.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/browser.mjs';
import { waitForMark } from '../tests/e2e/helpers.mjs';
import { serveDirectory } from '../tests/e2e/server.mjs';
import { topology } from '../tests/e2e/atlas.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const rounds = Number(argument('--rounds', 100));
const dist = path.resolve(argument('--dist', path.join(root, 'dist')));
const codes = topology.objects.counties.geometries.map((geometry) => geometry.properties.code);

async function heapAfterGc(session) {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize;
}

const server = await serveDirectory(dist);
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const session = await context.newCDPSession(page);
  await page.goto(server.baseURL);
  await waitForMark(page, 'map:ready', 30_000);
  await page.waitForTimeout(2000); // MapLibre takes over after its first frame
  const before = await heapAfterGc(session);
  const started = Date.now();
  let interactions = 0;
  for (let round = 0; round < rounds; round += 1) {
    const code = codes[round % codes.length];
    await page.evaluate((target) => { history.pushState(null, '', target); dispatchEvent(new PopStateEvent('popstate')); }, `/region/${code}`);
    const checkbox = page.locator('.filters input[type="checkbox"]').nth(round % 14);
    await checkbox.click();
    await checkbox.click();
    await page.getByRole('link', { name: '表格', exact: true }).click();
    await page.getByRole('link', { name: '地图', exact: true }).click();
    await page.goBack();
    await page.goForward();
    interactions += 7;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
    interactions += 1; // the frame drawn after the round
    if ((round + 1) % 25 === 0) console.log(`round ${round + 1}: heap ${(await heapAfterGc(session) / 1e6).toFixed(1)} MB`);
  }
  const after = await heapAfterGc(session);
  const crashed = await page.locator('.screen-message').count();
  console.log(JSON.stringify({
    rounds, interactions, seconds: Math.round((Date.now() - started) / 1000),
    heapAfterGcMB: { start: Number((before / 1e6).toFixed(1)), end: Number((after / 1e6).toFixed(1)) },
    uncaughtErrors: errors.length, crashScreens: crashed,
  }));
} finally {
  await browser.close();
  await server.close();
}
