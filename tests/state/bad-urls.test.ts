// The bad-URL corpus (tests/e2e/fixtures/bad-urls.json, written by make-bad-urls.mjs) against the pure
// parser: no URL makes it throw, and each gives exactly the notices the corpus names — every bad part
// named, nothing good reported. The browser test runs the same corpus through the whole app.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseViewState, type ParseContext } from '../../src/state/view-state';
import { readDataFile, repoRoot } from '../components/atlas-fixture';

interface Entry {
  why: string;
  url: string;
  notices: [string, string | null][];
  pad?: [string, number, string?];
}

const corpus = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests/e2e/fixtures/bad-urls.json'), 'utf8')) as Entry[];

function expand(text: string, pad: Entry['pad'], forValue: boolean): string {
  if (pad === undefined) return text;
  const [urlText, times, valueText] = pad;
  return text.split('{pad}').join((forValue ? valueText ?? urlText : urlText).repeat(times));
}

const topology = readDataFile<{ objects: Record<string, { geometries: { properties: { code: string } }[] }> }>('boundaries/henan.topo.json');
const regionCodes = new Set(['prefectures', 'counties'].flatMap((name) => topology.objects[name].geometries.map((geometry) => geometry.properties.code)));
// The tour: opening, 3 programmes, 14 industries, 万亿级, 千亿级 (README, "Present").
const context: ParseContext = { isRegionCode: (code) => regionCodes.has(code), tourLength: 20 };

// As the browser does: the path is appended to the origin, so "//evil.example" stays a path.
function parseUrl(url: string) {
  const parsed = new URL(`http://atlas.test${url}`);
  return parseViewState(parsed.pathname, parsed.search, context);
}

describe('the bad-URL corpus', () => {
  it('holds at least 250 URLs', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(250);
  });

  for (const entry of corpus) {
    const url = expand(entry.url, entry.pad, false);
    const label = `${entry.why}: ${url.length > 80 ? `${url.slice(0, 80)}… (${url.length} chars)` : JSON.stringify(url)}`;
    it(label, () => {
      const { notices } = parseUrl(url);
      const given = [...new Set(notices.map((notice) => JSON.stringify([notice.key, notice.value])))].map((text) => JSON.parse(text) as [string, string]);
      const expected = entry.notices.map(([key, value]) => [key, value === null ? null : expand(value, entry.pad, true)] as const);
      expect(given.length).toBe(new Set(expected.map((item) => JSON.stringify(item))).size);
      for (const [key, value] of expected) {
        expect(given.some(([givenKey, givenValue]) => givenKey === key && (value === null || givenValue === value)), `${key} naming ${JSON.stringify(value)?.slice(0, 80)}`).toBe(true);
      }
    });
  }
});
