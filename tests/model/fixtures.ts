// Small real units and made-up but well-formed clusters for the model tests. Frozen deeply, so a
// function that mutates its input fails the test that uses it.
import { buildPlacer } from '../../src/model/placement';
import { buildRegionIndex } from '../../src/model/regions';
import { EMPTY_GAZETTEER } from '../../src/model/zone-gazetteer';
import type { Cluster, CountyProperties, PrefectureProperties, StatedCount } from '../../src/model/types';

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}

export const prefectures: PrefectureProperties[] = deepFreeze([
  { code: '410100', name: '郑州市' },
  { code: '410300', name: '洛阳市' },
  { code: '419001', name: '济源市' },
]);

export const counties: CountyProperties[] = deepFreeze([
  { code: '410102', name: '中原区', prefectureCode: '410100', prefectureName: '郑州市', directlyAdministered2014: false },
  { code: '410181', name: '巩义市', prefectureCode: '410100', prefectureName: '郑州市', directlyAdministered2014: true },
  { code: '410307', name: '偃师区', prefectureCode: '410300', prefectureName: '洛阳市', directlyAdministered2014: false },
  { code: '410308', name: '孟津区', prefectureCode: '410300', prefectureName: '洛阳市', directlyAdministered2014: false },
  { code: '419001', name: '济源市', prefectureCode: '419001', prefectureName: '济源市', directlyAdministered2014: false },
]);

export const regions = buildRegionIndex(prefectures, counties);
/** The fixture's placements; no zone of the fixture is in a gazetteer, so every zone is unlocated. */
export const placer = buildPlacer(regions, EMPTY_GAZETTEER);

function cluster(id: string, industry: Cluster['industry'], sizeYi: number | null, codes: string[], scope: Cluster['scope'] = 'local'): Cluster {
  const tier = sizeYi === null ? null : sizeYi >= 10000 ? '万亿' : sizeYi >= 1000 ? '千亿' : '百亿';
  return {
    id, nameZh: id, nameEn: id, industry, subIndustryZh: null, sizeYi, tier, kind: 'cluster', scope,
    places: codes.map((code) => ({ code, zone: null })), section: 's', quote: 'q', annexRowId: null, noteZh: null, noteEn: null,
  };
}

export const clusters: Cluster[] = deepFreeze([
  cluster('gongyi-aluminium', 'metallurgy', 1000, ['410181']),
  cluster('zhongyuan-apparel', 'apparel', 100, ['410102']),
  cluster('zhengzhou-auto', 'automotive', 3000, ['410100']),
  cluster('luoyang-power-valley', 'equipment', 1000, ['410307', '410308']),
  cluster('jiyuan-lead', 'metallurgy', 100, ['419001']),
  cluster('wind-bases', 'new-energy', null, ['410308']),
  cluster('province-food', 'food', 10000, [], 'province'),
]);

export const statedCounts: StatedCount[] = deepFreeze([
  { id: 'metallurgy-100', industry: 'metallurgy', tier: '百亿', sizeYi: 100, stated: 5, clusterIds: ['jiyuan-lead'], section: 's', quote: 'q' },
]);
