// Makes the counties a partition of the province: no slivers, no gaps, no overlaps.
//
// Sliver elimination. Where two counties' borders were digitised independently they interleave in
// one-grid-cell triangles (~0.005 km²): each becomes a tiny exclave of one county in a notch or hole
// of its neighbour. Hundreds of them add nothing at any zoom the file is made for, and quantization
// collapses them into degenerate rings. Each exterior smaller than the threshold is handed to the
// county it shares the longest border with (ArcGIS "Eliminate"); real enclaves in the source are
// 0.12 km² and larger and stay. A tiny hole that no county fills is a gap: it is closed.
import area from '@turf/area';
import { pointInRing } from './planar.mjs';

const pointKey = (point) => `${point[0]},${point[1]}`;
const directedEdgeKey = (from, to) => `${pointKey(from)}|${pointKey(to)}`;
const squareKilometres = (ring) => area({ type: 'Polygon', coordinates: [ring] }) / 1e6;

function* ringEdges(ring) {
  for (let index = 0; index + 1 < ring.length; index++) yield [ring[index], ring[index + 1]];
}

/** Directed edge → codes of the counties whose rings walk it that way (cleanCounty orients all rings consistently). */
function edgeOwners(polygonsByCode) {
  const owners = new Map();
  for (const [code, polygons] of polygonsByCode) {
    for (const polygon of polygons) for (const ring of polygon) for (const [from, to] of ringEdges(ring)) {
      const key = directedEdgeKey(from, to);
      if (!owners.has(key)) owners.set(key, new Set());
      owners.get(key).add(code);
    }
  }
  return owners;
}

/**
 * @param polygonsByCode Map<code, MultiPolygon coordinates> from cleanCounty, changed in place
 * @param cleanCounty re-cleans a county after it receives slivers (so shared edges dissolve)
 */
export function eliminateSlivers(polygonsByCode, thresholdSquareKilometres, cleanCounty, statistics) {
  const result = { movedSlivers: 0, droppedOverlaps: 0, droppedIslands: 0, closedGaps: 0 };
  for (let pass = 1; ; pass++) {
    const owners = edgeOwners(polygonsByCode);
    const touched = new Set();
    for (const [code, polygons] of polygonsByCode) {
      for (const polygon of polygons.slice()) {
        if (squareKilometres(polygon[0]) >= thresholdSquareKilometres) continue;
        // A neighbour walking an edge the opposite way borders the sliver there; one walking the
        // whole ring the same way already covers it (the two counties overlap on it).
        const sharedLength = new Map();
        const coveringCounties = new Map();
        const edges = [...ringEdges(polygon[0])];
        for (const [from, to] of edges) {
          for (const neighbour of owners.get(directedEdgeKey(to, from)) ?? []) {
            if (neighbour !== code) sharedLength.set(neighbour, (sharedLength.get(neighbour) ?? 0) + Math.hypot(to[0] - from[0], to[1] - from[1]));
          }
          for (const neighbour of owners.get(directedEdgeKey(from, to))) {
            if (neighbour !== code) coveringCounties.set(neighbour, (coveringCounties.get(neighbour) ?? 0) + 1);
          }
        }
        const covered = [...coveringCounties.values()].some((count) => count === edges.length);
        const [receiver] = covered ? [] : [...sharedLength].sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]))[0] ?? [];
        polygons.splice(polygons.indexOf(polygon), 1);
        touched.add(code);
        if (covered) { result.droppedOverlaps++; continue; }
        if (receiver === undefined) { result.droppedIslands++; continue; }
        polygonsByCode.get(receiver).push(polygon);
        touched.add(receiver);
        result.movedSlivers++;
      }
    }
    if (touched.size === 0) break;
    if (pass === 10) throw new Error(`sliver elimination did not settle after ${pass} passes`);
    for (const code of touched) polygonsByCode.set(code, cleanCounty(polygonsByCode.get(code), statistics));
  }
  const owners = edgeOwners(polygonsByCode);
  for (const [code, polygons] of polygonsByCode) {
    for (const polygon of polygons) {
      for (let index = polygon.length - 1; index >= 1; index--) {
        const hole = polygon[index];
        const filled = [...ringEdges(hole)].some(([from, to]) => owners.has(directedEdgeKey(to, from)));
        if (!filled && squareKilometres(hole) < thresholdSquareKilometres) { polygon.splice(index, 1); result.closedGaps++; }
      }
    }
    polygonsByCode.set(code, polygons);
  }
  return result;
}

/**
 * Gaps: places inside the province that no county covers, where neighbours' borders were digitised
 * apart. They are holes of the province (the union of all counties, built with cleanCounty itself)
 * bordered by two or more counties. Each goes to the county it shares the longest border with.
 */
export function fillGaps(polygonsByCode, cleanCounty, statistics) {
  const province = cleanCounty([...polygonsByCode.values()].flat(), { ...statistics });
  const owners = edgeOwners(polygonsByCode);
  const result = { filledGaps: 0, largestGapSquareKilometres: 0, keptSingleCountyHoles: 0 };
  const touched = new Set();
  for (const polygon of province) {
    for (const hole of polygon.slice(1)) {
      const gap = hole.slice().reverse();
      const sharedLength = new Map();
      for (const [from, to] of ringEdges(gap)) {
        for (const neighbour of owners.get(directedEdgeKey(to, from)) ?? []) {
          sharedLength.set(neighbour, (sharedLength.get(neighbour) ?? 0) + Math.hypot(to[0] - from[0], to[1] - from[1]));
        }
      }
      // A hole inside a single county is that county's own (the source draws one in 浉河区): kept.
      if (sharedLength.size < 2) { result.keptSingleCountyHoles++; continue; }
      const [receiver] = [...sharedLength].sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]))[0];
      polygonsByCode.get(receiver).push([gap]);
      touched.add(receiver);
      result.filledGaps++;
      result.largestGapSquareKilometres = Math.max(result.largestGapSquareKilometres, squareKilometres(gap));
    }
  }
  for (const code of touched) polygonsByCode.set(code, cleanCounty(polygonsByCode.get(code), statistics));
  return result;
}

/**
 * Overlaps: thin places two neighbours both claim, where their borders were digitised apart the
 * other way. Summing all counties' edges (cleanCounty on everything) leaves each as a
 * counter-clockwise loop inside the province's exterior. The county with the lower code keeps it;
 * it is subtracted from the others, whose border then follows the keeper's.
 */
export function resolveOverlaps(polygonsByCode, cleanCounty, statistics) {
  const sum = cleanCounty([...polygonsByCode.values()].flat(), { ...statistics });
  const exteriors = sum.map((polygon) => polygon[0]);
  const owners = edgeOwners(polygonsByCode);
  const result = { resolvedOverlaps: 0, largestOverlapSquareKilometres: 0 };
  const subtractions = new Map();
  for (const loop of exteriors) {
    const keys = new Set(loop.map(pointKey));
    const nested = exteriors.some((other) => other !== loop && squareKilometres(other) > squareKilometres(loop) && (() => {
      const probe = loop.find((point) => !other.some((otherPoint) => otherPoint[0] === point[0] && otherPoint[1] === point[1]));
      return probe !== undefined && pointInRing(probe, other);
    })());
    if (!nested) continue;
    const claimants = new Set();
    for (const [from, to] of ringEdges(loop)) for (const code of owners.get(directedEdgeKey(from, to)) ?? []) claimants.add(code);
    const [keeper, ...others] = [...claimants].sort();
    for (const code of others) {
      if (!subtractions.has(code)) subtractions.set(code, []);
      subtractions.get(code).push([loop]);
    }
    if (keeper !== undefined && keys.size > 0) {
      result.resolvedOverlaps++;
      result.largestOverlapSquareKilometres = Math.max(result.largestOverlapSquareKilometres, squareKilometres(loop));
    }
  }
  for (const [code, subtracted] of subtractions) polygonsByCode.set(code, cleanCounty(polygonsByCode.get(code), statistics, subtracted));
  return result;
}
