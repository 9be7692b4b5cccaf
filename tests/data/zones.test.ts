// The zone gazetteer (data/places/zones.json): every zone the plan names as a cluster's place,
// placed on today's county-level units of the boundary file, with a cited source wherever the
// placement is not read off the zone's own name. See data/places/README.md for the method.
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../src/model/types';
import { readJson, readPlanFile } from './plan-files';

type Confidence = 'high' | 'medium' | 'low';
interface ZoneSource { title: string; url: string; publisher: string; says: string }
interface ZoneEntry {
  zone: string;
  aliases: string[];
  officialNameZh: string;
  nameEn: string;
  prefecture: string;
  prefectures?: string[];
  counties: string[];
  status: 'county' | 'multi-county' | 'not-established';
  confidence: Confidence | null;
  namedAfterCounty: boolean;
  sources: ZoneSource[];
  reasoning: string;
}
interface Gazetteer { about: string; zones: ZoneEntry[] }
interface UnitProperties { code: string; name: string; prefectureCode?: string }
interface Topology { objects: Record<string, { geometries: { properties: UnitProperties }[] }> }

const gazetteer = readJson<Gazetteer>('data/places/zones.json');
const clusters = readPlanFile<Cluster[]>('clusters.json');
const topology = readJson<Topology>('data/boundaries/henan.topo.json');

const counties = new Map(topology.objects.counties.geometries.map((g) => [g.properties.code, g.properties]));
const prefectureCodes = new Set(topology.objects.prefectures.geometries.map((g) => g.properties.code));
const planZones = new Set(clusters.flatMap((cluster) => cluster.places.flatMap((place) => (place.zone ? [place.zone] : []))));
const namesOf = (entry: ZoneEntry) => [entry.zone, ...entry.aliases];
const entryFor = (zone: string) => gazetteer.zones.find((entry) => namesOf(entry).includes(zone));
const prefecturesOf = (entry: ZoneEntry) => entry.prefectures ?? [entry.prefecture];
const placed = gazetteer.zones.filter((entry) => entry.status !== 'not-established');

describe('zone gazetteer', () => {
  it('has exactly one entry, by zone or alias, for every zone string of clusters.json', () => {
    const matches = [...planZones].map((zone) => [zone, gazetteer.zones.filter((entry) => namesOf(entry).includes(zone)).length]);
    expect(matches.filter(([, count]) => count !== 1)).toEqual([]);
  });

  it('names no zone that clusters.json does not use', () => {
    expect(gazetteer.zones.flatMap(namesOf).filter((name) => !planZones.has(name))).toEqual([]);
  });

  it('uses only prefecture codes of the boundary file', () => {
    expect(gazetteer.zones.flatMap(prefecturesOf).filter((code) => !prefectureCodes.has(code))).toEqual([]);
    expect(gazetteer.zones.filter((entry) => entry.prefectures && entry.prefectures[0] !== entry.prefecture).map((e) => e.zone)).toEqual([]);
  });

  it('uses only county codes of the boundary file, each inside the entry’s prefecture', () => {
    const wrong = gazetteer.zones.flatMap((entry) =>
      entry.counties
        .filter((code) => !counties.has(code) || !prefecturesOf(entry).includes(counties.get(code)!.prefectureCode!))
        .map((code) => `${entry.zone}: ${code}`),
    );
    expect(wrong).toEqual([]);
  });

  it('gives county entries one county and multi-county entries several, all distinct', () => {
    expect(gazetteer.zones.filter((e) => e.status === 'county' && e.counties.length !== 1).map((e) => e.zone)).toEqual([]);
    expect(gazetteer.zones.filter((e) => e.status === 'multi-county' && e.counties.length < 2).map((e) => e.zone)).toEqual([]);
    expect(gazetteer.zones.filter((e) => new Set(e.counties).size !== e.counties.length).map((e) => e.zone)).toEqual([]);
  });

  it('gives not-established entries no counties and no confidence, placed entries a confidence', () => {
    const notEstablished = gazetteer.zones.filter((entry) => entry.status === 'not-established');
    expect(notEstablished.filter((entry) => entry.counties.length > 0 || entry.confidence !== null).map((e) => e.zone)).toEqual([]);
    expect(placed.filter((entry) => !['high', 'medium', 'low'].includes(entry.confidence ?? '')).map((e) => e.zone)).toEqual([]);
  });

  it('cites an https source for every placement below high confidence or not read off the zone’s name', () => {
    const needsSource = placed.filter((entry) => entry.confidence !== 'high' || !entry.namedAfterCounty);
    expect(needsSource.filter((entry) => !entry.sources.some((source) => /^https:\/\/\S+$/.test(source.url))).map((e) => e.zone)).toEqual([]);
  });

  it('says for each low-confidence placement that it is only probable', () => {
    expect(placed.filter((e) => e.confidence === 'low' && !/probabl/i.test(e.reasoning)).map((e) => e.zone)).toEqual([]);
  });

  it('gives every source a title, a web address, a publisher and a fact of at most 200 characters', () => {
    const bad = gazetteer.zones.flatMap((entry) =>
      entry.sources
        .filter((s) => !s.title || !/^https?:\/\/\S+$/.test(s.url) || !s.publisher || !s.says || [...s.says].length > 200)
        .map((s) => `${entry.zone}: ${s.title}`),
    );
    expect(bad).toEqual([]);
  });

  it('gives every entry an official Chinese name, an English name without Chinese characters, and its reasoning', () => {
    const bad = gazetteer.zones.filter((e) => !e.officialNameZh || !e.nameEn || /\p{Script=Han}/u.test(e.nameEn) || !e.reasoning);
    expect(bad.map((e) => e.zone)).toEqual([]);
  });

  it('places the zones named after their county on that county', () => {
    // Hand-checked against the names: 宜阳县 410327, 长葛市 411082, 中牟县 410122, 荥阳市 410182, 济源市 419001.
    expect(entryFor('宜阳县产业集聚区')?.counties).toEqual(['410327']);
    expect(entryFor('长葛市产业集聚区')?.counties).toEqual(['411082']);
    expect(entryFor('长葛大周')?.counties).toEqual(['411082']);
    expect(entryFor('中牟汽车产业集聚区')?.counties).toEqual(['410122']);
    expect(entryFor('荥阳市产业集聚区')?.counties).toEqual(['410182']);
    expect(entryFor('济源虎岭')?.counties).toEqual(['419001']);
  });

  it('places the airport zone on both counties its townships come from (新郑市 and 中牟县)', () => {
    const airport = entryFor('郑州航空港区');
    expect(airport?.status).toBe('multi-county');
    expect([...(airport?.counties ?? [])].sort()).toEqual(['410122', '410184']);
  });

  it('treats the two spellings of the 汴西 zone as one entry', () => {
    expect(entryFor('开封汴西')).toBe(entryFor('开封汴西产业集聚区'));
  });

  it('has the counts stated in data/places/README.md', () => {
    const count = (predicate: (entry: ZoneEntry) => boolean) => gazetteer.zones.filter(predicate).length;
    expect(gazetteer.zones.length).toBe(34);
    expect(count((e) => e.status === 'county')).toBe(COUNTS.county);
    expect(count((e) => e.status === 'multi-county')).toBe(COUNTS.multiCounty);
    expect(count((e) => e.status === 'not-established')).toBe(COUNTS.notEstablished);
    expect(count((e) => e.confidence === 'high')).toBe(COUNTS.high);
    expect(count((e) => e.confidence === 'medium')).toBe(COUNTS.medium);
    expect(count((e) => e.confidence === 'low')).toBe(COUNTS.low);
  });
});

/** The counts of data/places/README.md ("Counts"); change both together. */
const COUNTS = { county: 17, multiCounty: 3, notEstablished: 14, high: 11, medium: 5, low: 4 };
