// The bad-URL corpus (fixtures/bad-urls.json) through the whole app in a real browser: every URL gets
// the app (never the crash screen, never a blank page), with a notice quoting each bad part, no
// uncaught error, no element or script injected, no request off the origin. One page is reused: most
// URLs are reached with history.pushState + popstate (the router's own path for back/forward), and a
// sample with a full page load, so that 300 URLs take a minute, not ten, on 2 cores.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { READY_MS } from './atlas.mjs';

const corpus = JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/bad-urls.json'), 'utf8'));

function expand(text, pad, forValue) {
  if (!pad) return text;
  const [urlText, times, valueText] = pad;
  return text.split('{pad}').join((forValue ? valueText ?? urlText : urlText).repeat(times));
}

// The notice bar lists 20 messages and quotes 59 characters of a value before an ellipsis.
const LISTED = 20;
const QUOTED = 59;
const quotedPart = (value) => Array.from(value).slice(0, QUOTED).join('');

// Grouped by page so the map is not rebuilt for every URL (present ↔ map ↔ table).
const pageOf = (url) => (url.match(/^\/(present|table|compare|nearby|finder)\b/)?.[1] ?? 'map');
const entries = corpus
  .map((entry, index) => ({ ...entry, index, url: expand(entry.url, entry.pad, false) }))
  .sort((a, b) => pageOf(a.url).localeCompare(pageOf(b.url)) || a.index - b.index);

/** What the page shows now: crash/blank/injection facts and the notice bar's whole text. */
function inspect(baselineScripts) {
  const root = document.getElementById('root');
  return {
    screenMessage: document.querySelector('.screen-message')?.textContent ?? null,
    rendered: document.querySelector('.app, .presentation, .embed') !== null && (root?.innerText.trim().length ?? 0) > 0,
    notice: Array.from(document.querySelectorAll('.notice-bar')).map((bar) => bar.textContent).join('\n'),
    pwned: /** @type {any} */ (window).__pwned !== undefined,
    injected: document.querySelectorAll('[data-pwned], iframe, object, embed, img[onerror], svg[onload]').length
      + (document.scripts.length - baselineScripts),
    bodyWidth: document.documentElement.scrollWidth,
  };
}

// The paths that crashed the app on load before (a malformed %-escape, prototype keys as pages).
const FULL_LOADS = new Set(['/%E4%B8', '/%zz', '/%', '/region/%E4', '/present/%FF', '/__proto__', '/constructor', '/toString', '/region/__proto__']);

const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

export default [
  {
    name: 'every URL of the bad-URL corpus gets the app with a notice naming each bad part, and nothing else',
    timeoutMs: 240_000,
    async run({ page, origin, helpers }) {
      const requests = helpers.trackRequests(page);
      // A small viewport: software GL draws every frame on the CPU, and 300 URLs draw many frames.
      await page.setViewportSize({ width: 640, height: 400 });
      await page.goto(`${origin}/`);
      await page.locator('.app').waitFor({ timeout: READY_MS });
      const baselineScripts = await page.evaluate(() => document.scripts.length);
      const viewportWidth = page.viewportSize().width;
      const failures = [];
      let fullLoads = 0;
      const started = Date.now();

      for (const [position, entry] of entries.entries()) {
        const url = `${origin}${entry.url}`;
        const errorsBefore = helpers.consoleErrors.length;
        // A sample with a real page load: the first URL of each page kind and the known crashes.
        // A path that looks like a file ("/favicon.ico") is the server's to answer (404), not the app's.
        const pathOnly = entry.url.split(/[?#]/)[0];
        const fullLoad = path.posix.extname(pathOnly) === '' && (FULL_LOADS.has(pathOnly)
          || pageOf(entry.url) !== pageOf(entries[position - 1]?.url ?? '/'));
        if (fullLoad) {
          fullLoads += 1;
          await page.goto(url);
          await page.locator('.app, .presentation, .embed, .screen-message h1').first().waitFor({ timeout: READY_MS });
        } else {
          await page.evaluate((target) => {
            history.pushState(null, '', target);
            dispatchEvent(new PopStateEvent('popstate'));
          }, url);
        }
        await page.evaluate(nextFrames);
        const seen = await page.evaluate(inspect, baselineScripts);
        const problems = [];
        if (seen.screenMessage !== null) problems.push(`screen message: ${seen.screenMessage.slice(0, 120)}`);
        if (!seen.rendered) problems.push('blank page');
        if (seen.pwned || seen.injected > 0) problems.push(`injected: pwned=${seen.pwned}, elements=${seen.injected}`);
        if (seen.bodyWidth > viewportWidth + 1) problems.push(`page is ${seen.bodyWidth} px wide`);
        const values = [...new Set(entry.notices.map(([key, value]) => JSON.stringify([key, value === null ? null : expand(value, entry.pad, true)])))].map((text) => JSON.parse(text));
        if (values.length === 0 && seen.notice !== '') problems.push(`unexpected notice: ${seen.notice.slice(0, 200)}`);
        if (values.length > 0 && seen.notice === '') problems.push('no notice');
        for (const [, value] of values.slice(0, LISTED)) {
          if (value !== null && !seen.notice.includes(quotedPart(value))) problems.push(`notice does not quote ${JSON.stringify(quotedPart(value)).slice(0, 80)}`);
        }
        if (values.length > 3 && !seen.notice.includes(String(values.length))) problems.push(`summary does not count ${values.length} notices`);
        const errors = helpers.consoleErrors.slice(errorsBefore);
        if (errors.length > 0) problems.push(...errors);
        if (problems.length > 0) {
          failures.push(`${entry.why} ${JSON.stringify(entry.url.slice(0, 100))}${fullLoad ? ' (full load)' : ''}:\n      ${problems.join('\n      ')}`);
          // Start the next URL from a fresh, working page.
          await page.goto(`${origin}/`);
          await page.locator('.app').waitFor({ timeout: READY_MS });
        }
      }
      console.log(`    ${entries.length} URLs (${fullLoads} full loads) in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failures.length} failed`);
      assert.equal(failures.length, 0, `${failures.length} of ${entries.length} URLs failed:\n  ${failures.slice(0, 25).join('\n  ')}`);
      requests.assertSameOrigin();
    },
  },
];
