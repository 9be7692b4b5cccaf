// The default view's map as HTML, made at build time and put into index.html, so that the map is on
// screen with the page itself, before any script has run. It draws the same scene the SVG map draws
// (same model, same colours) and is fitted to the real pane by the SVG viewBox alone: the bounds box
// scaled into the padded pane and centred is exactly MapLibre's fitBounds (the zoom range does not bind
// at the province's extent). Pure: an atlas in, markup out.
import type { Atlas } from '../data/load-atlas';
import { aggregateRegions, prefecturesNamedWhole } from '../model/aggregate';
import { classify } from '../model/classify';
import { filterClusters } from '../model/cluster-filter';
import { project, type Padding } from '../model/web-mercator';
import { DEFAULT_VIEW_STATE } from '../state/view-state';
import { SCREEN_PALETTE } from './palette';
import { escapeXml, sceneMarkup } from './svg-markup';
import { buildSvgScene, sceneCamera, sceneLabelPoints, scenePaths } from './svg-scene';

export const PRERENDERED_MAP_ID = 'prerendered-map';

/**
 * The pane the scene is drawn for, without its padding (a 1280 × 800 window's map pane): the viewBox
 * rescales it to the real pane, so this only sets the stroke widths and label sizes at that size.
 */
export const PRERENDER_SIZE = { width: 496, height: 686 };

export function prerenderedMapMarkup(atlas: Atlas, padding: Padding, defaultPath: string, label: string): string {
  const state = DEFAULT_VIEW_STATE;
  const filtered = filterClusters(atlas.plan.clusters, atlas.plan.industries, { industries: state.industries, programme: state.programme, tier: state.tier });
  const classification = classify([...aggregateRegions(atlas.placer, state.level, filtered).values()], state.metric);
  const bounds = atlas.boundaries.bbox;
  const camera = sceneCamera(bounds, PRERENDER_SIZE, { top: 0, right: 0, bottom: 0, left: 0 });
  // Whole pixels: the prerendered map is on screen for a moment, and every byte of it is on the critical path.
  const scene = buildSvgScene(scenePaths(atlas.boundaries, camera, 1), sceneLabelPoints(atlas.boundaries, atlas.placeNames), PRERENDER_SIZE, {
    level: state.level,
    fillColors: classification.colors,
    prefectureWide: state.level === 'county' ? prefecturesNamedWhole(atlas.placer, filtered) : new Set(),
    selectedCode: null,
    hoverCode: null,
    language: state.language,
    marker: null,
    palette: SCREEN_PALETTE,
    labelScale: 1,
  });
  const [west, south, east, north] = bounds;
  const [left, top] = project(camera, [west, north]);
  const [right, bottom] = project(camera, [east, south]);
  const viewBox = [left, top, right - left, bottom - top].map((value) => Math.round(value * 100) / 100).join(' ');
  const paddingAttribute = [padding.top, padding.right, padding.bottom, padding.left].join(' ');
  return `<div id="${PRERENDERED_MAP_ID}" role="img" aria-label="${escapeXml(label)}" data-default-path="${escapeXml(defaultPath)}" data-padding="${paddingAttribute}">`
    + `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet" overflow="visible">${sceneMarkup(scene)}</svg></div>`;
}
