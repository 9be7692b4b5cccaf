// The SVG renderer's model: what the SVG map draws for a view, in screen pixels, from the same boundaries,
// colours, palette, line widths and labels as the MapLibre style. Pure (no DOM): the React component,
// the SVG export, print and the build-time prerender all draw a scene made here.
import type { MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Boundaries } from '../model/boundaries';
import type { PlaceNames } from '../model/place-pinyin';
import { NO_DESIGNATION_COLOR } from '../model/classify';
import type { AdminCode } from '../model/types';
import { fitCamera, project, type Camera, type Padding } from '../model/web-mercator';
import type { Bounds } from '../model/geometry';
import {
  COUNTY_LABEL_MIN_ZOOM, HIGHLIGHT_WIDTH, LABEL_HALO, LABEL_PADDING, LABEL_SIZE, LINE_WIDTH, MAX_ZOOM, MIN_ZOOM, valueAtZoom,
} from './map-metrics';
import type { MapPalette } from './palette';
import { labelPoints, type LabelProperties } from './style';

export type SceneLevel = 'prefecture' | 'county';

/** Path data of every shape at one camera; computed once per camera, not per filter change. */
export interface ScenePaths {
  camera: Camera;
  prefectures: Map<AdminCode, string>;
  counties: Map<AdminCode, string>;
  countyBorders: string;
  prefectureBorders: string;
  outline: string;
}

export interface SceneLabel {
  code: AdminCode;
  text: string;
  x: number;
  y: number;
  size: number;
  haloWidth: number;
  level: SceneLevel;
}

export interface SceneLine { d: string; color: string; width: number }

export interface SvgScene {
  width: number;
  height: number;
  zoom: number;
  background: string;
  fillOpacity: number;
  /** One filled path per region of the level, in drawing order. */
  regions: { code: AdminCode; d: string; fill: string }[];
  /** Prefectures named as a whole, hatched (county view only). */
  hatched: { code: AdminCode; d: string }[];
  borders: SceneLine[];
  hover: SceneLine | null;
  selected: SceneLine | null;
  labels: SceneLabel[];
  labelColor: string;
  labelHalo: string;
  marker: { x: number; y: number; color: string } | null;
}

export interface SceneView {
  level: SceneLevel;
  fillColors: ReadonlyMap<AdminCode, string>;
  prefectureWide: ReadonlySet<AdminCode>;
  selectedCode: AdminCode | null;
  hoverCode: AdminCode | null;
  language: 'zh' | 'en';
  marker: [number, number] | null;
  palette: MapPalette;
  labelScale: number;
}

/** The camera the MapLibre map takes for these bounds and padding (its zoom range included). */
export function sceneCamera(bounds: Bounds, size: { width: number; height: number }, padding: Padding): Camera {
  return fitCamera(bounds, size, padding, { minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM });
}

// A tenth of a pixel: below what antialiasing shows, and it keeps the path text short.
const round = (value: number) => Math.round(value * 10) / 10;

/** Path grid: points per pixel that the path data keeps (10: a tenth of a pixel). */
export const PATH_GRID = 10;

/**
 * A ring or line as path data: the first point absolute, then relative steps between points rounded
 * to the grid (rounded absolute points, so the steps never drift), points on the same grid point
 * dropped. Relative steps are short: this is most of the SVG's bytes.
 */
function ringPath(camera: Camera, ring: readonly (readonly number[])[], close: boolean, grid: number): string {
  let path = '';
  let previousX = 0;
  let previousY = 0;
  for (let index = 0; index < ring.length; index += 1) {
    const [x, y] = project(camera, ring[index]);
    const gridX = Math.round(x * grid);
    const gridY = Math.round(y * grid);
    if (path === '') {
      path = `M${gridX / grid} ${gridY / grid}`;
    } else {
      const stepX = gridX - previousX;
      const stepY = gridY - previousY;
      if (stepX === 0 && stepY === 0) continue;
      path += `l${stepX / grid}${stepY < 0 ? '' : ' '}${stepY / grid}`;
    }
    previousX = gridX;
    previousY = gridY;
  }
  return close && path !== '' ? `${path}z` : path;
}

export function areaPath(camera: Camera, geometry: Polygon | MultiPolygon, grid = PATH_GRID): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => rings.map((ring) => ringPath(camera, ring, true, grid))).join('');
}

export function linePath(camera: Camera, geometry: MultiLineString, grid = PATH_GRID): string {
  return geometry.coordinates.map((line) => ringPath(camera, line, false, grid)).join('');
}

/** Path data of every shape at a camera; `grid` points per pixel (coarser for the prerendered map). */
export function scenePaths(boundaries: Boundaries, camera: Camera, grid = PATH_GRID): ScenePaths {
  const areas = (features: readonly { properties: { code: AdminCode }; geometry: Polygon | MultiPolygon }[]) =>
    new Map(features.map((feature) => [feature.properties.code, areaPath(camera, feature.geometry, grid)]));
  return {
    camera,
    prefectures: areas(boundaries.prefectures.features),
    counties: areas(boundaries.counties.features),
    countyBorders: linePath(camera, boundaries.countyBorders, grid),
    prefectureBorders: linePath(camera, boundaries.prefectureBorders, grid),
    outline: linePath(camera, boundaries.outline, grid),
  };
}

/**
 * Width of a label in ems as the bundled font sets it: CJK characters are one em, Latin letters and
 * digits about 0.6 em. An estimate for placing labels, not for drawing them.
 */
export function labelWidthEm(text: string): number {
  let width = 0;
  for (const character of text) width += character.codePointAt(0)! >= 0x2e80 ? 1 : character === ' ' ? 0.3 : 0.6;
  return width;
}

interface Box { left: number; top: number; right: number; bottom: number }

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Labels as MapLibre places them: prefecture names first (their layer is on top), then county names
 * from COUNTY_LABEL_MIN_ZOOM on; a label overlapping one already placed is left out.
 */
export function placeLabels(
  points: readonly { coordinates: [number, number]; properties: LabelProperties }[],
  camera: Camera,
  size: { width: number; height: number },
  language: 'zh' | 'en',
  labelScale: number,
): SceneLabel[] {
  const placed: Box[] = [];
  const labels: SceneLabel[] = [];
  for (const level of ['prefecture', 'county'] as const) {
    if (level === 'county' && camera.zoom < COUNTY_LABEL_MIN_ZOOM) continue;
    const fontSize = valueAtZoom(LABEL_SIZE[level], camera.zoom, labelScale);
    const padding = LABEL_PADDING[level];
    for (const { coordinates, properties } of points) {
      if (properties.level !== level) continue;
      const [x, y] = project(camera, coordinates);
      if (x < 0 || y < 0 || x > size.width || y > size.height) continue;
      const text = language === 'en' ? properties.nameEn : properties.name;
      const halfWidth = (labelWidthEm(text) * fontSize) / 2 + padding;
      const halfHeight = (fontSize * 1.2) / 2 + padding;
      const box = { left: x - halfWidth, top: y - halfHeight, right: x + halfWidth, bottom: y + halfHeight };
      if (placed.some((other) => overlaps(box, other))) continue;
      placed.push(box);
      const haloWidth = level === 'prefecture' ? LABEL_HALO.prefecture * labelScale : LABEL_HALO.county;
      labels.push({ code: properties.code, text, x: round(x), y: round(y), size: round(fontSize), haloWidth, level });
    }
  }
  return labels;
}

/** Label anchors of the boundaries, as the MapLibre style's label source has them. */
export function sceneLabelPoints(boundaries: Boundaries, placeNames: PlaceNames): { coordinates: [number, number]; properties: LabelProperties }[] {
  return labelPoints(boundaries, placeNames).features.map((feature) => ({ coordinates: feature.geometry.coordinates as [number, number], properties: feature.properties }));
}

/** The outline of a highlighted region: a prefecture code outlines the prefecture, a county code the county. */
function highlightOutline(paths: ScenePaths, code: AdminCode | null, kind: 'Hover' | 'Selected', color: string): SceneLine | null {
  if (code === null) return null;
  const prefecture = paths.prefectures.get(code);
  const d = prefecture ?? paths.counties.get(code);
  if (d === undefined) return null;
  return { d, color, width: HIGHLIGHT_WIDTH[`${prefecture === undefined ? 'county' : 'prefecture'}${kind}`] };
}

/**
 * The hovered region's outline, on its own so that a pointer move redraws one path, not the scene.
 * MapLibre's hover outline is only on the current level's layer.
 */
export function hoverOutline(paths: ScenePaths, level: SceneLevel, code: AdminCode | null, palette: MapPalette): SceneLine | null {
  const levelPaths = level === 'prefecture' ? paths.prefectures : paths.counties;
  return code !== null && levelPaths.has(code) ? highlightOutline(paths, code, 'Hover', palette.hover) : null;
}

export function buildSvgScene(
  paths: ScenePaths,
  labelAnchors: ReturnType<typeof sceneLabelPoints>,
  size: { width: number; height: number },
  view: SceneView,
): SvgScene {
  const { camera } = paths;
  const { palette, level } = view;
  const levelPaths = level === 'prefecture' ? paths.prefectures : paths.counties;
  const regions = [...levelPaths].map(([code, d]) => ({ code, d, fill: view.fillColors.get(code) ?? NO_DESIGNATION_COLOR }));
  const hatched = level === 'county'
    ? [...view.prefectureWide].sort().flatMap((code) => {
      const d = paths.prefectures.get(code);
      return d === undefined ? [] : [{ code, d }];
    })
    : [];
  const width = (stops: keyof typeof LINE_WIDTH) => valueAtZoom(LINE_WIDTH[stops], camera.zoom);
  const marker = view.marker === null ? null : (() => {
    const [x, y] = project(camera, view.marker);
    return { x: round(x), y: round(y), color: palette.selected };
  })();
  return {
    width: size.width,
    height: size.height,
    zoom: camera.zoom,
    background: palette.background,
    fillOpacity: palette.fillOpacity,
    regions,
    hatched,
    borders: [
      { d: paths.countyBorders, color: palette.countyBorder, width: width('countyBorder') },
      { d: paths.prefectureBorders, color: palette.prefectureBorder, width: width('prefectureBorder') },
      { d: paths.outline, color: palette.outline, width: width('outline') },
    ],
    hover: hoverOutline(paths, level, view.hoverCode, palette),
    selected: highlightOutline(paths, view.selectedCode, 'Selected', palette.selected),
    labels: placeLabels(labelAnchors, camera, size, view.language, view.labelScale),
    labelColor: palette.labelText,
    labelHalo: palette.labelHalo,
    marker,
  };
}
