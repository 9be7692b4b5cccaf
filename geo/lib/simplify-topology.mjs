// Simplification and quantization that never lose a ring. Visvalingam keeps only arc endpoints
// when a small ring's points all weigh little, and quantization can snap what remains onto fewer
// than three distinct points; the tiny exclaves and pinched-off slivers of the source would then
// vanish or become degenerate. Such rings get their heaviest dropped point pinned, and we retry;
// likewise for arcs that simplification makes cross each other.
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import { arcCrossings } from './arc-crossings.mjs';
import { mergeCoincidentArcs } from './merge-coincident-arcs.mjs';

/** Positions of a ring of a quantized topology, each with the arc it came from. */
function decodeRing(ring, quantizedArcs) {
  const positions = [];
  const arcs = [];
  for (const arcIndex of ring) {
    let x = 0;
    let y = 0;
    const points = quantizedArcs[arcIndex < 0 ? ~arcIndex : arcIndex].map(([dx, dy]) => [(x += dx), (y += dy)]);
    if (arcIndex < 0) points.reverse();
    for (const point of positions.length > 0 ? points.slice(1) : points) { positions.push(point); arcs.push(arcIndex); }
  }
  positions.pop();
  arcs.pop();
  return { positions, arcs };
}

const samePosition = (left, right) => left[0] === right[0] && left[1] === right[1];

/** Arcs to pin for a ring that collapsed (< 3 distinct positions) or has an A-B-A spike; [] if sound. */
function defectArcs(ring, quantizedArcs) {
  const { positions, arcs } = decodeRing(ring, quantizedArcs);
  if (new Set(positions.map((position) => position.join(','))).size < 3) return ring;
  const count = positions.length;
  for (let index = 0; index < count; index++) {
    if (samePosition(positions[(index - 1 + count) % count], positions[(index + 1) % count])) {
      return [arcs[(index - 1 + count) % count], arcs[index], arcs[(index + 1) % count]];
    }
  }
  return [];
}

/** Pins the heaviest not-yet-kept interior point of the given arcs. Returns false when none is left. */
function pinHeaviestDroppedPoint(arcIndexes, weightedArcs, minimumWeight) {
  let heaviest = null;
  for (const arcIndex of arcIndexes) {
    for (const point of weightedArcs[arcIndex < 0 ? ~arcIndex : arcIndex]) {
      // sphericalTriangleArea gives NaN for some near-degenerate triangles; such a point is never kept.
      const weight = Number.isNaN(point[2]) ? 0 : point[2];
      if (weight < minimumWeight && (heaviest === null || weight > heaviest.weight)) heaviest = { point, weight };
    }
  }
  if (heaviest === null) return false;
  heaviest.point[2] = Infinity;
  return true;
}

/**
 * @param topology unquantized topology in longitude/latitude
 * @param keepShare share of interior points kept, by spherical triangle area (0.1 = 10 %)
 * @param quantization grid size for topojson quantize, e.g. 1e4
 * @param ringsToCheck (quantizedTopology) => { rings: rings (arrays of arc indexes) that must stay sound, foldedRings: rings known to be wrong }
 * @returns { topology, minimumWeight, pinnedPoints, mergedArcs, unresolvedDefects }
 */
export function simplifyAndQuantize(topology, keepShare, quantization, ringsToCheck) {
  const weighted = presimplify(topology, sphericalTriangleArea);
  const minimumWeight = quantile(weighted, keepShare);
  let pinnedPoints = 0;
  const unresolvable = new Set();
  for (;;) {
    // Checked before coincident arcs are merged, so that arc indexes still match the weighted arcs.
    const result = quantize(simplify(weighted, minimumWeight), quantization);
    const { rings, foldedRings } = ringsToCheck(result);
    const defects = [...rings.map((ring) => defectArcs(ring, result.arcs)), ...foldedRings].filter((arcs) => arcs.length > 0 && !unresolvable.has(arcs.join(',')));
    const crossings = arcCrossings(result).filter((pair) => !unresolvable.has(pair.join(',')));
    if (defects.length === 0 && crossings.length === 0) {
      const { topology: merged, mergedArcs } = mergeCoincidentArcs(result);
      const remaining = ringsToCheck(merged);
      const unresolvedDefects = remaining.rings.filter((ring) => defectArcs(ring, merged.arcs).length > 0).length + remaining.foldedRings.length + arcCrossings(merged).length;
      return { topology: merged, minimumWeight, pinnedPoints, mergedArcs, unresolvedDefects };
    }
    // Restoring a dropped point of the arcs involved usually undoes the shortcut; when they are
    // complete the defect comes from the source or from quantization, and is reported instead.
    for (const arcs of [...defects, ...crossings]) {
      if (pinHeaviestDroppedPoint(arcs, weighted.arcs, minimumWeight)) pinnedPoints++;
      else {
        unresolvable.add(arcs.join(','));
      }
    }
  }
}
