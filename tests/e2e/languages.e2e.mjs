// Both languages all the way through: in English no Chinese character is visible outside the plan's
// verbatim quotes and original place names (marked lang="zh-CN" with data-verbatim or
// data-place-original); in Chinese no Latin word is visible outside pinyin and codes (marked
// translate="no"). Walks the main pages of both languages and reports what it finds, where.
import assert from 'node:assert/strict';
import { clusters, gotoReady, pagePoint, unit } from './atlas.mjs';
import { CHINESE_CHECK, ENGLISH_CHECK, findVisible } from './visible-text.mjs';

const PAGES = [
  { name: 'map overview', path: '/', ready: '.overview' },
  { name: 'prefecture panel 郑州 410100', path: '/region/410100', ready: '.detail .cluster-card' },
  { name: 'county panel 巩义 410181', path: '/region/410181', ready: '.detail' },
  { name: 'table', path: '/table', ready: 'table.data-table' },
  { name: 'site finder, automotive', path: '/finder?industry=automotive', ready: '.finder .candidates li' },
  { name: 'compare 郑州 and 巩义', path: '/compare?pins=410100,410181', ready: '.compare-table' },
  { name: 'nearby, 50 km around central Zhengzhou', path: '/nearby?at=113.65,34.76&radius=50', ready: '.nearby-list li' },
  { name: 'plan reader', path: '/plan', ready: '.plan-text' },
  { name: 'present step 1', path: '/present/1', ready: '.presentation' },
  { name: 'present step 5 (an industry)', path: '/present/5', ready: '.presentation' },
];

function withLanguage(path, language) {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${language}`;
}

async function visit(page, baseURL, target, check) {
  await page.goto(`${baseURL.replace(/\/$/, '')}${withLanguage(target.path, check.language)}`);
  await page.locator(target.ready).first().waitFor({ state: 'visible', timeout: 20_000 });
  await page.waitForTimeout(300); // let lazy parts (tables, panels) settle
  // open every disclosure (special projects, export menu) so that its contents are checked too
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => { details.open = true; }));
  return page.evaluate(findVisible, { pattern: check.pattern, exempt: check.exempt });
}

function report(check, findings) {
  const total = findings.reduce((sum, entry) => sum + entry.found.reduce((count, item) => count + item.matches, 0), 0);
  const lines = findings.filter((entry) => entry.found.length > 0)
    .map((entry) => `  ${entry.page}:\n${entry.found.slice(0, 12).map((item) => `    ${item.where} ×${item.matches}: ${item.text}`).join('\n')}`);
  console.log(`    ${check.what}: ${total}`);
  return { total, message: `${total} ${check.what}:\n${lines.join('\n')}` };
}

const prefectureOf = (code) => (code === '419001' ? code : `${code.slice(0, 4)}00`);

export default [
  {
    name: 'the English hover card names the region in English, with an English plural and bn yuan',
    async run({ page, baseURL, helpers }) {
      const luoyang = unit('prefectures', '410300');
      // counted from the data file: the equipment clusters the plan places in 洛阳
      const here = clusters.filter((c) => c.industry === 'equipment' && c.scope === 'local' && c.places.some((p) => prefectureOf(p.code) === '410300')).length;
      await gotoReady(page, `${baseURL}?industry=equipment&lang=en`, helpers);
      const point = await pagePoint(page, luoyang.label);
      await page.mouse.move(point.x, point.y + 12);
      const tooltip = page.getByRole('tooltip');
      await tooltip.waitFor();
      const text = await tooltip.innerText();
      assert.match(text, /Luoyang/);
      assert.match(text, new RegExp(`\\b${here} ${here === 1 ? 'cluster' : 'clusters'}\\b`));
      assert.match(text, /Nominal size [\d,.]+ bn yuan/);
      assert.doesNotMatch(text, /[\u3400-\u9fff]/);
    },
  },
  {
    name: 'English pages show no Chinese outside the plan\'s quotes and original place names',
    timeoutMs: 180_000,
    async run({ page, baseURL }) {
      const findings = [];
      for (const target of PAGES) findings.push({ page: target.name, found: await visit(page, baseURL, target, ENGLISH_CHECK) });
      const { total, message } = report(ENGLISH_CHECK, findings);
      assert.equal(total, 0, message);
    },
  },
  {
    name: 'Chinese pages show no Latin words outside pinyin and codes',
    timeoutMs: 180_000,
    async run({ page, baseURL }) {
      const findings = [];
      for (const target of PAGES) findings.push({ page: target.name, found: await visit(page, baseURL, target, CHINESE_CHECK) });
      const { total, message } = report(CHINESE_CHECK, findings);
      assert.equal(total, 0, message);
    },
  },
];
