// The current view as a standalone SVG document (editable in Illustrator, Inkscape, PowerPoint): the
// same layout as the PNG export (map-image.ts) — title and filters above, the legend on the map's
// top-left corner, source and date below — around the SVG map's own scene. Pure: a string out.
import { LABEL_FONT } from '../map/layer-ids';
import { escapeXml, hatchPatternMarkup, sceneMarkup } from '../map/svg-markup';
import { labelWidthEm, type SvgScene } from '../map/svg-scene';
import { FOOTER_HEIGHT, HEADER_HEIGHT, type MapImageContent } from './map-image';

const FONT_STACK = `'${LABEL_FONT}', system-ui, sans-serif`;
const LEGEND_HATCH_ID = 'legend-hatch';

/** Cuts text into at most `maxLines` lines of at most `maxWidth` pixels at `fontSize` (estimated widths). */
export function wrapEstimated(text: string, fontSize: number, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const character of text) {
    if (line !== '' && labelWidthEm(line + character) * fontSize > maxWidth) {
      if (lines.length === maxLines - 1) return [...lines, `${line.slice(0, -1)}…`];
      lines.push(line);
      line = character === ' ' ? '' : character;
    } else {
      line += character;
    }
  }
  return line === '' ? lines : [...lines, line];
}

export function mapSvgDocument(scene: SvgScene, content: MapImageContent): string {
  const width = scene.width;
  const height = scene.height + HEADER_HEIGHT + FOOTER_HEIGHT;
  const text = (x: number, y: number, size: number, fill: string, value: string, bold = false) =>
    `<text x="${x}" y="${y}" font-size="${size}"${bold ? ' font-weight="bold"' : ''} fill="${fill}">${escapeXml(value)}</text>`;
  const parts: string[] = [];
  parts.push(`<?xml version="1.0" encoding="UTF-8"?>`);
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`);
  parts.push(`<title>${escapeXml(content.title)}</title>`);
  parts.push(`<defs>${hatchPatternMarkup(LEGEND_HATCH_ID)}</defs>`);
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(`<g font-family="${FONT_STACK}" dominant-baseline="hanging">`);
  parts.push(text(16, 12, 24, '#111111', content.title, true));
  if (content.subtitle !== null) parts.push(text(16, 44, 15, '#444444', content.subtitle));
  parts.push('</g>');
  parts.push(`<g id="map" transform="translate(0 ${HEADER_HEIGHT})">${sceneMarkup(scene)}</g>`);

  // The legend box, sized as the PNG export sizes it (widths estimated: no canvas to measure with).
  const rowHeight = 20;
  const labelWidth = Math.max(0, ...content.legendItems.map((item) => labelWidthEm(item.label) * 13));
  const boxWidth = Math.min(width - 24, Math.max(labelWidthEm(content.legendTitle) * 14, labelWidth + 30) + 20);
  const boxHeight = 34 + content.legendItems.length * rowHeight;
  const boxX = 12;
  const boxY = HEADER_HEIGHT + 12;
  parts.push(`<g id="legend" font-family="${FONT_STACK}" dominant-baseline="hanging">`);
  parts.push(`<rect x="${boxX}" y="${boxY}" width="${Math.round(boxWidth)}" height="${boxHeight}" fill="#ffffff" fill-opacity="0.95" stroke="#bbbbbb"/>`);
  parts.push(text(boxX + 10, boxY + 8, 14, '#111111', content.legendTitle, true));
  content.legendItems.forEach((item, index) => {
    const y = boxY + 30 + index * rowHeight;
    parts.push(`<rect x="${boxX + 10}" y="${y}" width="18" height="12" fill="${item.color}"/>`);
    if (item.hatched) parts.push(`<rect x="${boxX + 10}" y="${y}" width="18" height="12" fill="url(#${LEGEND_HATCH_ID})"/>`);
    parts.push(`<rect x="${boxX + 10}" y="${y}" width="18" height="12" fill="none" stroke="#000000" stroke-opacity="0.3"/>`);
    parts.push(text(boxX + 34, y - 1, 13, '#111111', item.label));
  });
  parts.push('</g>');

  const footerY = HEADER_HEIGHT + scene.height + 8;
  const sourceLines = wrapEstimated(content.sourceLine, 12, width - 32, 2);
  parts.push(`<g id="source" font-family="${FONT_STACK}" dominant-baseline="hanging">`);
  sourceLines.forEach((line, index) => parts.push(text(16, footerY + index * 17, 12, '#555555', line)));
  parts.push(text(16, footerY + sourceLines.length * 17, 12, '#555555', content.dateLine));
  parts.push('</g>');
  parts.push('</svg>');
  return parts.join('\n');
}
