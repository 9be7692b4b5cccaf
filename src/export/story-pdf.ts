// A story as a PDF (pdf-lib, loaded on first export): one page per slide, 16:9 (13.33 in × 7.5 in) or
// A4 landscape, with the map drawn as vectors from the same SVG scene the SVG map shows, the legend,
// the clusters, the source line and an optional QR code. Text is real text in the bundled "Atlas Sans"
// (the six unicode-range files, each embedded as a subset), so it can be searched and copied.
import fontkit from '@pdf-lib/fontkit';
import {
  PDFDocument, clip, endPath, popGraphicsState, pushGraphicsState, rectangle, rgb, type PDFFont, type PDFPage, type RGB,
} from 'pdf-lib';
import type { SlideSheet } from '../app/slide-sheet';
// TrueType copies of the page's WOFF2 files (scripts/build-pdf-font.mjs): fontkit cannot subset WOFF2.
import labels from '../assets/fonts/pdf/atlas-sans-labels.ttf?url';
import ui from '../assets/fonts/pdf/atlas-sans-ui.ttf?url';
import text01 from '../assets/fonts/pdf/atlas-sans-text-01.ttf?url';
import text02 from '../assets/fonts/pdf/atlas-sans-text-02.ttf?url';
import text03 from '../assets/fonts/pdf/atlas-sans-text-03.ttf?url';
import text04 from '../assets/fonts/pdf/atlas-sans-text-04.ttf?url';

const FONT_URLS = [labels, ui, text01, text02, text03, text04];

export type PdfPageSize = 'wide' | 'a4';
export interface PdfDeckText { title: string; clustersHeading: string; scanHint: string }

// Layout in points of the 16:9 slide (960 × 540 pt), the same frame as the PPTX (72 pt per inch).
const SLIDE = { width: 960, height: 540 };
const MAP = { x: 28.8, y: 108, width: 576, height: 388.8 };
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

function color(css: string): RGB {
  const value = css.replace('#', '');
  const full = value.length === 3 ? [...value].map((digit) => digit + digit).join('') : value.slice(0, 6);
  return rgb(parseInt(full.slice(0, 2), 16) / 255, parseInt(full.slice(2, 4), 16) / 255, parseInt(full.slice(4, 6), 16) / 255);
}

/** Splits text into runs, each in the first embedded font that has all of its characters. */
function runsOf(text: string, fonts: readonly { font: PDFFont; characters: Set<number> }[]): { text: string; font: PDFFont }[] {
  const runs: { text: string; font: PDFFont }[] = [];
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const font = (fonts.find((entry) => entry.characters.has(code)) ?? fonts[0]).font;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.font === font) last.text += character;
    else runs.push({ text: character, font });
  }
  return runs;
}

export async function storyPdf(sheets: readonly SlideSheet[], qrCodes: readonly (string | null)[], pageSize: PdfPageSize, deck: PdfDeckText): Promise<Blob> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  document.setTitle(deck.title);
  document.setCreator(deck.title);
  const fontFiles = await Promise.all(FONT_URLS.map(async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer())));
  const fonts = await Promise.all(fontFiles.map(async (bytes) => {
    const font = await document.embedFont(bytes, { subset: true });
    return { font, characters: new Set(font.getCharacterSet()) };
  }));

  const page = { width: pageSize === 'wide' ? SLIDE.width : A4_LANDSCAPE.width, height: pageSize === 'wide' ? SLIDE.height : A4_LANDSCAPE.height };
  const scale = Math.min(page.width / SLIDE.width, page.height / SLIDE.height);
  const offset = { x: (page.width - SLIDE.width * scale) / 2, y: (page.height - SLIDE.height * scale) / 2 };
  // Slide coordinates (points from the top-left of the 16:9 frame) to page coordinates (from the bottom-left).
  const at = (x: number, y: number) => ({ x: offset.x + x * scale, y: page.height - offset.y - y * scale });

  const widthOf = (value: string, size: number) => runsOf(value, fonts).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);
  const drawLine = (target: PDFPage, value: string, x: number, top: number, size: number, fill: string) => {
    let cursor = x;
    for (const run of runsOf(value, fonts)) {
      const point = at(cursor, top + size * 0.88); // baseline below the line's top
      target.drawText(run.text, { x: point.x, y: point.y, size: size * scale, font: run.font, color: color(fill) });
      cursor += run.font.widthOfTextAtSize(run.text, size);
    }
  };
  /** Greedy wrap at characters (Chinese) or, when the line has one, the last space (English). */
  const wrap = (value: string, size: number, maxWidth: number): string[] => {
    const lines: string[] = [];
    let line = '';
    for (const character of value) {
      if (widthOf(line + character, size) <= maxWidth) { line += character; continue; }
      const space = line.lastIndexOf(' ');
      if (space > 0 && character !== ' ') { lines.push(line.slice(0, space)); line = line.slice(space + 1) + character; } else { lines.push(line); line = character.trimStart(); }
    }
    if (line !== '') lines.push(line);
    return lines;
  };
  const drawWrapped = (target: PDFPage, value: string, x: number, top: number, size: number, fill: string, maxWidth: number, maxLines: number) => {
    const lines = wrap(value, size, maxWidth);
    const shown = lines.slice(0, maxLines);
    if (lines.length > maxLines) shown[maxLines - 1] = `${shown[maxLines - 1].slice(0, -1)}…`;
    shown.forEach((line, index) => drawLine(target, line, x, top + index * size * 1.3, size, fill));
    return top + shown.length * size * 1.3;
  };

  for (const [index, sheet] of sheets.entries()) {
    const target = document.addPage([page.width, page.height]);
    drawWrapped(target, sheet.title, 28.8, 18, 26, '#111111', 900, 1);
    drawWrapped(target, sheet.subtitle, 28.8, 70, 13, '#444444', 900, 2);

    // The map: the SVG scene's paths as PDF vectors, clipped to the map's frame.
    const { scene } = sheet;
    const mapScale = (MAP.width / scene.width) * scale;
    const origin = at(MAP.x, MAP.y);
    const corner = at(MAP.x, MAP.y + MAP.height);
    target.pushOperators(pushGraphicsState(), rectangle(corner.x, corner.y, MAP.width * scale, MAP.height * scale), clip(), endPath());
    target.drawRectangle({ x: corner.x, y: corner.y, width: MAP.width * scale, height: MAP.height * scale, color: color(scene.background) });
    for (const region of scene.regions) target.drawSvgPath(region.d, { x: origin.x, y: origin.y, scale: mapScale, color: color(region.fill), opacity: scene.fillOpacity });
    for (const line of [...scene.borders, scene.selected]) {
      if (line !== null) target.drawSvgPath(line.d, { x: origin.x, y: origin.y, scale: mapScale, borderColor: color(line.color), borderWidth: line.width });
    }
    for (const label of scene.labels) {
      const size = label.size * (MAP.width / scene.width);
      const width = widthOf(label.text, size);
      drawLine(target, label.text, MAP.x + label.x * (MAP.width / scene.width) - width / 2, MAP.y + label.y * (MAP.width / scene.width) - size / 2, size, scene.labelColor);
    }
    target.pushOperators(popGraphicsState());
    target.drawRectangle({ x: corner.x, y: corner.y, width: MAP.width * scale, height: MAP.height * scale, borderColor: color('#cccccc'), borderWidth: 0.75 * scale });

    if (sheet.scaleBar !== null) {
      const perPixel = MAP.width / scene.width;
      const width = sheet.scaleBar.widthPx * perPixel;
      const right = MAP.x + MAP.width - 12;
      const baseline = MAP.y + MAP.height - 10;
      const box = at(right - width - 6, baseline + 4);
      target.drawRectangle({ x: box.x, y: box.y, width: (width + 12) * scale, height: 26 * scale, color: rgb(1, 1, 1), opacity: 0.85 });
      const line = (x1: number, y1: number, x2: number, y2: number) => target.drawLine({ start: at(x1, y1), end: at(x2, y2), thickness: 1.2 * scale, color: rgb(0.07, 0.07, 0.07) });
      line(right - width, baseline, right, baseline);
      line(right - width, baseline - 5, right - width, baseline);
      line(right, baseline - 5, right, baseline);
      const labelWidth = widthOf(sheet.scaleBar.label, 8.5);
      drawLine(target, sheet.scaleBar.label, right - width / 2 - labelWidth / 2, baseline - 18, 8.5, '#111111');
    }

    // Legend over the map's top-left corner.
    const row = 18.7;
    const legendTop = MAP.y + 7;
    const legendHeight = 30 + sheet.legendItems.length * row;
    const legendCorner = at(36, legendTop + legendHeight);
    target.drawRectangle({ x: legendCorner.x, y: legendCorner.y, width: 165 * scale, height: legendHeight * scale, color: rgb(1, 1, 1), opacity: 0.95, borderColor: color('#bbbbbb'), borderWidth: 0.75 * scale });
    drawWrapped(target, sheet.legendTitle, 43, legendTop + 5, 9.5, '#111111', 150, 1);
    sheet.legendItems.forEach((item, position) => {
      const top = legendTop + 26 + position * row;
      const swatch = at(43, top + 12);
      target.drawRectangle({ x: swatch.x, y: swatch.y, width: 21 * scale, height: 12 * scale, color: color(item.color), borderColor: color('#888888'), borderWidth: 0.5 * scale });
      if (item.hatched) {
        const end = at(64, top);
        target.drawLine({ start: swatch, end, thickness: 0.75 * scale, color: color('#333333') });
      }
      drawWrapped(target, item.label, 70, top, 8.5, '#111111', 128, 1);
    });

    // Clusters beside the map.
    const qr = qrCodes[index];
    const listBottom = qr === null ? 496 : 385;
    drawLine(target, deck.clustersHeading, 626, 108, 14, '#111111');
    let top = 132;
    for (const item of sheet.items) {
      if (top > listBottom - 14) break;
      const value = item.detail === '' ? item.text : `${item.text}  ${item.detail}`;
      top = drawWrapped(target, item.key === 'more' ? value : `• ${value}`, 626, top, 10.5, '#222222', 302, Math.max(1, Math.floor((listBottom - top) / 13.65))) + 3;
    }
    if (qr !== null) {
      const image = await document.embedPng(qr);
      const qrCorner = at(824, 496);
      target.drawImage(image, { x: qrCorner.x, y: qrCorner.y, width: 104 * scale, height: 104 * scale });
      const hintWidth = widthOf(deck.scanHint, 9);
      drawLine(target, deck.scanHint, 816 - hintWidth, 482, 9, '#444444');
    }
    drawWrapped(target, sheet.sourceLine, 28.8, 506, 8.5, '#666666', 780, 2);
    const counter = `${index + 1} / ${sheets.length}`;
    drawLine(target, counter, 931 - widthOf(counter, 8.5), 506, 8.5, '#666666');
  }
  const bytes = await document.save();
  return new Blob([bytes.slice().buffer as ArrayBuffer], { type: 'application/pdf' });
}
