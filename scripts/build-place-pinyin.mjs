// Generates data/places/pinyin.json: the pinyin (with tones) of every place name the app shows —
// prefectures and counties from the boundary file, zones from the plan. Done at build time so the
// app ships a few KB of readings instead of pinyin-pro's 140 KB dictionary.
// Run: npm run pinyin (after the boundaries or the plan's places change).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { customPinyin, pinyin } from 'pinyin-pro';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = path.join(root, 'data/places/pinyin.json');

// Place-name readings (地名读音) that differ from the common reading of the character.
export const PLACE_READINGS = { 泌阳: 'bì yáng', 浚县: 'xùn xiàn' };

export function placeNames(topology, clusters) {
  const names = new Set();
  for (const object of ['prefectures', 'counties']) {
    for (const geometry of topology.objects[object].geometries) names.add(geometry.properties.name);
  }
  for (const cluster of clusters) for (const place of cluster.places) if (place.zone) names.add(place.zone);
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function buildPinyinTable(names) {
  customPinyin(PLACE_READINGS);
  const table = {};
  for (const name of names) table[name] = pinyin(name, { toneType: 'symbol', type: 'array' });
  return table;
}

export function serialise(table) {
  return JSON.stringify(table, null, 0).replace(/\],"/g, '],\n"').replace(/^\{/, '{\n').replace(/\}$/, '\n}\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const topology = JSON.parse(readFileSync(path.join(root, 'data/boundaries/henan.topo.json'), 'utf8'));
  const clusters = JSON.parse(readFileSync(path.join(root, 'data/plan/clusters.json'), 'utf8'));
  const table = buildPinyinTable(placeNames(topology, clusters));
  writeFileSync(OUTPUT, serialise(table));
  console.log(`${path.relative(root, OUTPUT)}: ${Object.keys(table).length} names`);
}
