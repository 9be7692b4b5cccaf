// Nearby on the real boundaries: point-in-polygon against places whose county is known, and distances
// against great-circle figures worked out by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBoundaries, type BoundaryTopology } from '../../src/model/boundaries';
import { areaKm2, distanceToRegionKm, type RegionGeometry } from '../../src/model/geometry';
import { clustersNear, countyAt } from '../../src/model/nearby';
import { buildPlacer } from '../../src/model/placement';
import { buildRegionIndex } from '../../src/model/regions';
import { buildZoneGazetteer, type ZoneEntry } from '../../src/model/zone-gazetteer';
import type { Cluster } from '../../src/model/types';

const boundaries = buildBoundaries(JSON.parse(readFileSync('data/boundaries/henan.topo.json', 'utf8')) as BoundaryTopology);
const counties = boundaries.counties.features as RegionGeometry[];
const codeOf = (feature: RegionGeometry) => String(feature.properties?.code);
const county = (code: string) => boundaries.counties.features.find((feature) => feature.properties.code === code) as RegionGeometry;
const placer = buildPlacer(
  buildRegionIndex(boundaries.prefectures.features.map((feature) => feature.properties), boundaries.counties.features.map((feature) => feature.properties)),
  buildZoneGazetteer((JSON.parse(readFileSync('data/places/zones.json', 'utf8')) as { zones: ZoneEntry[] }).zones),
);
const prefecture = (code: string) => boundaries.prefectures.features.find((feature) => feature.properties.code === code) as RegionGeometry;

describe('countyAt on the real boundaries', () => {
  it('finds the county of well-known county seats', () => {
    expect(countyAt(counties, [112.908, 33.739], codeOf)).toBe('410423'); // 鲁山县城
    expect(countyAt(counties, [115.654, 32.168], codeOf)).toBe('411525'); // 固始县城
    expect(countyAt(counties, [111.473, 33.303], codeOf)).toBe('411323'); // 西峡县城
  });

  it('puts every county’s label point (polylabel, computed at build time) inside that county', () => {
    const misplaced = boundaries.counties.features
      .filter((feature) => countyAt(counties, feature.properties.label, codeOf) !== feature.properties.code)
      .map((feature) => feature.properties.name);
    expect(misplaced).toEqual([]);
  });

  it('finds no county outside Henan', () => {
    expect(countyAt(counties, [116.397, 39.909], codeOf)).toBeNull(); // Beijing
    expect(countyAt(counties, [117.0, 36.65], codeOf)).toBeNull(); // Jinan, Shandong
  });
});

describe('distanceToRegionKm', () => {
  it('is zero inside the region', () => {
    expect(distanceToRegionKm(county('410423'), [112.908, 33.739])).toBe(0);
  });

  it('is one degree of latitude (≈111.2 km) from a point due north of the region’s northernmost vertex', () => {
    const region = prefecture('410500'); // 安阳市, in the north of the province
    const rings = region.geometry.type === 'Polygon' ? region.geometry.coordinates : region.geometry.coordinates.flat();
    const [lon, lat] = rings.flat().reduce((best, point) => (point[1] > best[1] ? point : best));
    // The nearest boundary point lies within a hair of that vertex: 1° of a great circle is 111.19 km.
    expect(distanceToRegionKm(region, [lon, lat + 1])).toBeCloseTo(111.19, 0);
  });

  it('grows, by at most the distance moved, along a line leaving the province', () => {
    const region = prefecture('411500'); // 信阳市, in the south; 31°N lies south of it
    const near = distanceToRegionKm(region, [114.5, 31.0]);
    const far = distanceToRegionKm(region, [114.5, 30.0]);
    expect(near).toBeGreaterThan(0);
    // Triangle inequality: moving 111.19 km changes the distance to a fixed set by no more than that.
    expect(far).toBeGreaterThan(near);
    expect(far - near).toBeLessThanOrEqual(111.2);
    expect(far - near).toBeGreaterThan(80); // and mostly away from it, the boundary running east–west there
  });
});

describe('areaKm2', () => {
  it('gives Henan about 167,000 km² in all', () => {
    const total = boundaries.prefectures.features.reduce((sum, feature) => sum + areaKm2(feature as RegionGeometry), 0);
    expect(total).toBeGreaterThan(163_000);
    expect(total).toBeLessThan(170_000);
  });
});

describe('clustersNear', () => {
  const cluster = (id: string, code: string): Cluster => ({
    id, nameZh: id, nameEn: id, industry: 'food', subIndustryZh: null, sizeYi: 100, tier: '百亿', kind: 'cluster',
    scope: 'local', places: [{ code, zone: null }], section: 's', quote: 'q', annexRowId: null, noteZh: null, noteEn: null,
  });
  const geometryOf = (code: string) => (code.endsWith('00') ? prefecture(code) : county(code));
  const point: [number, number] = [112.908, 33.739]; // 鲁山县城

  it('lists clusters by distance from the point, the containing county first', () => {
    const list = clustersNear(placer, [cluster('far', '411525'), cluster('here', '410423'), cluster('prefecture', '410400')], geometryOf, point, 500);
    expect(list.map((entry) => entry.cluster.id)).toEqual(['here', 'prefecture', 'far']);
    expect(list[0].distanceKm).toBe(0);
    expect(list[1].distanceKm).toBe(0); // 鲁山 lies in 平顶山市
    expect(list[2].distanceKm).toBeGreaterThan(250);
  });

  it('leaves out clusters beyond the radius and province-wide designations', () => {
    const provinceWide = { ...cluster('province', '410423'), scope: 'province' as const, places: [] };
    const list = clustersNear(placer, [cluster('far', '411525'), provinceWide], geometryOf, point, 50);
    expect(list).toEqual([]);
  });
});
