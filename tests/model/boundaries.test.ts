// buildBoundaries on a tiny real fixture: 管城回族区, 金水区, 中牟县 (郑州) and 祥符区, 尉氏县 (开封),
// cut from the real output by geo/cut-fixture.mjs. Expectations come from geography and from
// invariants of a tessellation, not from the function's own output.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import length from '@turf/length';
import bbox from '@turf/bbox';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { buildBoundaries, type BoundaryTopology } from '../../src/model/boundaries';

function deepFreeze<Value>(value: Value): Value {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const fixture = deepFreeze(JSON.parse(readFileSync('tests/fixtures/counties-sample.topo.json', 'utf8')) as BoundaryTopology);
const boundaries = buildBoundaries(fixture);

const lineKilometres = (lines: MultiLineString) => length({ type: 'Feature', properties: {}, geometry: lines });
const perimeterKilometres = (shape: Feature<Polygon | MultiPolygon>) => {
  const rings = shape.geometry.type === 'Polygon' ? shape.geometry.coordinates : shape.geometry.coordinates.flat();
  return lineKilometres({ type: 'MultiLineString', coordinates: rings });
};
const segmentKeys = (lines: MultiLineString) => lines.coordinates.flatMap((line) => line.slice(1).map((end, index) => [line[index].join(','), end.join(',')].sort().join('|')));

describe('buildBoundaries', () => {
  it('works on a deeply frozen topology, so it never mutates its input', () => {
    expect(Object.isFrozen(fixture.objects.counties.geometries[0].properties)).toBe(true);
    expect(() => buildBoundaries(fixture)).not.toThrow();
  });

  it('gives one feature per county and prefecture, with the numeric code as id', () => {
    expect(boundaries.counties.features.map((county) => county.properties.name)).toEqual(['管城回族区', '金水区', '中牟县', '祥符区', '尉氏县']);
    expect(boundaries.prefectures.features.map((prefecture) => prefecture.properties.name)).toEqual(['郑州市', '开封市']);
    for (const county of boundaries.counties.features) expect(county.id).toBe(Number(county.properties.code));
    expect(boundaries.prefectures.features.map((prefecture) => prefecture.id)).toEqual([410100, 410200]);
  });

  it('finds the neighbours a map of the area shows', () => {
    // 中牟 lies between 郑州's urban districts and 开封; 尉氏 is south of 祥符区 and south-east of 中牟.
    expect(boundaries.neighbours.get('410122')).toEqual(['410104', '410105', '410212', '410223']);
    expect(boundaries.neighbours.get('410104')).toEqual(['410105', '410122']);
    expect(boundaries.neighbours.get('410212')).toEqual(['410122', '410223']);
    expect(boundaries.neighbours.get('410223')).toEqual(['410122', '410212']);
  });

  it('does not call counties separated by 中牟 neighbours', () => {
    for (const urban of ['410104', '410105']) {
      expect(boundaries.neighbours.get(urban)).not.toContain('410212');
      expect(boundaries.neighbours.get(urban)).not.toContain('410223');
    }
  });

  it('gives prefectures their neighbours too', () => {
    expect(boundaries.neighbours.get('410100')).toEqual(['410200']);
    expect(boundaries.neighbours.get('410200')).toEqual(['410100']);
  });

  it('splits every county edge into exactly one of the internal borders or the outline', () => {
    const internal = segmentKeys(boundaries.countyBorders);
    const outline = segmentKeys(boundaries.outline);
    expect(new Set(internal).size).toBe(internal.length);
    expect(new Set(outline).size).toBe(outline.length);
    expect(internal.filter((key) => outline.includes(key))).toEqual([]);
    const countyEdges = new Set(boundaries.counties.features.flatMap((county) => {
      const rings = county.geometry.type === 'Polygon' ? county.geometry.coordinates : county.geometry.coordinates.flat();
      return segmentKeys({ type: 'MultiLineString', coordinates: rings });
    }));
    expect(internal.length + outline.length).toBe(countyEdges.size);
  });

  it('draws each internal border once: county perimeters = 2 × internal borders + outline', () => {
    const perimeters = boundaries.counties.features.reduce((sum, county) => sum + perimeterKilometres(county), 0);
    const expected = 2 * lineKilometres(boundaries.countyBorders) + lineKilometres(boundaries.outline);
    expect(Math.abs(perimeters - expected)).toBeLessThan(1e-6 * perimeters);
  });

  it('draws prefecture borders along county borders, once: prefecture perimeters = 2 × prefecture borders + outline', () => {
    const countyBorderSegments = new Set(segmentKeys(boundaries.countyBorders));
    for (const key of segmentKeys(boundaries.prefectureBorders)) expect(countyBorderSegments.has(key)).toBe(true);
    const perimeters = boundaries.prefectures.features.reduce((sum, prefecture) => sum + perimeterKilometres(prefecture), 0);
    const expected = 2 * lineKilometres(boundaries.prefectureBorders) + lineKilometres(boundaries.outline);
    expect(Math.abs(perimeters - expected)).toBeLessThan(1e-6 * perimeters);
    expect(lineKilometres(boundaries.prefectureBorders)).toBeLessThan(lineKilometres(boundaries.countyBorders));
  });

  it('has the extent of its counties, which is where these five counties are', () => {
    const [west, south, east, north] = boundaries.bbox;
    const expected = bbox(boundaries.counties);
    boundaries.bbox.forEach((value, index) => expect(value).toBeCloseTo(expected[index], 9));
    // 金水区 reaches ~113.6° E, 祥符区 ~114.7° E, 尉氏县 ~34.2° N, the Yellow River ~34.95° N.
    expect(west).toBeCloseTo(113.6, 1);
    expect(east).toBeCloseTo(114.7, 1);
    expect(south).toBeCloseTo(34.2, 1);
    expect(north).toBeCloseTo(34.95, 1);
  });

  it('copies properties, so changing a feature leaves the topology as it was', () => {
    const [first] = buildBoundaries(fixture).counties.features;
    first.properties.name = 'changed';
    expect(fixture.objects.counties.geometries[0].properties.name).toBe('管城回族区');
  });
});
