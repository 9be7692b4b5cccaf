import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildPinyinTable, OUTPUT, placeNames, serialise } from '../../scripts/build-place-pinyin.mjs';

const root = path.resolve(__dirname, '../..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

describe('data/places/pinyin.json', () => {
  const topology = readJson('data/boundaries/henan.topo.json');
  const clusters = readJson('data/plan/clusters.json');

  it('is what scripts/build-place-pinyin.mjs makes from the current boundaries and plan', () => {
    const expected = serialise(buildPinyinTable(placeNames(topology, clusters)));
    expect(readFileSync(OUTPUT, 'utf8')).toBe(expected);
  });

  it('has a reading for every prefecture, county and zone name, one syllable per character', () => {
    const table = readJson('data/places/pinyin.json') as Record<string, string[]>;
    for (const name of placeNames(topology, clusters) as string[]) {
      const cjk = [...name].filter((character) => /\p{Script=Han}/u.test(character));
      expect(table[name]?.length, name).toBe(cjk.length + [...name].filter((character) => /[A-Za-z0-9]/.test(character)).length);
    }
  });
});
