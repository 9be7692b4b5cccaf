// The placement rule: what a place of the plan designates, on a tiny fixture and a hand-made gazetteer.
import { describe, expect, it } from 'vitest';
import { aggregateRegions, prefecturesNamedWhole } from '../../src/model/aggregate';
import { buildPlacer, regionCodesOf } from '../../src/model/placement';
import { clustersOfRegion } from '../../src/model/region-clusters';
import { findSites } from '../../src/model/site-finder';
import { buildZoneGazetteer, type ZoneEntry } from '../../src/model/zone-gazetteer';
import type { Cluster } from '../../src/model/types';
import { deepFreeze, regions } from './fixtures';

function zone(name: string, counties: string[], status: ZoneEntry['status'], confidence: ZoneEntry['confidence']): ZoneEntry {
  return { zone: name, aliases: [], nameEn: name, prefecture: '410100', counties, status, confidence, sources: [], reasoning: 'fixture' };
}

const gazetteer = buildZoneGazetteer(deepFreeze([
  zone('航空港区', ['410102', '410181'], 'multi-county', 'high'),
  zone('东城', ['410102'], 'county', 'low'),
  zone('经开区', [], 'not-established', null),
  // A gazetteer row naming a county of another prefecture cannot move a zone out of its prefecture.
  zone('错区', ['410307'], 'county', 'high'),
]));
const placer = buildPlacer(regions, gazetteer);

function cluster(id: string, places: [string, string | null][]): Cluster {
  return deepFreeze({
    id, nameZh: id, nameEn: id, industry: 'electronics', subIndustryZh: null, sizeYi: 100, tier: '百亿', kind: 'cluster', scope: 'local',
    places: places.map(([code, zoneName]) => ({ code, zone: zoneName })), section: 's', quote: 'q', annexRowId: null, noteZh: null, noteEn: null,
  } as Cluster);
}

const airport = cluster('airport', [['410100', '航空港区']]);
const eastTown = cluster('east-town', [['410100', '东城']]);
const devZone = cluster('dev-zone', [['410100', '经开区']]);
const wrongRow = cluster('wrong-row', [['410100', '错区']]);
const wholeCity = cluster('whole-city', [['410100', null]]);
const gongyi = cluster('gongyi', [['410181', null]]);
const jiyuan = cluster('jiyuan', [['419001', '济源虎岭']]);

describe('placementsOf', () => {
  it('reads a county the plan names as that county', () => {
    expect(placer.placementsOf(gongyi).map((placement) => [placement.kind, placement.countyCodes])).toEqual([['county', ['410181']]]);
  });

  it('reads a bare city name as the whole prefecture, in no county', () => {
    expect(placer.placementsOf(wholeCity).map((placement) => [placement.kind, placement.countyCodes])).toEqual([['prefecture-whole', []]]);
  });

  it('places a zone in the counties the gazetteer establishes', () => {
    expect(placer.placementsOf(airport).map((placement) => [placement.kind, placement.countyCodes])).toEqual([['zone-county', ['410102', '410181']]]);
  });

  it('keeps a low-confidence or unestablished zone in its prefecture without a county', () => {
    expect(placer.placementsOf(eastTown)[0]).toMatchObject({ kind: 'zone-unlocated', prefectureCode: '410100', countyCodes: [] });
    expect(placer.placementsOf(devZone)[0]).toMatchObject({ kind: 'zone-unlocated', prefectureCode: '410100', countyCodes: [] });
  });

  it('ignores gazetteer counties outside the prefecture the plan writes the zone under', () => {
    expect(placer.placementsOf(wrongRow)[0]).toMatchObject({ kind: 'zone-unlocated', countyCodes: [] });
  });

  it('treats 济源 as its own county and prefecture', () => {
    expect(regionCodesOf(placer, 'county', jiyuan)).toEqual(['419001']);
    expect(regionCodesOf(placer, 'prefecture', jiyuan)).toEqual(['419001']);
  });
});

describe('the views follow the placement', () => {
  const all = [airport, eastTown, devZone, wholeCity, gongyi];

  it('counts a located zone in each of its counties, and no unlocated zone in any county', () => {
    const figures = aggregateRegions(placer, 'county', all);
    expect(figures.get('410102')?.clusterIds).toEqual(['airport']);
    expect(figures.get('410181')?.clusterIds).toEqual(['airport', 'gongyi']);
    const prefecture = aggregateRegions(placer, 'prefecture', all);
    expect(prefecture.get('410100')?.clusterCount).toBe(5);
  });

  it('hatches only the prefectures the plan names as a whole', () => {
    expect([...prefecturesNamedWhole(placer, [airport, eastTown, devZone])]).toEqual([]);
    expect([...prefecturesNamedWhole(placer, [wholeCity])]).toEqual(['410100']);
  });

  it('tells a county that an unlocated zone lies somewhere in its prefecture, not that the city was named', () => {
    const related = clustersOfRegion(placer, '410102', 'county', [devZone, wholeCity, airport]);
    expect(related.map((entry) => [entry.cluster.id, entry.relation])).toEqual([
      ['airport', 'self'], ['whole-city', 'prefecture'], ['dev-zone', 'zone-unlocated'],
    ]);
  });

  it('does not rank counties as carrying an unlocated zone directly', () => {
    const { counties } = findSites(placer, [devZone], { industry: 'electronics', minimumTier: null });
    expect(new Set(counties.map((candidate) => candidate.directness))).toEqual(new Set(['in-prefecture']));
  });
});
