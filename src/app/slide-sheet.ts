// Everything an exported slide shows, from the same model functions as the screen: the filters'
// clusters (filterClusters), the figures per region (aggregateRegions), the classes and colours
// (classify), the legend's words (legendItems), the slide's text (slideText) and the map as an SVG
// scene (buildSvgScene, the SVG map's own renderer model). Pure: the PPTX and PDF writers draw it.
import type { TFunction } from 'i18next';
import type { Atlas } from '../data/load-atlas';
import { aggregateRegions, prefecturesNamedWhole } from '../model/aggregate';
import { classify } from '../model/classify';
import { filterClusters } from '../model/cluster-filter';
import { boundsOf } from '../model/geometry';
import { metresPerPixelAtZoom, scaleBar } from '../model/scale-bar';
import type { PlayedSlide } from '../model/story';
import type { LegendItem } from '../export/map-image';
import { legendItems, legendTitle } from '../components/legend-items';
import type { TourItem } from '../components/TourSidebar';
import { SCREEN_PALETTE } from '../map/palette';
import { buildSvgScene, sceneCamera, sceneLabelPoints, scenePaths, type SvgScene } from '../map/svg-scene';
import type { Language } from '../state/view-state';
import { slideText } from './slide-text';

/** The map's size on a slide in CSS pixels (drawn at 2×): 8 in × 5.4 in of a 13.33 in × 7.5 in slide. */
export const SHEET_MAP_SIZE = { width: 800, height: 540 };
// Room on the left for the legend box drawn over the map's top-left corner.
const SHEET_MAP_PADDING = { top: 16, right: 16, bottom: 16, left: 190 };

export interface SlideSheet {
  title: string;
  subtitle: string;
  items: TourItem[];
  legendTitle: string;
  legendItems: LegendItem[];
  sourceLine: string;
  note: string;
  /** The live view of this slide (for its QR code). */
  url: string;
  scene: SvgScene;
  /** A scale bar for the map, in scene pixels ("100 公里"), measured at the map's middle latitude. */
  scaleBar: { widthPx: number; label: string } | null;
}

/** `mapSize`: the map's size in CSS pixels (the slide's frame unless a fixed-size picture asks for another). */
export function slideSheet(atlas: Atlas, slide: PlayedSlide, language: Language, t: TFunction, url: string, mapSize = SHEET_MAP_SIZE): SlideSheet {
  const { view } = slide;
  const filtered = filterClusters(atlas.plan.clusters, atlas.plan.industries, { industries: view.industries, programme: view.programme, tier: view.tier });
  const figures = aggregateRegions(atlas.placer, view.level, filtered);
  const classification = classify([...figures.values()], view.metric);
  const prefectureWide = prefecturesNamedWhole(atlas.placer, filtered);
  const hatched = view.level === 'county' && prefectureWide.size > 0;
  const text = slideText(atlas, slide, filtered, language, t);
  // The same framing as the screen: the region's bounds when one is chosen, else the province.
  const features = [...atlas.boundaries.prefectures.features, ...atlas.boundaries.counties.features];
  const region = view.regionCode === null ? undefined : features.find((feature) => feature.properties.code === view.regionCode);
  const bounds = region === undefined ? atlas.boundaries.bbox : boundsOf(region);
  const camera = sceneCamera(bounds, mapSize, SHEET_MAP_PADDING);
  const scene = buildSvgScene(scenePaths(atlas.boundaries, camera), sceneLabelPoints(atlas.boundaries, atlas.placeNames), mapSize, {
    level: view.level, fillColors: classification.colors, prefectureWide, selectedCode: view.regionCode, hoverCode: null,
    language, marker: null, palette: SCREEN_PALETTE, labelScale: 1,
  });
  const bar = scaleBar(metresPerPixelAtZoom(scene.zoom, (bounds[1] + bounds[3]) / 2), 140);
  return {
    title: text.title,
    subtitle: text.subtitle,
    items: text.items,
    legendTitle: legendTitle(classification, language, t),
    legendItems: legendItems(classification, language, t, hatched),
    sourceLine: t('story.sourceLine'),
    note: slide.note,
    url,
    scene,
    scaleBar: bar === null ? null : { widthPx: bar.widthPx, label: t('export.scaleKm', { count: bar.kilometres }) },
  };
}
