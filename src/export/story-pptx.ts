// A story as a PowerPoint deck (pptxgenjs, loaded on first export): 16:9, one slide per step with the
// title, subtitle, the map as a 2× picture, the legend as editable shapes, the list of clusters, the
// source line, an optional QR code of the slide's live view, and the note as speaker notes. Only
// widely supported features (text boxes, rectangles, pictures, notes), so PowerPoint and WPS open it.
// Every text run names Microsoft YaHei, which pptxgenjs writes as latin, ea (East Asian) and cs font.
import type { SlideSheet } from '../app/slide-sheet';

export const PPTX_FONT = 'Microsoft YaHei';

export interface SheetImages { map: string; qr: string | null }

export interface DeckText { title: string; language: 'zh' | 'en'; clustersHeading: string; scanHint: string }

const hex = (color: string) => color.replace('#', '').toUpperCase();

export async function storyPptx(sheets: readonly SlideSheet[], images: readonly SheetImages[], deck: DeckText): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE'; // 13.33 in × 7.5 in
  pptx.title = deck.title;
  pptx.company = deck.title;
  const lang = deck.language === 'zh' ? 'zh-CN' : 'en-US';
  pptx.theme = { headFontFace: PPTX_FONT, bodyFontFace: PPTX_FONT };
  const text = { fontFace: PPTX_FONT, lang, margin: 0 };

  sheets.forEach((sheet, index) => {
    const slide = pptx.addSlide();
    const image = images[index];
    slide.addText(sheet.title, { ...text, x: 0.4, y: 0.25, w: 12.5, h: 0.7, fontSize: 28, bold: true, color: '111111', fit: 'shrink' });
    slide.addText(sheet.subtitle, { ...text, x: 0.4, y: 0.95, w: 12.5, h: 0.45, fontSize: 14, color: '444444', fit: 'shrink' });
    slide.addImage({ data: image.map, x: 0.4, y: 1.5, w: 8, h: 5.4, altText: sheet.title });
    slide.addShape(pptx.ShapeType.rect, { x: 0.4, y: 1.5, w: 8, h: 5.4, fill: { type: 'none' }, line: { color: 'CCCCCC', width: 0.75 } });

    // Legend over the map's top-left corner, as on the screen.
    const rowHeight = 0.26;
    const legendHeight = 0.42 + sheet.legendItems.length * rowHeight;
    slide.addShape(pptx.ShapeType.rect, { x: 0.5, y: 1.6, w: 2.3, h: legendHeight, fill: { color: 'FFFFFF', transparency: 5 }, line: { color: 'BBBBBB', width: 0.75 } });
    slide.addText(sheet.legendTitle, { ...text, x: 0.6, y: 1.66, w: 2.1, h: 0.3, fontSize: 10, bold: true, color: '111111', fit: 'shrink' });
    sheet.legendItems.forEach((item, row) => {
      const y = 2.0 + row * rowHeight;
      slide.addShape(pptx.ShapeType.rect, { x: 0.6, y: y + 0.04, w: 0.3, h: 0.17, fill: { color: hex(item.color) }, line: { color: '888888', width: 0.5 } });
      if (item.hatched) slide.addShape(pptx.ShapeType.line, { x: 0.6, y: y + 0.04, w: 0.3, h: 0.17, line: { color: '333333', width: 0.75 }, flipV: true });
      slide.addText(item.label, { ...text, x: 1.0, y, w: 1.75, h: 0.25, fontSize: 9, color: '111111', fit: 'shrink' });
    });

    if (sheet.scaleBar !== null) {
      // Map pictures are 800 scene pixels over 8 in: 0.01 in per pixel. Bottom-right corner of the map.
      const width = sheet.scaleBar.widthPx * 0.01;
      const right = 8.25;
      const baseline = 6.78;
      slide.addShape(pptx.ShapeType.rect, { x: right - width - 0.08, y: baseline - 0.3, w: width + 0.16, h: 0.38, fill: { color: 'FFFFFF', transparency: 15 }, line: { type: 'none' } });
      slide.addShape(pptx.ShapeType.line, { x: right - width, y: baseline, w: width, h: 0, line: { color: '111111', width: 1.5 } });
      slide.addShape(pptx.ShapeType.line, { x: right - width, y: baseline - 0.07, w: 0, h: 0.07, line: { color: '111111', width: 1.5 } });
      slide.addShape(pptx.ShapeType.line, { x: right, y: baseline - 0.07, w: 0, h: 0.07, line: { color: '111111', width: 1.5 } });
      slide.addText(sheet.scaleBar.label, { ...text, x: right - width - 0.3, y: baseline - 0.3, w: width + 0.6, h: 0.22, fontSize: 9, color: '111111', align: 'center' });
    }

    const listBottom = image.qr === null ? 6.9 : 5.4;
    slide.addText(deck.clustersHeading, { ...text, x: 8.7, y: 1.5, w: 4.2, h: 0.35, fontSize: 14, bold: true, color: '111111' });
    if (sheet.items.length > 0) {
      slide.addText(sheet.items.map((item) => ({
        text: item.detail === '' ? item.text : `${item.text}  ${item.detail}`,
        options: { breakLine: true, bullet: item.key === 'more' ? false : { indent: 12 }, paraSpaceAfter: 3 },
      })), { ...text, x: 8.7, y: 1.9, w: 4.2, h: listBottom - 1.9, fontSize: 11, color: '222222', valign: 'top', fit: 'shrink' });
    }
    if (image.qr !== null) {
      slide.addImage({ data: image.qr, x: 11.45, y: 5.45, w: 1.45, h: 1.45, altText: sheet.url });
      slide.addText(deck.scanHint, { ...text, x: 8.7, y: 6.35, w: 2.6, h: 0.5, fontSize: 10, color: '444444', align: 'right', valign: 'bottom' });
    }
    slide.addText(sheet.sourceLine, { ...text, x: 0.4, y: 7.0, w: 10.8, h: 0.35, fontSize: 9, color: '666666', fit: 'shrink' });
    slide.addText(`${index + 1} / ${sheets.length}`, { ...text, x: 11.3, y: 7.0, w: 1.6, h: 0.35, fontSize: 9, color: '666666', align: 'right' });
    if (sheet.note !== '') slide.addNotes(sheet.note);
  });
  return withEastAsianThemeFont(await pptx.write({ outputType: 'arraybuffer' }) as ArrayBuffer);
}

/**
 * pptxgenjs writes the theme's fonts with an empty East Asian face (`<a:ea typeface=""/>`), so text
 * without its own font (speaker notes) would fall back per machine; name Microsoft YaHei there too.
 */
async function withEastAsianThemeFont(deck: ArrayBuffer): Promise<Blob> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(deck);
  for (const name of Object.keys(zip.files).filter((path) => /^ppt\/theme\/theme\d+\.xml$/.test(path))) {
    const xml = await zip.file(name)!.async('string');
    zip.file(name, xml.replace(/<a:ea typeface=""\/>/g, `<a:ea typeface="${PPTX_FONT}"/>`));
  }
  return zip.generateAsync({ type: 'blob', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}
