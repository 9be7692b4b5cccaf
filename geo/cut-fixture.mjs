// Cuts tests/fixtures/counties-sample.topo.json from the real output: a few neighbouring counties
// on both sides of the 郑州/开封 border, with only the arcs they use and their prefectures
// re-dissolved from them. Rerun after `npm run geo` changes the output:  node geo/cut-fixture.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bbox } from 'topojson-client';
import { dissolve } from './lib/dissolve.mjs';

// 管城回族区, 金水区, 中牟县 (郑州) and 祥符区, 尉氏县 (开封).
const sampleCodes = ['410104', '410105', '410122', '410212', '410223'];

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const full = JSON.parse(readFileSync(path.join(repositoryRoot, 'data/boundaries/henan.topo.json'), 'utf8'));
const counties = full.objects.counties.geometries.filter((geometry) => sampleCodes.includes(geometry.properties.code));
if (counties.length !== sampleCodes.length) throw new Error(`found ${counties.length} of ${sampleCodes.length} sample counties`);

const subset = { type: 'Topology', transform: full.transform, objects: { counties: { type: 'GeometryCollection', geometries: counties } }, arcs: full.arcs };
const prefectureCodes = [...new Set(counties.map((geometry) => geometry.properties.prefectureCode))].sort();
const prefectures = prefectureCodes.map((code) => {
  const { geometry } = dissolve(subset, counties.filter((county) => county.properties.prefectureCode === code));
  const { name, label } = full.objects.prefectures.geometries.find((prefecture) => prefecture.properties.code === code).properties;
  // The label stays the full prefecture's: the fixture tests structure, not label placement.
  return { ...geometry, properties: { code, name, label } };
});

// Renumber the arcs that are used, in first-use order, keeping their direction.
const newIndexByOld = new Map();
const usedArcs = [];
const renumber = (arcIndex) => {
  const old = arcIndex < 0 ? ~arcIndex : arcIndex;
  if (!newIndexByOld.has(old)) { newIndexByOld.set(old, usedArcs.length); usedArcs.push(full.arcs[old]); }
  const index = newIndexByOld.get(old);
  return arcIndex < 0 ? ~index : index;
};
const renumbered = (geometry) => ({
  type: geometry.type,
  arcs: geometry.type === 'Polygon' ? geometry.arcs.map((ring) => ring.map(renumber)) : geometry.arcs.map((polygon) => polygon.map((ring) => ring.map(renumber))),
  properties: geometry.properties,
});
const fixture = {
  type: 'Topology',
  bbox: null,
  transform: full.transform,
  objects: {
    counties: { type: 'GeometryCollection', geometries: counties.map(renumbered) },
    prefectures: { type: 'GeometryCollection', geometries: prefectures.map(renumbered) },
  },
  arcs: usedArcs,
};
fixture.bbox = bbox(fixture);
writeFileSync(path.join(repositoryRoot, 'tests/fixtures/counties-sample.topo.json'), `${JSON.stringify(fixture)}\n`);
console.log(`tests/fixtures/counties-sample.topo.json: ${counties.length} counties, ${prefectures.length} prefectures, ${usedArcs.length} arcs`);
