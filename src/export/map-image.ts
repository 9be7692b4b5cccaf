// Composes the exported picture: title and active filters above the map, the legend on it, the data
// source and date below — drawn, not screenshotted, so it is sharp at any scale.
import { LABEL_FONT } from '../map/layer-ids';

export interface LegendItem {
  color: string;
  label: string;
  /** Drawn with diagonal strokes over the colour (prefectures named as a whole, county view). */
  hatched?: boolean;
}

export interface MapImageContent {
  title: string;
  subtitle: string | null;
  legendTitle: string;
  legendItems: LegendItem[];
  sourceLine: string;
  dateLine: string;
  /** A scale bar in the map's bottom-right corner: its length in CSS pixels and its label ("100 公里"). */
  scaleBar?: { widthPx: number; label: string } | null;
}

export const HEADER_HEIGHT = 72;
export const FOOTER_HEIGHT = 62;

/** Size in device pixels of the picture for a map of the given CSS size. */
export function mapImageSize(cssWidth: number, cssHeight: number, scale: number): { width: number; height: number } {
  return { width: Math.round(cssWidth * scale), height: Math.round((cssHeight + HEADER_HEIGHT + FOOTER_HEIGHT) * scale) };
}

const FONT_STACK = `"${LABEL_FONT}", system-ui, sans-serif`;

/** Breaks text into lines that fit `maxWidth`, at most `maxLines` (the last one shortened with …). */
function wrapText(context: CanvasRenderingContext2D, text: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest !== '' && lines.length < maxLines - 1 && context.measureText(rest).width > maxWidth) {
    let cut = rest.length;
    while (cut > 1 && context.measureText(rest.slice(0, cut)).width > maxWidth) cut -= 1;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') lines.push(fitText(context, rest, maxWidth));
  return lines;
}

function fitText(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (context.measureText(text).width <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && context.measureText(cut + '…').width > maxWidth) cut = cut.slice(0, -1);
  return cut + '…';
}

export function composeMapImage(
  mapCanvas: HTMLCanvasElement,
  css: { width: number; height: number },
  scale: number,
  content: MapImageContent,
): HTMLCanvasElement {
  const size = mapImageSize(css.width, css.height, scale);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, css.width, css.height + HEADER_HEIGHT + FOOTER_HEIGHT);

  context.fillStyle = '#111111';
  context.textBaseline = 'top';
  context.font = `bold 24px ${FONT_STACK}`;
  context.fillText(fitText(context, content.title, css.width - 32), 16, 12);
  if (content.subtitle !== null) {
    context.font = `15px ${FONT_STACK}`;
    context.fillStyle = '#444444';
    context.fillText(fitText(context, content.subtitle, css.width - 32), 16, 44);
  }

  context.drawImage(mapCanvas, 0, HEADER_HEIGHT, css.width, css.height);

  // Legend box on the map's top-left corner, as in the app.
  const rowHeight = 20;
  context.font = `13px ${FONT_STACK}`;
  const labelWidth = Math.max(...content.legendItems.map((item) => context.measureText(item.label).width), 0);
  context.font = `bold 14px ${FONT_STACK}`;
  const boxWidth = Math.min(css.width - 24, Math.max(context.measureText(content.legendTitle).width, labelWidth + 30) + 20);
  const boxHeight = 34 + content.legendItems.length * rowHeight;
  const boxX = 12;
  const boxY = HEADER_HEIGHT + 12;
  context.fillStyle = 'rgba(255,255,255,0.95)';
  context.strokeStyle = '#bbbbbb';
  context.fillRect(boxX, boxY, boxWidth, boxHeight);
  context.strokeRect(boxX, boxY, boxWidth, boxHeight);
  context.fillStyle = '#111111';
  context.fillText(fitText(context, content.legendTitle, boxWidth - 20), boxX + 10, boxY + 8);
  context.font = `13px ${FONT_STACK}`;
  content.legendItems.forEach((item, index) => {
    const y = boxY + 30 + index * rowHeight;
    context.fillStyle = item.color;
    context.fillRect(boxX + 10, y, 18, 12);
    if (item.hatched) {
      context.save();
      context.beginPath();
      context.rect(boxX + 10, y, 18, 12);
      context.clip();
      context.strokeStyle = 'rgba(40,40,40,0.6)';
      for (let offset = -12; offset < 18; offset += 4) {
        context.beginPath();
        context.moveTo(boxX + 10 + offset, y + 12);
        context.lineTo(boxX + 10 + offset + 12, y);
        context.stroke();
      }
      context.restore();
    }
    context.strokeStyle = 'rgba(0,0,0,0.3)';
    context.strokeRect(boxX + 10, y, 18, 12);
    context.fillStyle = '#111111';
    context.fillText(item.label, boxX + 34, y - 1);
  });

  if (content.scaleBar) drawScaleBar(context, content.scaleBar, css.width - 20, HEADER_HEIGHT + css.height - 14);

  context.font = `12px ${FONT_STACK}`;
  context.fillStyle = '#555555';
  const footerY = HEADER_HEIGHT + css.height + 8;
  const sourceLines = wrapText(context, content.sourceLine, css.width - 32, 2);
  sourceLines.forEach((line, index) => context.fillText(line, 16, footerY + index * 17));
  context.fillText(content.dateLine, 16, footerY + sourceLines.length * 17);
  return canvas;
}

/** The bar ends at (right, baseline): ticks up at both ends, the label centred above, on a light box. */
function drawScaleBar(context: CanvasRenderingContext2D, bar: { widthPx: number; label: string }, right: number, baseline: number): void {
  const left = right - bar.widthPx;
  context.save();
  context.fillStyle = 'rgba(255,255,255,0.85)';
  context.fillRect(left - 8, baseline - 24, bar.widthPx + 16, 30);
  context.strokeStyle = '#111111';
  context.lineWidth = 2;
  context.beginPath();
  context.moveTo(left, baseline - 7);
  context.lineTo(left, baseline);
  context.lineTo(right, baseline);
  context.lineTo(right, baseline - 7);
  context.stroke();
  context.font = `13px ${FONT_STACK}`;
  context.fillStyle = '#111111';
  context.textAlign = 'center';
  context.textBaseline = 'top';
  context.fillText(bar.label, left + bar.widthPx / 2, baseline - 21);
  context.restore();
}
