#!/usr/bin/env node
// The PDF export embeds Atlas Sans as TrueType: pdf-lib's subsetter (fontkit) cannot subset the WOFF2
// files the page uses (their glyf table is transformed), so this writes each one back as plain sfnt
// with fontverter (subset-font's own converter). Run after `npm run font`; tests/font/pdf-font.test.ts
// fails when these files no longer match the WOFF2 files.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const fontverter = require('fontverter');
const fonts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/assets/fonts');
mkdirSync(path.join(fonts, 'pdf'), { recursive: true });
for (const file of readdirSync(fonts).filter((name) => name.endsWith('.woff2')).sort()) {
  const sfnt = await fontverter.convert(readFileSync(path.join(fonts, file)), 'sfnt');
  const target = path.join(fonts, 'pdf', file.replace(/\.woff2$/, '.ttf'));
  writeFileSync(target, sfnt);
  console.log(`  ${path.relative(fonts, target)}: ${sfnt.length} bytes`);
}
