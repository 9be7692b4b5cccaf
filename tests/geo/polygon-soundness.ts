// Structural soundness of a polygon feature, for the boundary tests. Touching at a vertex is
// allowed (OGC simple features let the parts of a MultiPolygon, and a hole and its shell, touch at
// a point; the source has such pinches), so turf's booleanValid, which rejects every touch, is too
// strict here; turf's kinks is used instead, with the requirement that every kink it reports is a
// vertex of the shape (a touch), never a point inside two segments (a crossing).
import kinks from '@turf/kinks';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

const samePosition = (left: Position, right: Position) => left[0] === right[0] && left[1] === right[1];

/** Returns a list of problems; empty when the shape is sound. */
export function polygonProblems(shape: Feature<Polygon | MultiPolygon>): string[] {
  const problems: string[] = [];
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  const vertices = new Set<string>();
  polygons.forEach((polygon, polygonIndex) => {
    polygon.forEach((ring, ringIndex) => {
      const where = `polygon ${polygonIndex} ring ${ringIndex}`;
      if (ring.length < 4) problems.push(`${where}: ${ring.length} positions`);
      if (!samePosition(ring[0], ring[ring.length - 1])) problems.push(`${where}: not closed`);
      const open = ring.slice(0, -1);
      open.forEach((position, index) => {
        vertices.add(position.join(','));
        const next = open[(index + 1) % open.length];
        const afterNext = open[(index + 2) % open.length];
        if (samePosition(position, next)) problems.push(`${where}: duplicate vertex ${position}`);
        if (open.length > 2 && samePosition(position, afterNext)) problems.push(`${where}: spike at ${next}`);
      });
      if (ringIndex > 0) {
        const exterior: Polygon = { type: 'Polygon', coordinates: [polygon[0]] };
        const inside = open.filter((position) => booleanPointInPolygon(position, exterior, { ignoreBoundary: true })).length;
        if (inside === 0) problems.push(`${where}: hole outside its exterior`);
      }
    });
  });
  for (const kink of kinks(shape).features) {
    const position = kink.geometry.coordinates;
    const atVertex = [...vertices].some((key) => {
      const [x, y] = key.split(',').map(Number);
      return Math.abs(x - position[0]) < 1e-9 && Math.abs(y - position[1]) < 1e-9;
    });
    if (!atVertex) problems.push(`segments cross at ${position}`);
  }
  return problems;
}
