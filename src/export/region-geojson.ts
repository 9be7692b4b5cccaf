// The regions of the current level joined with their figures under the current filter, as GeoJSON.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { RegionFigures } from '../model/aggregate';
import type { AdminCode } from '../model/types';

export interface RegionExportProperties {
  code: AdminCode;
  name: string;
  clusterCount: number;
  totalSizeYi: number;
  highestTier: string | null;
  industries: string;
}

export function regionGeojson(
  features: readonly Feature<Polygon | MultiPolygon, { code: AdminCode; name: string }>[],
  figures: ReadonlyMap<AdminCode, RegionFigures>,
): FeatureCollection<Polygon | MultiPolygon, RegionExportProperties> {
  return {
    type: 'FeatureCollection',
    features: features.map((feature) => {
      const entry = figures.get(feature.properties.code);
      return {
        type: 'Feature',
        geometry: feature.geometry,
        properties: {
          code: feature.properties.code,
          name: feature.properties.name,
          clusterCount: entry?.clusterCount ?? 0,
          totalSizeYi: entry?.totalSizeYi ?? 0,
          highestTier: entry?.highestTier ?? null,
          industries: (entry?.industries ?? []).join(','),
        },
      };
    }),
  };
}
