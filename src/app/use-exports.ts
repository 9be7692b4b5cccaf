// The export actions of the current view, wired to the map owner and the derived data.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Atlas } from '../data/load-atlas';
import type { Classification } from '../model/classify';
import type { RegionFigures } from '../model/aggregate';
import type { AdminCode, Cluster } from '../model/types';
import type { MapHandle } from '../map/map-handle';
import { downloadBlob } from '../export/download';
import { composeMapImage, FOOTER_HEIGHT, HEADER_HEIGHT, type MapImageContent } from '../export/map-image';
import type { ViewState } from '../state/view-state';
import { legendItems, legendTitle } from '../components/legend-items';
import { metresPerPixel, scaleBar } from '../model/scale-bar';
import { slideOfView } from '../model/story';
import { slideSheet } from './slide-sheet';
import { pageTitle, viewName } from './slide-text';

export function useExports(atlas: Atlas, state: ViewState, filtered: readonly Cluster[], figures: ReadonlyMap<AdminCode, RegionFigures>,
  classification: Classification, filterText: string | null, hatched: boolean, map: () => MapHandle | null) {
  const { t } = useTranslation();
  const stamp = new Date().toISOString().slice(0, 10);
  // What the PNG and the SVG export draw around the map.
  const imageContent = useCallback((): MapImageContent => ({
    // The region in the title ("郑州市 — 河南产业集群地图"); the filters follow in the subtitle.
    title: pageTitle(viewName(atlas, { ...state, industries: [], programme: null, tier: null }, state.language, t), t),
    subtitle: [t(`metric.${classification.metric}`), t(`level.${state.level}`), filterText].filter(Boolean).join(' · '),
    legendTitle: legendTitle(classification, state.language, t),
    legendItems: legendItems(classification, state.language, t, hatched),
    sourceLine: t('export.sourceLine'),
    dateLine: t('export.dateLine', { date: stamp }),
  }), [atlas, state, classification, filterText, hatched, t, stamp]);
  const onPng = useCallback(async (scale: number) => {
    const owner = map();
    if (owner === null) throw new Error('map not ready');
    // The scale where the province's middle parallel (33.9° N) crosses the map, from two projected points.
    const west = owner.project([113, 33.9]);
    const east = owner.project([114, 33.9]);
    const bar = scaleBar(metresPerPixel(113, 114, 33.9, Math.hypot(east.x - west.x, east.y - west.y)), 140);
    const content = { ...imageContent(), scaleBar: bar === null ? null : { widthPx: bar.widthPx, label: t('export.scaleKm', { count: bar.kilometres }) } };
    // Atlas Sans is split by unicode-range: load the files holding the characters drawn, or the
    // canvas would draw them with a fallback font (tofu on machines without a Chinese font).
    const drawnText = [content.title, content.subtitle, content.legendTitle, ...content.legendItems.map((item) => item.label), content.sourceLine, content.dateLine, content.scaleBar?.label ?? ''].join('');
    await document.fonts.load('16px "Atlas Sans"', drawnText);
    const capture = await owner.capture(scale);
    const image = composeMapImage(capture.canvas, { width: capture.cssWidth, height: capture.cssHeight }, scale, content);
    const blob = await new Promise<Blob>((resolve, reject) => image.toBlob((value) => (value === null ? reject(new Error('PNG encoding failed')) : resolve(value)), 'image/png'));
    downloadBlob(blob, `henan-clusters-${stamp}-${scale}x.png`);
  }, [map, imageContent, stamp, t]);
  // A picture of a fixed size (1024 × 768, 1920 × 1080) whatever the window: the map is drawn anew for
  // that frame from the view (the same scene as the SVG map), so it stays legible on a small screen.
  const onPngFrame = useCallback(async (frame: { width: number; height: number }) => {
    const mapSize = { width: frame.width, height: frame.height - HEADER_HEIGHT - FOOTER_HEIGHT };
    const sheet = slideSheet(atlas, { ...slideOfView({ ...state, page: 'map' }), tourStep: null }, state.language, t, '', mapSize);
    const content = { ...imageContent(), scaleBar: sheet.scaleBar };
    const drawnText = [content.title, content.subtitle, content.legendTitle, ...content.legendItems.map((item) => item.label), content.sourceLine, content.dateLine,
      sheet.scaleBar?.label ?? '', ...sheet.scene.labels.map((label) => label.text)].join('');
    await document.fonts.load('16px "Atlas Sans"', drawnText);
    const { drawScene } = await import('../export/scene-canvas');
    const image = composeMapImage(drawScene(sheet.scene, 1), mapSize, 1, content);
    const blob = await new Promise<Blob>((resolve, reject) => image.toBlob((value) => (value === null ? reject(new Error('PNG encoding failed')) : resolve(value)), 'image/png'));
    downloadBlob(blob, `henan-clusters-${stamp}-${frame.width}x${frame.height}.png`);
  }, [atlas, state, imageContent, stamp, t]);
  const onSvg = useCallback(async () => {
    const scene = map()?.svgScene() ?? null;
    if (scene === null) throw new Error('map not ready');
    const { mapSvgDocument } = await import('../export/map-svg');
    downloadBlob(new Blob([mapSvgDocument(scene, imageContent())], { type: 'image/svg+xml' }), `henan-clusters-${stamp}.svg`);
  }, [map, imageContent, stamp]);
  const onCsv = useCallback(async () => {
    const { clusterCsv } = await import('../export/cluster-csv'); // papaparse only when exporting
    downloadBlob(new Blob([clusterCsv(filtered, atlas.placer, atlas.annexById, atlas)], { type: 'text/csv;charset=utf-8' }), `henan-clusters-${stamp}.csv`);
  }, [filtered, atlas, stamp]);
  const onGeojson = useCallback(async () => {
    const { regionGeojson } = await import('../export/region-geojson');
    const features = state.level === 'prefecture' ? atlas.boundaries.prefectures.features : atlas.boundaries.counties.features;
    const body = JSON.stringify(regionGeojson(features, figures));
    downloadBlob(new Blob([body], { type: 'application/geo+json' }), `henan-${state.level}-figures-${stamp}.geojson`);
  }, [atlas, figures, state.level, stamp]);
  return { onPng, onPngFrame, onSvg, onCsv, onGeojson };
}
