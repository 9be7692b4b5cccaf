import { describe, expect, it } from 'vitest';
import { buildSearchEntries, searchPlaces } from '../../src/model/search';
import { placeNamesFrom } from '../../src/model/place-pinyin';
import pinyinTable from '../../data/places/pinyin.json';
import type { Cluster } from '../../src/model/types';
import { clusters, regions } from './fixtures';

const withZone: Cluster[] = [
  ...clusters,
  { ...clusters[0], id: 'airport', places: [{ code: '410100', zone: '郑州航空港区' }] },
];
const placeNames = placeNamesFrom(pinyinTable);
const entries = buildSearchEntries(regions, withZone, placeNames);

describe('searchPlaces', () => {
  it('finds a county by Chinese name', () => {
    expect(searchPlaces(entries, '巩义')[0]).toMatchObject({ kind: 'county', code: '410181' });
  });

  it('finds by full pinyin and by initials', () => {
    expect(searchPlaces(entries, 'gongyi')[0].code).toBe('410181');
    expect(searchPlaces(entries, 'zz')[0]).toMatchObject({ kind: 'prefecture', code: '410100' });
  });

  it('names a zone in English by the gazetteer, else by the place-name rule', () => {
    const named = buildSearchEntries(regions, withZone, placeNames, new Map([['郑州航空港区', { nameEn: 'Zhengzhou Airport Economy Zone' }]]));
    expect(named.find((entry) => entry.kind === 'zone')?.nameEn).toBe('Zhengzhou Airport Economy Zone');
    expect(entries.find((entry) => entry.kind === 'zone')?.nameEn).toBe('Zhengzhouhangkonggang District');
  });

  it('finds a zone and jumps to its host region', () => {
    expect(searchPlaces(entries, '航空港')[0]).toMatchObject({ kind: 'zone', name: '郑州航空港区', code: '410100' });
  });

  it('ranks the prefecture before places whose names merely start the same', () => {
    expect(searchPlaces(entries, '郑州').map((entry) => entry.kind)).toEqual(['prefecture', 'zone']);
  });

  it('carries the English names for the English UI', () => {
    expect(searchPlaces(entries, '巩义')[0]).toMatchObject({ nameEn: 'Gongyi', contextEn: 'Zhengzhou' });
    expect(searchPlaces(entries, '航空港')[0]).toMatchObject({ nameEn: 'Zhengzhouhangkonggang District', contextEn: 'Zhengzhou' });
  });

  it('lists 济源 once', () => {
    expect(searchPlaces(entries, '济源')).toHaveLength(1);
  });

  it('returns nothing for an empty or unknown query', () => {
    expect(searchPlaces(entries, '  ')).toEqual([]);
    expect(searchPlaces(entries, 'xyzxyz')).toEqual([]);
  });
});

describe('place pinyin', () => {
  it('uses place-name readings where they differ from the common one', () => {
    expect(placeNames.plain('浚县')).toBe('xunxian');
    expect(placeNames.plain('泌阳县')).toBe('biyangxian');
  });

  it('turns names into English forms', () => {
    expect(placeNames.english('郑州市')).toBe('Zhengzhou');
    expect(placeNames.english('浚县')).toBe('Xun County');
    expect(placeNames.english('中原区')).toBe('Zhongyuan District');
  });

  it('shows tones for display and falls back to the name itself when it has no reading', () => {
    expect(placeNames.withTones('郑州市')).toBe('zhèng zhōu shì');
    expect(placeNames.withTones('无此地')).toBe('无此地');
    expect(placeNames.english('无此地')).toBe('无此地');
  });

  it('finds no reading for names that are members of Object.prototype', () => {
    expect(placeNames.english('constructor')).toBe('constructor');
    expect(placeNames.plain('__proto__')).toBe('');
  });

  it('reads only the table it was built from', () => {
    const other = placeNamesFrom({ 郑州市: ['zhèng', 'zhōu', 'shì'] });
    expect(other.english('浚县')).toBe('浚县');
    expect(placeNames.english('浚县')).toBe('Xun County');
  });
});
