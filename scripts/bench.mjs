#!/usr/bin/env node
// Cold-load benchmark of the production build (npm run bench builds first).
//
//   node scripts/bench.mjs [--runs 5] [--dist dist]
//
// Each run is a fresh browser context with the HTTP cache disabled, against dist/ served on
// 127.0.0.1. Measured per run, reported as medians (and written to bench-results.json):
// - bytes shipped by type, raw (response bodies) and gzip (the same dist/ files, zlib level 9);
// - navigation start -> performance mark "map:ready";
// - click on the first [data-bench="industry-filter"] -> performance mark "filter:applied"
//   (measured in the page from the click event's timeStamp; "n/a" when the control or mark is absent);
// - main-thread total blocking time during load: sum of (long task - 50 ms), PerformanceObserver
//   'longtask', from navigation to map:ready plus the network going idle.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants as zlibConstants } from 'node:zlib';
import { launchChromium } from '../tests/e2e/browser.mjs';
import { waitForMark } from '../tests/e2e/helpers.mjs';
import { serveDirectory } from '../tests/e2e/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readyTimeoutMs = 30_000;
const filterTimeoutMs = 5_000;
const targets = { mapReadyMs: 1000, filterAppliedMs: 60, shippedGzipKB: 600 };
const types = ['js', 'css', 'data', 'fonts', 'other'];

function parseArguments(argv) {
  const options = { runs: 5, dist: path.join(root, 'dist') };
  for (let index = 0; index < argv.length; index += 1) {
    if (argv[index] === '--runs') options.runs = Number(argv[(index += 1)]);
    else if (argv[index] === '--dist') options.dist = path.resolve(argv[(index += 1)]);
    else throw new Error(`unknown argument ${argv[index]}`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs must be a positive integer');
  return options;
}

function typeOf(pathname, contentType) {
  if (/\.(m?js)$/.test(pathname) || contentType.includes('javascript')) return 'js';
  if (/\.css$/.test(pathname) || contentType.includes('text/css')) return 'css';
  if (/\.(json|geojson|topojson|pbf|csv)$/.test(pathname) || contentType.includes('json')) return 'data';
  if (/\.(woff2?|ttf|otf)$/.test(pathname) || contentType.startsWith('font/')) return 'fonts';
  return 'other';
}

const gzipCache = new Map();
/** gzip size (level 9) of the dist/ file behind a URL path; of the body itself when none maps (e.g. "/"). */
function gzipBytes(distDirectory, pathname, body) {
  const file = path.join(distDirectory, decodeURIComponent(pathname));
  const isDistFile = file.startsWith(distDirectory + path.sep) && existsSync(file) && statSync(file).isFile();
  const key = isDistFile ? file : `body:${pathname}:${body.length}`;
  if (!gzipCache.has(key)) {
    gzipCache.set(key, gzipSync(isDistFile ? readFileSync(file) : body, { level: zlibConstants.Z_BEST_COMPRESSION }).length);
  }
  return gzipCache.get(key);
}

// Runs in the page before any of its scripts: long tasks and the time of the benchmark click.
function instrumentPage() {
  window.__bench = { longTasks: [], clickAt: null };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__bench.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    window.__bench.longTasks = null; // longtask timing unsupported
  }
  document.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('[data-bench="industry-filter"]')) window.__bench.clickAt = event.timeStamp;
    },
    { capture: true },
  );
}

async function measureRun(browser, server, distDirectory) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  await context.addInitScript(instrumentPage);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

  const bytes = Object.fromEntries(types.map((type) => [type, { raw: 0, gzip: 0, files: 0 }]));
  const pending = [];
  // Bytes shipped are counted per distinct asset: the label font is requested twice in one load (by
  // the CSS @font-face and by MapLibre's font-faces), which a browser's cache serves once.
  const seen = new Set();
  context.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== server.origin || seen.has(url.href)) return;
    seen.add(url.href);
    pending.push(
      response.body().then(
        (body) => {
          const type = typeOf(url.pathname, response.headers()['content-type'] ?? '');
          bytes[type].raw += body.length;
          bytes[type].gzip += gzipBytes(distDirectory, url.pathname, body);
          bytes[type].files += 1;
        },
        () => {}, // redirects and aborted responses have no body
      ),
    );
  });

  await page.goto(server.baseURL);
  const mapReadyMs = await waitForMark(page, 'map:ready', readyTimeoutMs);
  await page.waitForLoadState('networkidle');
  const totalBlockingTimeMs = await page.evaluate(() =>
    window.__bench.longTasks === null
      ? null
      : window.__bench.longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
  );

  let filterAppliedMs = null;
  let filterNote = null;
  const filterControl = page.locator('[data-bench="industry-filter"]').first();
  if ((await filterControl.count()) === 0) {
    filterNote = 'no [data-bench="industry-filter"] control';
  } else {
    await page.evaluate(() => performance.clearMarks('filter:applied'));
    await filterControl.click();
    try {
      const markAt = await waitForMark(page, 'filter:applied', filterTimeoutMs);
      const clickAt = await page.evaluate(() => window.__bench.clickAt);
      filterAppliedMs = clickAt === null ? null : markAt - clickAt;
      if (clickAt === null) filterNote = 'the click event was not seen';
    } catch {
      filterNote = 'no filter:applied mark after the click';
    }
  }

  await Promise.all(pending);
  await context.close();
  return { mapReadyMs, filterAppliedMs, filterNote, totalBlockingTimeMs, bytes };
}

function median(values) {
  const numbers = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  const middle = Math.floor(numbers.length / 2);
  return numbers.length % 2 ? numbers[middle] : (numbers[middle - 1] + numbers[middle]) / 2;
}

const kilobytes = (value) => (value === null ? 'n/a' : `${(value / 1024).toFixed(1)} KB`);
const milliseconds = (value) => (value === null ? 'n/a' : `${Math.round(value)} ms`);
const verdict = (value, limit) => (value === null ? '' : value < limit ? 'ok' : 'OVER');

async function main() {
  const options = parseArguments(process.argv.slice(2));
  if (!existsSync(path.join(options.dist, 'index.html'))) {
    throw new Error(`No build at ${options.dist}/index.html: run \`vite build\` first (npm run bench does).`);
  }
  const server = await serveDirectory(options.dist);
  const browser = await launchChromium();
  const runs = [];
  try {
    for (let run = 1; run <= options.runs; run += 1) {
      const result = await measureRun(browser, server, options.dist);
      runs.push(result);
      console.log(
        `run ${run}/${options.runs}: map:ready ${milliseconds(result.mapReadyMs)}, filter:applied ${milliseconds(result.filterAppliedMs)}, TBT ${milliseconds(result.totalBlockingTimeMs)}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const bytesMedian = Object.fromEntries(
    types.map((type) => [
      type,
      { raw: median(runs.map((run) => run.bytes[type].raw)), gzip: median(runs.map((run) => run.bytes[type].gzip)) },
    ]),
  );
  const sum = (kind, which) => which.reduce((total, type) => total + bytesMedian[type][kind], 0);
  const medians = {
    mapReadyMs: median(runs.map((run) => run.mapReadyMs)),
    filterAppliedMs: median(runs.map((run) => run.filterAppliedMs)),
    totalBlockingTimeMs: median(runs.map((run) => run.totalBlockingTimeMs)),
    bytes: bytesMedian,
    totalRaw: sum('raw', types),
    totalGzip: sum('gzip', types),
    shippedGzip: sum('gzip', ['js', 'data', 'fonts']),
  };
  const filterNote = runs.find((run) => run.filterNote)?.filterNote ?? null;

  const rows = [
    ['JS', kilobytes(bytesMedian.js.raw), kilobytes(bytesMedian.js.gzip), '', ''],
    ['CSS', kilobytes(bytesMedian.css.raw), kilobytes(bytesMedian.css.gzip), '', ''],
    ['data JSON', kilobytes(bytesMedian.data.raw), kilobytes(bytesMedian.data.gzip), '', ''],
    ['fonts', kilobytes(bytesMedian.fonts.raw), kilobytes(bytesMedian.fonts.gzip), '', ''],
    ['other (HTML, images)', kilobytes(bytesMedian.other.raw), kilobytes(bytesMedian.other.gzip), '', ''],
    ['total', kilobytes(medians.totalRaw), kilobytes(medians.totalGzip), '', ''],
    ['JS + data + fonts', '', kilobytes(medians.shippedGzip), `< ${targets.shippedGzipKB} KB gzip`, verdict(medians.shippedGzip, targets.shippedGzipKB * 1024)],
    ['map:ready', milliseconds(medians.mapReadyMs), '', `< ${targets.mapReadyMs} ms`, verdict(medians.mapReadyMs, targets.mapReadyMs)],
    ['filter:applied', milliseconds(medians.filterAppliedMs), '', `< ${targets.filterAppliedMs} ms`, medians.filterAppliedMs === null ? filterNote ?? '' : verdict(medians.filterAppliedMs, targets.filterAppliedMs)],
    ['total blocking time (load)', milliseconds(medians.totalBlockingTimeMs), '', '', ''],
  ];
  const header = ['median of ' + options.runs + ' cold runs', 'raw / value', 'gzip -9', 'target', ''];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  console.log('\n' + line(header) + '\n' + widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));

  const output = path.join(root, 'bench-results.json');
  writeFileSync(
    output,
    JSON.stringify({ runs: options.runs, chromium: browser.version(), targets, medians, filterNote, perRun: runs }, null, 2) + '\n',
  );
  console.log(`\nwrote ${path.relative(root, output)}`);
}

await main();
