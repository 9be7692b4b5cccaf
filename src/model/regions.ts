// The region index: every prefecture-level and county-level unit of the boundary file by code.
import type { Level } from './catalog';
import type { AdminCode, CountyProperties, PrefectureProperties } from './types';

/** A region is a prefecture-level or a county-level unit: the map's levels (catalog.ts LEVELS). */
export type RegionLevel = Level;

export interface Region {
  code: AdminCode;
  name: string;
  level: RegionLevel;
  /** The prefecture-level unit containing it (itself for a prefecture; 济源 is both levels). */
  prefectureCode: AdminCode;
  directlyAdministered2014: boolean;
}

export interface RegionIndex {
  prefectures: Region[];
  counties: Region[];
  /** By code. 济源 (419001) is both a prefecture and a county: this map holds the prefecture entry. */
  byCode: Map<AdminCode, Region>;
  countyByCode: Map<AdminCode, Region>;
  countiesOf: (prefectureCode: AdminCode) => Region[];
}

export function buildRegionIndex(
  prefectures: readonly PrefectureProperties[],
  counties: readonly CountyProperties[],
): RegionIndex {
  const prefectureRegions: Region[] = prefectures.map((prefecture) => ({
    code: prefecture.code,
    name: prefecture.name,
    level: 'prefecture',
    prefectureCode: prefecture.code,
    directlyAdministered2014: false,
  }));
  const countyRegions: Region[] = counties.map((county) => ({
    code: county.code,
    name: county.name,
    level: 'county',
    prefectureCode: county.prefectureCode,
    directlyAdministered2014: county.directlyAdministered2014,
  }));
  const countyByCode = new Map(countyRegions.map((region) => [region.code, region]));
  const byCode = new Map<AdminCode, Region>(countyByCode);
  for (const region of prefectureRegions) byCode.set(region.code, region);
  const countiesByPrefecture = new Map<AdminCode, Region[]>();
  for (const region of countyRegions) {
    const list = countiesByPrefecture.get(region.prefectureCode) ?? [];
    list.push(region);
    countiesByPrefecture.set(region.prefectureCode, list);
  }
  return {
    prefectures: prefectureRegions,
    counties: countyRegions,
    byCode,
    countyByCode,
    countiesOf: (prefectureCode) => countiesByPrefecture.get(prefectureCode) ?? [],
  };
}

/** The region of a code at a given level (济源's code names both a prefecture and a county). */
export function regionAtLevel(index: RegionIndex, code: AdminCode, level: RegionLevel): Region | undefined {
  if (level === 'county') return index.countyByCode.get(code);
  const region = index.byCode.get(code);
  return region?.level === 'prefecture' ? region : undefined;
}
