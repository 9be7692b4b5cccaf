// The turf surface the app uses, in one place: bounds, area, point-in-polygon, distance to a region.
import { area, bbox, booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export type RegionGeometry = Feature<Polygon | MultiPolygon>;
export type Bounds = [number, number, number, number];

export function boundsOf(feature: RegionGeometry): Bounds {
  const [west, south, east, north] = bbox(feature);
  return [west, south, east, north];
}

export function areaKm2(feature: RegionGeometry): number {
  return area(feature) / 1e6;
}

export function containsPoint(feature: RegionGeometry, point: [number, number]): boolean {
  return booleanPointInPolygon(point, feature);
}

/** Great-circle distance in km from a point to the region's boundary; 0 when the point is inside. */
export function distanceToRegionKm(feature: RegionGeometry, point: [number, number]): number {
  if (containsPoint(feature, point)) return 0;
  const polygons: Feature<Polygon>[] = feature.geometry.type === 'Polygon'
    ? [feature as Feature<Polygon>]
    : feature.geometry.coordinates.map((coordinates) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } }));
  return Math.min(...polygons.map((polygon) => Math.abs(pointToPolygonDistance(point, polygon, { units: 'kilometers' }))));
}
