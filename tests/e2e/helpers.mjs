// Helpers handed to every e2e test (and importable on their own). Each takes the page it works on.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const resultsDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-results');

/**
 * Waits until `performance.mark(name)` has been called in the page; resolves with the mark's
 * startTime (ms since navigation start). Fails with a message naming the mark.
 */
export async function waitForMark(page, name, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const startTime = await page.evaluate((markName) => {
      const entries = performance.getEntriesByName(markName, 'mark');
      return entries.length ? entries[0].startTime : null;
    }, name);
    if (startTime !== null) return startTime;
    if (Date.now() > deadline) {
      throw new Error(`performance mark "${name}" was not recorded within ${timeoutMs} ms (the app must call performance.mark("${name}"))`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Records every request the page's browser context makes (pages and workers). Only the served
 * origin, data: and blob: URLs are allowed; `assertSameOrigin()` throws naming the others.
 */
export function trackRequests(page, origin) {
  const urls = [];
  const allowedPrefix = `${origin}/`;
  page.context().on('request', (request) => urls.push(request.url()));
  const isAllowed = (url) => url.startsWith(allowedPrefix) || url.startsWith('data:') || url.startsWith('blob:');
  return {
    urls,
    offOrigin: () => urls.filter((url) => !isAllowed(url)),
    assertSameOrigin() {
      const offOrigin = urls.filter((url) => !isAllowed(url));
      if (offOrigin.length) {
        throw new Error(`${offOrigin.length} request(s) left ${origin}: ${offOrigin.slice(0, 10).join(', ')}`);
      }
    },
  };
}

/** Saves a full-page PNG as test-results/<name>.png and returns its path. */
export async function screenshot(page, name) {
  mkdirSync(resultsDirectory, { recursive: true });
  const file = path.join(resultsDirectory, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Collects console.error messages and uncaught page errors from now on. The 404 of the
 * /favicon.ico that chromium asks for by itself is not the page's doing and is left out.
 */
export function captureConsoleErrors(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const source = message.location()?.url ?? '';
    if (source.endsWith('/favicon.ico')) return;
    errors.push(`console.error: ${message.text()}${source ? ` (${source})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}
