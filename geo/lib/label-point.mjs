// Label anchors computed at build time, so the app need not ship polylabel and labels sit inside
// their shape (a centroid can fall outside a crescent-shaped county or in a hole).
import polylabel from 'polylabel';
import area from '@turf/area';

const round4 = (value) => Math.round(value * 1e4) / 1e4;

/** Pole of inaccessibility of the largest polygon of a GeoJSON Polygon/MultiPolygon, rounded to 4 decimals. */
export function labelPoint(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest = polygons[0];
  let largestArea = -1;
  for (const polygon of polygons) {
    const polygonArea = area({ type: 'Polygon', coordinates: polygon });
    if (polygonArea > largestArea) { largest = polygon; largestArea = polygonArea; }
  }
  // Precision is in degrees: 1e-4 ≈ 10 m, below the 4-decimal rounding.
  const [longitude, latitude] = polylabel(largest, 1e-4);
  return [round4(longitude), round4(latitude)];
}
