import { describe, expect, it } from 'vitest';
import { findSites } from '../../src/model/site-finder';
import { buildPlacer } from '../../src/model/placement';
import { buildRegionIndex } from '../../src/model/regions';
import { EMPTY_GAZETTEER } from '../../src/model/zone-gazetteer';
import type { Cluster, CountyProperties } from '../../src/model/types';
import { deepFreeze, prefectures } from './fixtures';

const counties: CountyProperties[] = deepFreeze([
  { code: '410102', name: '中原区', prefectureCode: '410100', prefectureName: '郑州市', directlyAdministered2014: false },
  { code: '410122', name: '中牟县', prefectureCode: '410100', prefectureName: '郑州市', directlyAdministered2014: false },
  { code: '410182', name: '荥阳市', prefectureCode: '410100', prefectureName: '郑州市', directlyAdministered2014: false },
  { code: '410307', name: '偃师区', prefectureCode: '410300', prefectureName: '洛阳市', directlyAdministered2014: false },
  { code: '410308', name: '孟津区', prefectureCode: '410300', prefectureName: '洛阳市', directlyAdministered2014: false },
  { code: '419001', name: '济源市', prefectureCode: '419001', prefectureName: '济源市', directlyAdministered2014: false },
]);
const placer = buildPlacer(buildRegionIndex(prefectures, counties), EMPTY_GAZETTEER);

function cluster(id: string, sizeYi: number | null, places: [string, string | null][], industry: Cluster['industry'] = 'automotive'): Cluster {
  const tier = sizeYi === null ? null : sizeYi >= 10000 ? '万亿' : sizeYi >= 1000 ? '千亿' : '百亿';
  return {
    id, nameZh: id, nameEn: id, industry, subIndustryZh: null, sizeYi, tier, kind: 'cluster', scope: 'local',
    places: places.map(([code, zone]) => ({ code, zone })), section: 's', quote: 'q', annexRowId: `annex-${id}`, noteZh: null, noteEn: null,
  };
}

const clusters = deepFreeze([
  cluster('zhongmu-auto', 2000, [['410122', '中牟汽车产业集聚区']]),
  cluster('jiyuan-parts', 100, [['419001', '济源虎岭']]),
  cluster('luoyang-auto', 1000, [['410300', null]]),
  cluster('zhongyuan-auto', 100, [['410102', null]]),
  cluster('luoyang-food', 100, [['410307', null]], 'food'),
]);

describe('findSites', () => {
  const { counties: ranked, prefectures: rankedPrefectures } = findSites(placer, clusters, { industry: 'automotive', minimumTier: null });
  const row = (code: string) => ranked.find((candidate) => candidate.code === code)!;

  it('ranks named counties first (by tier, then size), then prefecture-wide, then elsewhere-in-prefecture', () => {
    expect(ranked.map((candidate) => [candidate.code, candidate.directness])).toEqual([
      ['410122', 'named'],          // 中牟: 2000亿
      ['410102', 'named'],          // 中原: 百亿 (code order breaks the tie with 济源)
      ['419001', 'named'],          // 济源: 百亿
      ['410307', 'prefecture-wide'], // 洛阳's whole-city cluster
      ['410308', 'prefecture-wide'],
      ['410182', 'in-prefecture'],   // 荥阳: clusters elsewhere in 郑州
    ]);
  });

  it('carries the zones named at the county and the annex rows of its clusters', () => {
    expect(row('410122')).toMatchObject({ zones: ['中牟汽车产业集聚区'], annexRowIds: ['annex-zhongmu-auto'], totalSizeYi: 2000, highestTier: '千亿' });
    expect(row('410182')).toMatchObject({ zones: [], clusterIds: ['zhongmu-auto', 'zhongyuan-auto'] });
  });

  it('ignores clusters of other industries', () => {
    expect(row('410307').clusterIds).toEqual(['luoyang-auto']);
  });

  it('ranks prefectures by the clusters anywhere inside them', () => {
    expect(rankedPrefectures.map((candidate) => [candidate.code, candidate.totalSizeYi])).toEqual([
      ['410100', 2100], ['410300', 1000], ['419001', 100],
    ]);
  });

  it('drops clusters below the minimum tier', () => {
    const result = findSites(placer, clusters, { industry: 'automotive', minimumTier: '千亿' });
    expect(result.counties.filter((candidate) => candidate.directness === 'named').map((candidate) => candidate.code)).toEqual(['410122']);
    expect(result.prefectures.map((candidate) => candidate.code)).toEqual(['410100', '410300']);
  });

  it('finds nothing for an industry the plan does not designate here', () => {
    expect(findSites(placer, clusters, { industry: 'chemicals', minimumTier: null })).toEqual({ counties: [], prefectures: [] });
  });
});
