// Renders the pictures in geo/README.md from the committed output (and the cached source):
//   geo/img/henan-overview.svg   counties, prefecture borders and outline, equirectangular
//   geo/img/closeup-<code>.svg   one county: source outline (GCJ-02 as published, and converted to
//                                WGS-84) against the simplified, quantized outline of the file
// Run after `npm run geo`:  node geo/render-preview.mjs [county code, default 410122 中牟县]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import gcoord from 'gcoord';
import { feature, mesh } from 'topojson-client';
import { fetchDefaultSource } from './lib/fetch-source.mjs';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const imageDirectory = path.join(repositoryRoot, 'geo/img');
const topology = JSON.parse(readFileSync(path.join(repositoryRoot, 'data/boundaries/henan.topo.json'), 'utf8'));
const countyCode = process.argv[2] ?? '410122';

/** Equirectangular, x scaled by cos(mid-latitude) so shapes are not stretched at 34° N. */
function projection([west, south, east, north], width, decimals = 1) {
  const xScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = width / ((east - west) * xScale);
  const height = Math.ceil((north - south) * scale);
  const project = ([longitude, latitude]) => [((longitude - west) * xScale * scale).toFixed(decimals), ((north - latitude) * scale).toFixed(decimals)];
  return { project, height };
}

function pathData(lines, project, close) {
  // Points that round to the pixel already drawn are skipped: the overview is 720 px wide.
  return lines.map((line) => `M${line.map((position) => project(position).join(',')).filter((point, index, points) => index === 0 || point !== points[index - 1]).join('L')}${close ? 'Z' : ''}`).join('');
}

const ringsOf = (geometry) => (geometry.type === 'Polygon' ? geometry.coordinates : geometry.type === 'MultiPolygon' ? geometry.coordinates.flat() : []);

function svg(width, height, body, title) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="sans-serif"><title>${title}</title><rect width="100%" height="100%" fill="#fff"/>${body}</svg>\n`;
}

mkdirSync(imageDirectory, { recursive: true });

// ---- overview ----
{
  const width = 720;
  const { project, height } = projection(topology.bbox, width, 0);
  const prefectures = feature(topology, topology.objects.prefectures).features;
  const palette = ['#eef2e6', '#e3ebf3', '#f5ece0', '#ece6f2'];
  const fills = prefectures.map((prefecture, index) => `<path fill="${palette[index % palette.length]}" d="${pathData(ringsOf(prefecture.geometry), project, true)}"/>`).join('');
  const countyBorders = pathData(mesh(topology, topology.objects.counties, (left, right) => left !== right).coordinates, project, false);
  const prefectureBorders = pathData(mesh(topology, topology.objects.counties, (left, right) => left.properties.prefectureCode !== right.properties.prefectureCode).coordinates, project, false);
  const outline = pathData(mesh(topology, topology.objects.counties, (left, right) => left === right).coordinates, project, false);
  const labels = topology.objects.prefectures.geometries.map(({ properties }) => {
    const [x, y] = project(properties.label);
    return `<text x="${x}" y="${y}" font-size="11" text-anchor="middle" fill="#333">${properties.name}</text>`;
  }).join('');
  const body = `<g fill-rule="evenodd" stroke="none">${fills}</g>`
    + `<path d="${countyBorders}" fill="none" stroke="#9aa58f" stroke-width="0.5"/>`
    + `<path d="${prefectureBorders}" fill="none" stroke="#4d5a45" stroke-width="1.2"/>`
    + `<path d="${outline}" fill="none" stroke="#222" stroke-width="1.5"/>${labels}`;
  writeFileSync(path.join(imageDirectory, 'henan-overview.svg'), svg(width, height, body, 'Henan: 157 county-level units, 18 prefecture-level units (data/boundaries/henan.topo.json)'));
}

// ---- close-up of one county: source vs output ----
{
  const source = JSON.parse(readFileSync(path.join(repositoryRoot, 'geo/source.json'), 'utf8'));
  const { files } = fetchDefaultSource(source, path.join(repositoryRoot, '.cache/geo'));
  const output = topology.objects.counties.geometries.find((geometry) => geometry.properties.code === countyCode);
  if (!output) throw new Error(`no county ${countyCode} in the output`);
  const prefectureFile = Object.entries(source.prefectureByFile).find(([, code]) => code === output.properties.prefectureCode)[0];
  const sourceFeature = files.find(({ fileName }) => fileName === prefectureFile).collection.features.find((candidate) => candidate.properties.name === output.properties.name);
  if (!sourceFeature) throw new Error(`${output.properties.name} is not named as such in the source (renamed unit?): pick another code`);
  const gcjRings = ringsOf(sourceFeature.geometry);
  const wgsRings = gcjRings.map((ring) => ring.map((position) => gcoord.transform(position, gcoord.GCJ02, gcoord.WGS84)));
  const outputRings = ringsOf(feature(topology, output).geometry);
  const all = [...gcjRings, ...wgsRings, ...outputRings].flat();
  const margin = 0.01;
  const box = [Math.min(...all.map((p) => p[0])) - margin, Math.min(...all.map((p) => p[1])) - margin, Math.max(...all.map((p) => p[0])) + margin, Math.max(...all.map((p) => p[1])) + margin];
  const width = 720;
  const { project, height } = projection(box, width);
  const sourceVertices = gcjRings.reduce((sum, ring) => sum + ring.length, 0);
  const outputVertices = outputRings.reduce((sum, ring) => sum + ring.length, 0);
  const legend = [
    ['#aaa', '4 3', `source as published (GCJ-02), ${sourceVertices} vertices`],
    ['#d33', '', 'source converted to WGS-84'],
    ['#1f5fbf', '', `henan.topo.json (WGS-84, simplified + quantized), ${outputVertices} vertices`],
  ].map(([colour, dash, text], index) => `<line x1="12" x2="40" y1="${18 + index * 18}" y2="${18 + index * 18}" stroke="${colour}" stroke-width="2" stroke-dasharray="${dash}"/><text x="46" y="${22 + index * 18}" font-size="12">${text}</text>`).join('');
  const body = `<path d="${pathData(gcjRings, project, true)}" fill="none" stroke="#aaa" stroke-width="1" stroke-dasharray="4 3"/>`
    + `<path d="${pathData(wgsRings, project, true)}" fill="none" stroke="#d33" stroke-width="1"/>`
    + `<path d="${pathData(outputRings, project, true)}" fill="none" stroke="#1f5fbf" stroke-width="1.5"/>`
    + `<g>${legend}</g><text x="12" y="${height - 10}" font-size="12">${output.properties.name} ${output.properties.code}</text>`;
  writeFileSync(path.join(imageDirectory, `closeup-${countyCode}.svg`), svg(width, height, body, `${output.properties.name}: source outline vs simplified output`));
}
console.log(`wrote geo/img/henan-overview.svg and geo/img/closeup-${countyCode}.svg`);
