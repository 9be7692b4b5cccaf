// Sizes of the map's lines and labels by zoom, shared by the MapLibre style and the SVG renderer so that
// both draw the same widths and sizes at the same zoom.
import type { ExpressionSpecification } from 'maplibre-gl';

/** [zoom, value] pairs, interpolated linearly and held constant outside the first and last zoom. */
export type ZoomStops = readonly (readonly [number, number])[];

export const LINE_WIDTH: Record<'countyBorder' | 'prefectureBorder' | 'outline', ZoomStops> = {
  countyBorder: [[5, 0.4], [9, 1.5]],
  prefectureBorder: [[5, 0.9], [9, 2.4]],
  outline: [[5, 1.4], [9, 3]],
};

/** Outline widths of the hovered and the selected region, in pixels at every zoom. */
export const HIGHLIGHT_WIDTH = { countyHover: 2, prefectureHover: 2.5, countySelected: 3, prefectureSelected: 3.5 } as const;

/** Label sizes before the presentation's label scale. */
export const LABEL_SIZE: Record<'county' | 'prefecture', ZoomStops> = {
  county: [[7, 10], [10, 14]],
  prefecture: [[5, 11], [9, 18]],
};

/** Halo widths; the prefecture halo grows with the label scale. */
export const LABEL_HALO = { county: 1.2, prefecture: 1.6 } as const;
/** Space kept free around a label, in pixels (MapLibre's text-padding). */
export const LABEL_PADDING = { county: 1, prefecture: 2 } as const;

/** County names are shown from this zoom on (a selected prefecture or closer). */
export const COUNTY_LABEL_MIN_ZOOM = 7.2;

export const MIN_ZOOM = 4;
export const MAX_ZOOM = 11;

export function zoomInterpolation(stops: ZoomStops, factor = 1): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...stops.flatMap(([zoom, value]) => [zoom, value * factor])] as unknown as ExpressionSpecification;
}

/** The value MapLibre's linear interpolation gives at `zoom`. */
export function valueAtZoom(stops: ZoomStops, zoom: number, factor = 1): number {
  if (zoom <= stops[0][0]) return stops[0][1] * factor;
  for (let index = 1; index < stops.length; index += 1) {
    const [zoomB, valueB] = stops[index];
    if (zoom <= zoomB) {
      const [zoomA, valueA] = stops[index - 1];
      return (valueA + ((valueB - valueA) * (zoom - zoomA)) / (zoomB - zoomA)) * factor;
    }
  }
  return stops[stops.length - 1][1] * factor;
}
