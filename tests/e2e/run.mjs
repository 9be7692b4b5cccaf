#!/usr/bin/env node
// The real-browser test runner (npm run test:e2e builds first). Serves dist/ on 127.0.0.1, runs
// every tests/e2e/**/*.e2e.mjs in Debian's chromium, one fresh context and page per test, one test
// at a time. See tests/e2e/README.md for the test API.
//
//   node tests/e2e/run.mjs [--dist DIR] [--grep TEXT] [FILE.e2e.mjs ...]
//   E2E_TIMEOUT_MS=60000 per test (a test may set its own timeoutMs)
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './browser.mjs';
import { captureConsoleErrors, screenshot, trackRequests, waitForMark } from './helpers.mjs';
import { serveDirectory } from './server.mjs';

const e2eDirectory = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(e2eDirectory, '../..');
const defaultTimeoutMs = Number(process.env.E2E_TIMEOUT_MS ?? 60_000);

function parseArguments(argv) {
  const options = { dist: path.join(root, 'dist'), grep: null, files: [] };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--dist') options.dist = path.resolve(argv[(index += 1)]);
    else if (argument === '--grep') options.grep = argv[(index += 1)];
    else options.files.push(path.resolve(argument));
  }
  return options;
}

function findTestFiles(directory) {
  return readdirSync(directory, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : findTestFiles(full);
      return entry.name.endsWith('.e2e.mjs') ? [full] : [];
    });
}

/** Loads each file's `export default [{ name, run, skip?, timeoutMs?, browserArgs?, browserEnv? }]`. */
async function loadTests(files) {
  const tests = [];
  for (const file of files) {
    const module = await import(pathToFileURL(file).href);
    const list = module.default;
    if (!Array.isArray(list)) throw new Error(`${path.relative(root, file)}: export default must be an array of tests`);
    for (const test of list) {
      if (typeof test?.name !== 'string' || typeof test.run !== 'function') {
        throw new Error(`${path.relative(root, file)}: each test needs a name (string) and run (async function)`);
      }
      tests.push({ ...test, file: path.relative(e2eDirectory, file) });
    }
  }
  return tests;
}

function withTimeout(promise, timeoutMs, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  if (!existsSync(path.join(options.dist, 'index.html'))) {
    console.error(`No build at ${options.dist}/index.html: run \`vite build\` first (npm run test:e2e does).`);
    console.log('0 passed, 1 failed, 0 skipped');
    process.exit(1);
  }
  const files = options.files.length ? options.files : findTestFiles(e2eDirectory);
  let tests = await loadTests(files);
  if (options.grep) tests = tests.filter((test) => test.name.includes(options.grep));

  const server = await serveDirectory(options.dist);
  const browsers = new Map(); // one browser per distinct browserArgs and browserEnv, launched when first needed
  const browserFor = async (extraArgs = [], extraEnv = {}) => {
    const key = JSON.stringify([extraArgs, extraEnv]);
    // Relaunch a browser that crashed or was closed, so one bad test does not fail all that follow.
    if (!browsers.get(key)?.isConnected()) browsers.set(key, await launchChromium(extraArgs, extraEnv));
    return browsers.get(key);
  };
  console.log(`e2e: ${tests.length} test(s) from ${files.length} file(s), serving ${path.relative(root, options.dist) || '.'} at ${server.baseURL}`);

  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const test of tests) {
    const label = `${test.file} › ${test.name}`;
    if (test.skip) {
      counts.skipped += 1;
      console.log(`- ${label} (skipped${typeof test.skip === 'string' ? `: ${test.skip}` : ''})`);
      continue;
    }
    const started = Date.now();
    let context;
    let page;
    try {
      const browser = await browserFor(test.browserArgs, test.browserEnv);
      // Service workers only for the tests that ask (serviceWorkers: 'allow'): elsewhere the worker's
      // precaching would load the whole build in the background of every test, and serve requests
      // that page.route() no longer sees.
      context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, serviceWorkers: test.serviceWorkers ?? 'block' });
      // The app installs window.atlasDebug only when asked before it starts (never in production).
      await context.addInitScript(() => { window.atlasTestHooks = true; });
      page = await context.newPage();
      const consoleErrors = captureConsoleErrors(page);
      const helpers = {
        waitForMark,
        trackRequests: (target) => trackRequests(target, server.origin),
        screenshot,
        consoleErrors,
        assertNoConsoleErrors() {
          if (consoleErrors.length) throw new Error(`console errors:\n  ${consoleErrors.join('\n  ')}`);
        },
      };
      const timeoutMs = test.timeoutMs ?? defaultTimeoutMs;
      await withTimeout(Promise.resolve(test.run({ page, context, baseURL: server.baseURL, origin: server.origin, helpers })), timeoutMs, 'test');
      counts.passed += 1;
      console.log(`✓ ${label} (${Date.now() - started} ms)`);
    } catch (error) {
      counts.failed += 1;
      console.log(`✗ ${label} (${Date.now() - started} ms)`);
      console.log(`    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
      if (page) {
        const failureShot = await withTimeout(screenshot(page, `failed-${test.file}-${test.name}`), 5_000, 'screenshot').catch(() => null);
        if (failureShot) console.log(`    screenshot: ${path.relative(root, failureShot)}`);
      }
    } finally {
      await context?.close().catch(() => {});
    }
  }

  for (const browser of browsers.values()) await browser.close().catch(() => {});
  await server.close();
  if (tests.length === 0) console.error('No e2e tests found.');
  console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  process.exit(counts.failed > 0 || tests.length === 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
});
