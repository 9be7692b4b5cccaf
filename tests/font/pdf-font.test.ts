// The PDF export's TrueType copies of Atlas Sans must be the WOFF2 files the page uses, converted:
// after `npm run font`, run `node scripts/build-pdf-font.mjs` and commit src/assets/fonts/pdf.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const fontverter = require('fontverter') as { convert(font: Uint8Array, format: 'sfnt'): Promise<Uint8Array> };
const fonts = path.resolve(import.meta.dirname, '../../src/assets/fonts');
const woff2Files = readdirSync(fonts).filter((name) => name.endsWith('.woff2')).sort();

describe('PDF font files', () => {
  it('has one TrueType file per WOFF2 file', () => {
    expect(readdirSync(path.join(fonts, 'pdf')).sort()).toEqual(woff2Files.map((name) => name.replace(/\.woff2$/, '.ttf')));
  });

  it.each(woff2Files)('pdf/%s is that WOFF2 file as TrueType, byte for byte', async (file) => {
    const expected = Buffer.from(await fontverter.convert(readFileSync(path.join(fonts, file)), 'sfnt'));
    const actual = readFileSync(path.join(fonts, 'pdf', file.replace(/\.woff2$/, '.ttf')));
    expect(actual.equals(expected)).toBe(true);
  });
});
