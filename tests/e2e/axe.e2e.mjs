// axe-core (node_modules/axe-core, injected into the page) on every page of the app, in both
// languages: no serious or critical violation. Moderate and minor findings are printed, not failed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { READY_MS } from './atlas.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const axeSource = readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

const PAGES = [
  '', 'region/410300?industry=equipment', 'table', 'finder?industry=automotive', 'compare?pins=410100,410300',
  'nearby?at=113.65,34.76&radius=50', 'present/3', 'plan', '?embed=1',
  '?lang=en', 'region/410300?industry=equipment&lang=en', 'finder?industry=automotive&lang=en', 'present/3?lang=en',
];

export default [
  {
    name: 'axe-core finds no serious or critical accessibility violation on any page, in Chinese or English',
    timeoutMs: 240_000,
    async run({ page, baseURL }) {
      const serious = [];
      const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
      for (const route of PAGES) {
        await page.goto(`${baseURL}${route}`);
        await page.locator('.app, .presentation, .embed').first().waitFor({ timeout: READY_MS });
        // The lazy pages and panels have their content, not their loading line.
        await page.locator('.loading').first().waitFor({ state: 'detached', timeout: READY_MS }).catch(() => {});
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
        });
        for (const violation of violations) {
          counts[violation.impact] += 1;
          if (violation.impact === 'serious' || violation.impact === 'critical') serious.push(`/${route}: ${violation.impact} ${violation.id} on ${violation.nodes.slice(0, 3).join(', ')}`);
        }
      }
      console.log(`    axe on ${PAGES.length} pages: ${JSON.stringify(counts)} (rule violations per page, summed)`);
      assert.deepEqual(serious, []);
    },
  },
];
