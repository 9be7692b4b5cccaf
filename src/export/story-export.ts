// Exports a story (or the built-in tour) as PowerPoint or PDF: builds every slide's sheet from the
// model, draws the maps (2× pictures for PowerPoint) and QR codes, then hands them to the writer.
// Loaded on first export, with the writer it needs.
import type { TFunction } from 'i18next';
import type { Atlas } from '../data/load-atlas';
import type { PlayedSlide } from '../model/story';
import { slideSheet } from '../app/slide-sheet';
import { LABEL_FONT } from '../map/layer-ids';
import type { Language } from '../state/view-state';
import { downloadBlob } from './download';
import { qrDataUrl } from './qr';
import { drawScene } from './scene-canvas';
import type { PdfPageSize } from './story-pdf';

export interface StoryExportInput {
  atlas: Atlas;
  slides: readonly PlayedSlide[];
  language: Language;
  t: TFunction;
  withQr: boolean;
  pageSize: PdfPageSize;
  /** The absolute address of a slide's live view, for its QR code. */
  slideUrl: (slide: PlayedSlide) => string;
}

/** Picture scale of the maps in PowerPoint: 2× the 800 × 540 frame, sharp on a 1920 px projector. */
export const PPTX_MAP_SCALE = 2;

export async function exportStory(format: 'pptx' | 'pdf', input: StoryExportInput): Promise<void> {
  const { atlas, slides, language, t, withQr } = input;
  const sheets = slides.map((slide) => slideSheet(atlas, slide, language, t, input.slideUrl(slide)));
  // 5 modules per pixel: a 41-module code is ~250 px, 1.45 in on the slide.
  const qrCodes = await Promise.all(sheets.map((sheet) => (withQr ? qrDataUrl(sheet.url, 5) : Promise.resolve(null))));
  const deck = { title: t('app.title'), clustersHeading: t('story.clusters'), scanHint: t('story.scanHint') };
  const stamp = new Date().toISOString().slice(0, 10);
  let blob: Blob;
  if (format === 'pptx') {
    // The canvas draws labels with the bundled font: load the files holding their characters first.
    await document.fonts.load(`16px "${LABEL_FONT}"`, sheets.flatMap((sheet) => sheet.scene.labels.map((label) => label.text)).join(''));
    const images = sheets.map((sheet, index) => ({ map: drawScene(sheet.scene, PPTX_MAP_SCALE).toDataURL('image/png'), qr: qrCodes[index] }));
    const { storyPptx } = await import('./story-pptx');
    blob = await storyPptx(sheets, images, { ...deck, language });
  } else {
    const { storyPdf } = await import('./story-pdf');
    blob = await storyPdf(sheets, qrCodes, input.pageSize, deck);
  }
  downloadBlob(blob, `henan-story-${stamp}.${format}`);
}
