// Helpers for the atlas's own browser tests: data read from the repository (not from the app), map
// readiness, canvas pixels. Not a test file (no .e2e.mjs).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

export const topology = readJson('data/boundaries/henan.topo.json');
export const clusters = readJson('data/plan/clusters.json');

/** Properties of a county or prefecture from the boundary file, by code and object name. */
export function unit(object, code) {
  const found = topology.objects[object].geometries.find((geometry) => geometry.properties.code === code);
  if (!found) throw new Error(`no ${object} ${code} in the boundary file`);
  return found.properties;
}

export const READY_MS = 30_000;

/** Opens a URL and waits until MapLibre shows the map (the SVG map is on screen before that). */
export async function gotoReady(page, url, helpers) {
  await page.goto(url);
  await helpers.waitForMark(page, 'map:gl-ready', READY_MS);
}

/** Screen position (CSS px, relative to the map canvas) of a coordinate, via the app's test hook. */
export async function project(page, lngLat) {
  return page.evaluate((point) => window.atlasDebug.project(point), lngLat);
}

/** Page coordinates of a coordinate, for mouse clicks. */
export async function pagePoint(page, lngLat) {
  const local = await project(page, lngLat);
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  return { x: box.x + local.x, y: box.y + local.y };
}

/** Page coordinates of a coordinate on the SVG map (its own projection, the same camera as MapLibre's). */
export async function svgPagePoint(page, lngLat) {
  return page.evaluate((point) => {
    const local = window.atlasDebug.project(point);
    const box = document.querySelector('.map-svg').getBoundingClientRect();
    return { x: box.left + local.x, y: box.top + local.y };
  }, lngLat);
}

/** The bytes of the file that `action` makes the page download. */
export async function download(page, action) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: READY_MS }), action()]);
  return readFile(await file.path());
}

/**
 * The colours ("r,g,b", one per pixel) of the map canvas in a square of `size` device pixels centred
 * on a coordinate, read from a 2D copy of the WebGL canvas (the map keeps its drawing buffer).
 */
async function pixelsAround(page, lngLat, size, offset = { x: 0, y: 0 }) {
  const local = await project(page, lngLat);
  return page.evaluate(({ x, y, size }) => {
    const source = document.querySelector('.maplibregl-canvas');
    const ratio = source.width / source.clientWidth;
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const context = copy.getContext('2d');
    context.drawImage(source, 0, 0);
    const half = Math.floor(size / 2);
    const data = context.getImageData(Math.round(x * ratio) - half, Math.round(y * ratio) - half, size, size).data;
    const pixels = [];
    for (let index = 0; index < data.length; index += 4) pixels.push(`${data[index]},${data[index + 1]},${data[index + 2]}`);
    return pixels;
  }, { x: local.x + offset.x, y: local.y + offset.y, size });
}

/**
 * The most common colour of the map canvas in a small square around a point (labels and borders
 * cross some pixels; the fill dominates). Returns [r, g, b].
 */
export async function fillColorAt(page, lngLat, offset = { x: 0, y: 14 }) {
  const counts = new Map();
  for (const pixel of await pixelsAround(page, lngLat, 7, offset)) counts.set(pixel, (counts.get(pixel) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best.split(',').map(Number);
}

export function isGrey([r, g, b], tolerance = 6) {
  return Math.abs(r - g) <= tolerance && Math.abs(g - b) <= tolerance;
}

/** Waits for the next `filter:applied` mark after `action`. */
export async function afterFilter(page, helpers, action) {
  await page.evaluate(() => performance.clearMarks('filter:applied'));
  await action();
  await helpers.waitForMark(page, 'filter:applied', READY_MS);
}

/** Polls the fill colour at a point until `accept` says yes (the map redraws asynchronously). */
export async function waitForFill(page, lngLat, accept, timeoutMs = READY_MS) {
  const deadline = Date.now() + timeoutMs;
  let colour = await fillColorAt(page, lngLat);
  while (!accept(colour) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    colour = await fillColorAt(page, lngLat);
  }
  return colour;
}

/** How many distinct colours the map canvas has in a square around a point (a hatch has several). */
export async function coloursAround(page, lngLat, size = 16) {
  return new Set(await pixelsAround(page, lngLat, size)).size;
}

/**
 * Decodes an exported PNG in the page and reads it back: its size, the number of distinct colours in
 * each named rectangle ([x, y, width, height] in image pixels), and the colour of each named pixel.
 */
export async function pngFacts(page, bytes, { rects = {}, pixels = {} } = {}) {
  return page.evaluate(async ({ base64, rects, pixels }) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const colours = {};
    for (const [name, [x, y, width, height]] of Object.entries(rects)) {
      const data = context.getImageData(x, y, width, height).data;
      const set = new Set();
      for (let index = 0; index < data.length; index += 4) set.add(`${data[index]},${data[index + 1]},${data[index + 2]}`);
      colours[name] = set.size;
    }
    const read = {};
    for (const [name, [x, y]] of Object.entries(pixels)) read[name] = `rgb(${[...context.getImageData(x, y, 1, 1).data].slice(0, 3).join(', ')})`;
    return { width: bitmap.width, height: bitmap.height, colours, pixels: read };
  }, { base64: bytes.toString('base64'), rects, pixels });
}
