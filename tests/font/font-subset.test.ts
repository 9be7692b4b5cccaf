// The bundled "Atlas Sans" files (scripts/build-font.mjs) must draw every character the app can show:
// CI and many users have no Chinese system font, and MapLibre rasterises labels from the labels file.
// The expected characters come from the data files, locales and plan text themselves, read here; the
// font is read back with harfbuzz (the wasm build subset-font itself uses), not trusted from the
// manifest the build script wrote.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Blob as HarfBuzzBlob, Face, Font } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
// fontverter ships no types; it is subset-font's own converter (woff2 -> sfnt via wawoff2).
const fontverter = require('fontverter') as { convert(font: Uint8Array, format: 'sfnt'): Promise<Uint8Array> };

const root = path.resolve(import.meta.dirname, '../..');
const fontDirectory = path.join(root, 'src/assets/fonts');
const boundaryFile = path.join(root, 'data/boundaries/henan.topo.json');
const planTextFile = path.join(root, 'data/plan/source/henan-advanced-manufacturing-plan-2014.txt');
// On any failure below: run `npm run font` (node scripts/build-font.mjs) and commit src/assets/fonts.

interface TopologyLike {
  objects: Record<string, { geometries?: Array<{ properties?: Record<string, unknown> }> }>;
}

function regionNames(): string[] {
  const topology = JSON.parse(readFileSync(boundaryFile, 'utf8')) as TopologyLike;
  return Object.values(topology.objects).flatMap((object) =>
    (object.geometries ?? []).flatMap((geometry) =>
      ['name', 'prefectureName']
        .map((key) => geometry.properties?.[key])
        .filter((value): value is string => typeof value === 'string'),
    ),
  );
}

/** Every string value and object key anywhere in a JSON value. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => [key, ...stringsOf(child)]);
  return [];
}

function jsonFilesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return jsonFilesUnder(full);
    return entry.name.endsWith('.json') ? [full] : [];
  });
}

const notDrawn = /[\p{Cc}\u2028\u2029\ufeff]/u;

/** Characters of `text` that no Atlas Sans file maps, with up to 3 examples of where each occurs. */
function missingFrom(strings: string[]): Record<string, string> {
  const missing: Record<string, string> = {};
  for (const text of strings) {
    for (const character of text) {
      if (notDrawn.test(character) || fontFor(character.codePointAt(0)!)) continue;
      missing[character] = missing[character] ?? text.slice(0, 40);
    }
  }
  return missing;
}

/** Parses a CSS unicode-range value ("U+4E00-4E10, U+20") into its code points. */
function codePointsOfRange(value: string): Set<number> {
  const codePoints = new Set<number>();
  for (const part of value.split(',')) {
    const [start, end] = part.trim().replace(/^U\+/i, '').split('-').map((hex) => parseInt(hex, 16));
    for (let codePoint = start; codePoint <= (end ?? start); codePoint += 1) codePoints.add(codePoint);
  }
  return codePoints;
}

const fontFiles = readdirSync(fontDirectory)
  .filter((file) => /^atlas-sans-.*\.woff2$/.test(file))
  .sort();

/**
 * Each subset file decoded, with harfbuzz's view of which code points have which glyph. One at a
 * time: faces built concurrently came back with empty cmaps.
 */
const fonts: Array<{ file: string; bytes: number; codePoints: Set<number>; font: Font }> = [];
for (const file of fontFiles) {
  const woff2 = readFileSync(path.join(fontDirectory, file));
  const face = new Face(new HarfBuzzBlob(await fontverter.convert(woff2, 'sfnt')));
  fonts.push({ file, bytes: woff2.length, codePoints: new Set(face.collectUnicodes()), font: new Font(face) });
}

function fontFor(codePoint: number) {
  return fonts.find((entry) => entry.codePoints.has(codePoint));
}

const css = readFileSync(path.join(fontDirectory, 'atlas-sans.css'), 'utf8');
const faces = (css.match(/@font-face\s*{[^}]*}/g) ?? []).map((face) => ({
  text: face,
  file: /url\("\.\/([^"]+)"\)/.exec(face)?.[1],
  unicodeRange: /unicode-range:\s*([^;]+);/.exec(face)?.[1],
}));

describe('the Atlas Sans subset', () => {
  it('has a labels file, a UI file and text slices', () => {
    expect(fontFiles).toContain('atlas-sans-labels.woff2');
    expect(fontFiles).toContain('atlas-sans-ui.woff2');
    expect(fontFiles.some((file) => /^atlas-sans-text-\d+\.woff2$/.test(file))).toBe(true);
  });

  it('draws every region name and the Latin letters from the labels file alone, which MapLibre uses', () => {
    expect(existsSync(boundaryFile)).toBe(true);
    const names = regionNames();
    expect(names.length).toBeGreaterThan(100);
    const labels = fonts.find((entry) => entry.file === 'atlas-sans-labels.woff2')!;
    const required = [...names.join(''), ...'河南产业集群地图0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz -.,()'];
    expect([...new Set(required.filter((character) => !labels.codePoints.has(character.codePointAt(0)!)))]).toEqual([]);
  });

  it('covers every character of both locales, which the UI and the PNG export draw', () => {
    const strings = ['zh', 'en'].flatMap((language) => stringsOf(JSON.parse(readFileSync(path.join(root, `src/i18n/${language}.json`), 'utf8'))));
    expect(strings.length).toBeGreaterThan(100);
    expect(missingFrom(strings)).toEqual({});
  });

  it('covers every character of every string in every JSON file under data/plan and data/places', () => {
    const files = [...jsonFilesUnder(path.join(root, 'data/plan')), ...jsonFilesUnder(path.join(root, 'data/places'))];
    expect(files.map((file) => path.relative(root, file))).toContain('data/plan/clusters.json');
    const missing: Record<string, Record<string, string>> = {};
    for (const file of files) {
      const fileMissing = missingFrom(stringsOf(JSON.parse(readFileSync(file, 'utf8'))));
      if (Object.keys(fileMissing).length) missing[path.relative(root, file)] = fileMissing;
    }
    expect(missing).toEqual({});
  });

  it('covers every character of the plan text', () => {
    const text = readFileSync(planTextFile, 'utf8');
    expect(text).toContain('先进制造业大省建设行动计划');
    expect(missingFrom([text])).toEqual({});
  });

  it('draws an outline, not an empty box, for every mapped character but the spaces', () => {
    const empty: string[] = [];
    for (const entry of fonts) {
      for (const codePoint of entry.codePoints) {
        if (/\s/u.test(String.fromCodePoint(codePoint))) continue;
        const glyph = entry.font.nominalGlyph(codePoint);
        const extents = glyph === undefined ? undefined : entry.font.glyphExtents(glyph);
        if (!extents || extents.width === 0 || extents.height === 0) empty.push(String.fromCodePoint(codePoint));
      }
    }
    expect(empty).toEqual([]);
  });

  it('declares one @font-face per file, family "Atlas Sans", font-display: block', () => {
    expect(faces.map((face) => face.file).sort()).toEqual(fontFiles);
    for (const face of faces) {
      expect(face.text).toMatch(/font-family:\s*"Atlas Sans";/);
      expect(face.text).toMatch(/font-display:\s*block;/);
    }
  });

  it("gives each file the unicode-range of exactly the characters it maps, so the browser fetches it only when needed", () => {
    for (const face of faces) {
      const mapped = fonts.find((entry) => entry.file === face.file)!.codePoints;
      expect(face.unicodeRange, face.file).toBeDefined();
      expect([...codePointsOfRange(face.unicodeRange!)].sort((a, b) => a - b), face.file).toEqual([...mapped].sort((a, b) => a - b));
    }
  });

  it('maps each character in one file only, so no character costs two downloads', () => {
    const seen = new Map<number, string>();
    const twice: string[] = [];
    for (const entry of fonts) {
      for (const codePoint of entry.codePoints) {
        if (seen.has(codePoint)) twice.push(`${String.fromCodePoint(codePoint)} in ${seen.get(codePoint)} and ${entry.file}`);
        seen.set(codePoint, entry.file);
      }
    }
    expect(twice).toEqual([]);
  });

  it('maps exactly the characters its manifest lists, file by file', () => {
    const manifest = JSON.parse(readFileSync(path.join(fontDirectory, 'atlas-sans.chars.json'), 'utf8')) as {
      files: Array<{ file: string; bytes: number; characters: string }>;
    };
    expect(manifest.files.map((file) => file.file).sort()).toEqual(fontFiles);
    for (const listed of manifest.files) {
      const mapped = fonts.find((entry) => entry.file === listed.file)!;
      expect([...listed.characters].map((character) => character.codePointAt(0)!).sort((a, b) => a - b), listed.file).toEqual(
        [...mapped.codePoints].sort((a, b) => a - b),
      );
      expect(listed.bytes, listed.file).toBe(mapped.bytes);
    }
  });

  it('keeps the labels file, which every first map downloads, under 48 KB and every other file under 64 KB', () => {
    for (const entry of fonts) {
      expect(entry.bytes, entry.file).toBeLessThanOrEqual((entry.file === 'atlas-sans-labels.woff2' ? 48 : 64) * 1024);
    }
  });

  it('comes after the common system Chinese fonts in the UI font stack, so machines with one download nothing for UI text', () => {
    const appCss = readFileSync(path.join(root, 'src/app/app.css'), 'utf8');
    const stack = /:root\s*{[^}]*font-family:\s*([^;]+);/.exec(appCss)?.[1].split(',').map((name) => name.trim().replace(/^"|"$/g, ''));
    expect(stack).toBeDefined();
    const atlas = stack!.indexOf('Atlas Sans');
    for (const system of ['PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei']) {
      expect(stack!.indexOf(system), system).toBeGreaterThanOrEqual(0);
      expect(stack!.indexOf(system), system).toBeLessThan(atlas);
    }
    expect(stack!.slice(atlas + 1)).toEqual(['sans-serif']);
  });
});
