// The map style as data: sources from the boundaries, layers in drawing order. Built once per data
// load; state changes (level, colours, selection, language) are applied by the map owner as small
// property updates, never by rebuilding sources.
import type {
  ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification,
} from 'maplibre-gl';
import type { Feature, FeatureCollection, MultiLineString, Point } from 'geojson';
import type { Boundaries } from '../model/boundaries';
import type { PlaceNames } from '../model/place-pinyin';
import type { Language, Level } from '../model/catalog';
import { HATCH_IMAGE, LABEL_FONT, LAYER, SOURCE } from './layer-ids';
import type { MapPalette } from './palette';
import { NO_DESIGNATION_COLOR } from '../model/classify';
import { fillColorFromState, hatchOpacityFromState } from './expressions';
import {
  COUNTY_LABEL_MIN_ZOOM, HIGHLIGHT_WIDTH, LABEL_HALO, LABEL_PADDING, LABEL_SIZE, LINE_WIDTH, zoomInterpolation,
} from './map-metrics';

export type LabelProperties = { code: string; name: string; nameEn: string; level: Level };

export function labelPoints(boundaries: Boundaries, placeNames: PlaceNames): FeatureCollection<Point, LabelProperties> {
  const features: Feature<Point, LabelProperties>[] = [];
  for (const [level, collection] of [['prefecture', boundaries.prefectures], ['county', boundaries.counties]] as const) {
    for (const feature of collection.features) {
      const { code, name, label } = feature.properties;
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: label },
        properties: { code, name, nameEn: placeNames.english(name), level },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

function lineFeature(geometry: MultiLineString): Feature<MultiLineString> {
  return { type: 'Feature', geometry, properties: {} };
}

const selectedState: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hoverState: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

export function markerData(point: [number, number] | null): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: point === null ? [] : [{ type: 'Feature', geometry: { type: 'Point', coordinates: point }, properties: {} }],
  };
}

export function labelTextField(language: Language): ExpressionSpecification {
  return ['get', language === 'en' ? 'nameEn' : 'name'];
}

export interface StyleOptions {
  palette: MapPalette;
  /** URL of the bundled label font (woff2); declared in `font-faces`, so no glyph server is needed. */
  fontUrl: string;
  /** Larger labels for presentations. */
  labelScale: number;
  /** The English label of each place (the atlas's pinyin readings). */
  placeNames: PlaceNames;
}

export function buildStyle(boundaries: Boundaries, options: StyleOptions): StyleSpecification {
  const { palette, labelScale } = options;
  const isPrefecture: FilterSpecification = ['==', ['get', 'level'], 'prefecture'];
  const isCounty: FilterSpecification = ['==', ['get', 'level'], 'county'];
  const layers: LayerSpecification[] = [
    { id: LAYER.background, type: 'background', paint: { 'background-color': palette.background } },
    { id: LAYER.countyFill, type: 'fill', source: SOURCE.counties, layout: { visibility: 'none' },
      paint: { 'fill-color': fillColorFromState(NO_DESIGNATION_COLOR), 'fill-opacity': palette.fillOpacity } },
    { id: LAYER.prefectureFill, type: 'fill', source: SOURCE.prefectures,
      paint: { 'fill-color': fillColorFromState(NO_DESIGNATION_COLOR), 'fill-opacity': palette.fillOpacity } },
    { id: LAYER.prefectureWide, type: 'fill', source: SOURCE.prefectures, layout: { visibility: 'none' },
      paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': hatchOpacityFromState() } },
    { id: LAYER.countyBorders, type: 'line', source: SOURCE.countyBorders,
      paint: { 'line-color': palette.countyBorder, 'line-width': zoomInterpolation(LINE_WIDTH.countyBorder) } },
    { id: LAYER.prefectureBorders, type: 'line', source: SOURCE.prefectureBorders,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.prefectureBorder, 'line-width': zoomInterpolation(LINE_WIDTH.prefectureBorder) } },
    { id: LAYER.outline, type: 'line', source: SOURCE.outline, layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.outline, 'line-width': zoomInterpolation(LINE_WIDTH.outline) } },
    { id: LAYER.countyHover, type: 'line', source: SOURCE.counties, layout: { visibility: 'none' },
      paint: { 'line-color': palette.hover, 'line-width': HIGHLIGHT_WIDTH.countyHover, 'line-opacity': ['case', hoverState, 1, 0] } },
    { id: LAYER.prefectureHover, type: 'line', source: SOURCE.prefectures,
      paint: { 'line-color': palette.hover, 'line-width': HIGHLIGHT_WIDTH.prefectureHover, 'line-opacity': ['case', hoverState, 1, 0] } },
    { id: LAYER.countySelected, type: 'line', source: SOURCE.counties,
      paint: { 'line-color': palette.selected, 'line-width': HIGHLIGHT_WIDTH.countySelected, 'line-opacity': ['case', selectedState, 1, 0] } },
    { id: LAYER.prefectureSelected, type: 'line', source: SOURCE.prefectures,
      paint: { 'line-color': palette.selected, 'line-width': HIGHLIGHT_WIDTH.prefectureSelected, 'line-opacity': ['case', selectedState, 1, 0] } },
    { id: LAYER.countyLabels, type: 'symbol', source: SOURCE.labels, filter: isCounty, minzoom: COUNTY_LABEL_MIN_ZOOM,
      layout: {
        'text-field': labelTextField('zh'), 'text-font': [LABEL_FONT],
        'text-size': zoomInterpolation(LABEL_SIZE.county, labelScale),
        'text-padding': LABEL_PADDING.county, 'text-max-width': 6,
      },
      paint: { 'text-color': palette.labelText, 'text-halo-color': palette.labelHalo, 'text-halo-width': LABEL_HALO.county } },
    { id: LAYER.prefectureLabels, type: 'symbol', source: SOURCE.labels, filter: isPrefecture,
      layout: {
        'text-field': labelTextField('zh'), 'text-font': [LABEL_FONT],
        'text-size': zoomInterpolation(LABEL_SIZE.prefecture, labelScale),
        'text-allow-overlap': false, 'text-padding': LABEL_PADDING.prefecture, 'text-max-width': 8, 'symbol-sort-key': 0,
      },
      paint: { 'text-color': palette.labelText, 'text-halo-color': palette.labelHalo, 'text-halo-width': LABEL_HALO.prefecture * labelScale } },
    { id: LAYER.marker, type: 'circle', source: SOURCE.marker,
      paint: { 'circle-radius': 7, 'circle-color': palette.selected, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 } },
  ];
  return {
    version: 8,
    name: 'Henan Cluster Atlas',
    'font-faces': { [LABEL_FONT]: [{ url: options.fontUrl }] },
    sources: {
      [SOURCE.counties]: { type: 'geojson', data: boundaries.counties, promoteId: 'code' },
      [SOURCE.prefectures]: { type: 'geojson', data: boundaries.prefectures, promoteId: 'code' },
      [SOURCE.countyBorders]: { type: 'geojson', data: lineFeature(boundaries.countyBorders) },
      [SOURCE.prefectureBorders]: { type: 'geojson', data: lineFeature(boundaries.prefectureBorders) },
      [SOURCE.outline]: { type: 'geojson', data: lineFeature(boundaries.outline) },
      [SOURCE.labels]: { type: 'geojson', data: labelPoints(boundaries, options.placeNames) },
      [SOURCE.marker]: { type: 'geojson', data: markerData(null) },
    },
    layers,
  };
}

/**
 * The style for the first view: its level's layers visible, its choropleth colours baked into the fill
 * layer and its hatched prefectures into the hatch layer, so the first frame the map draws is already
 * the data (later changes go through feature state and layout properties).
 */
export function withInitialFills(
  style: StyleSpecification,
  level: Level,
  colors: ReadonlyMap<string, string>,
  prefectureWide: ReadonlySet<string> = new Set(),
): StyleSpecification {
  const ofLevel: Record<string, Level> = {
    [LAYER.prefectureFill]: 'prefecture', [LAYER.prefectureHover]: 'prefecture',
    [LAYER.countyFill]: 'county', [LAYER.countyHover]: 'county', [LAYER.prefectureWide]: 'county',
  };
  const fillId = level === 'prefecture' ? LAYER.prefectureFill : LAYER.countyFill;
  return {
    ...style,
    layers: style.layers.map((layer) => {
      if (!(layer.id in ofLevel) || (layer.type !== 'fill' && layer.type !== 'line')) return layer;
      const layout = { ...layer.layout, visibility: ofLevel[layer.id] === level ? 'visible' : 'none' } as const;
      if (layer.id === fillId && layer.type === 'fill') {
        return { ...layer, layout, paint: { ...layer.paint, 'fill-color': fillColorFromState(NO_DESIGNATION_COLOR, colors) } };
      }
      if (layer.id === LAYER.prefectureWide && layer.type === 'fill') {
        return { ...layer, layout, paint: { ...layer.paint, 'fill-opacity': hatchOpacityFromState(prefectureWide) } };
      }
      return { ...layer, layout } as LayerSpecification;
    }),
  };
}
