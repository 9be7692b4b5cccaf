// Cleaning of one county's source polygons, done on directed edges so that one rule covers every
// defect the source has (geo/README.md lists them with counts):
//   - consecutive duplicate vertices are zero-length edges: dropped;
//   - an A-B-A spike, an edge shared by two touching parts of the county, and a hole filled by
//     another part of the same county all show up as the same edge walked once in each direction:
//     the pair cancels (this is the per-county self-merge);
//   - what remains is walked back into rings, which are split wherever they pass a vertex twice;
//   - loops of zero area (a collinear out-and-back such as A-C-B-A with B on AC) are dropped.
// Loops winding like an exterior become exteriors, the others holes of the exterior holding them.
// Genuine exclaves (no shared edge) and genuine holes (not filled by the county) survive.
// Coordinates are compared exactly: the default source lies on a 1/1024° grid.

import { pointInRing, signedArea } from './planar.mjs';

const pointKey = (point) => `${point[0]},${point[1]}`;
const samePoint = (left, right) => left[0] === right[0] && left[1] === right[1];

function openRingOf(closedRing) {
  const open = closedRing.slice();
  while (open.length > 1 && samePoint(open[0], open[open.length - 1])) open.pop();
  return open;
}

/** Splits a closed walk that visits a vertex twice into loops that visit each vertex once. */
export function splitAtRepeatedVertices(openRing, statistics) {
  const loops = [];
  const stack = [];
  const positionByKey = new Map();
  for (const point of openRing) {
    const key = pointKey(point);
    const position = positionByKey.get(key);
    if (position !== undefined) {
      statistics.repeatedVertices++;
      const loop = stack.splice(position + 1);
      for (const removed of loop) positionByKey.delete(pointKey(removed));
      loop.unshift(stack[position]);
      loops.push(loop);
    } else {
      positionByKey.set(key, stack.length);
      stack.push(point);
    }
  }
  loops.push(stack);
  return loops;
}

export function newCleaningStatistics() {
  return { zeroLengthEdges: 0, cancelledEdgePairs: 0, repeatedVertices: 0, zeroAreaLoops: 0, figureEightLobes: 0, overlappingEdges: 0 };
}

/** Directed edges of all rings, exteriors turned counter-clockwise and holes clockwise. */
function directedEdges(polygons, statistics, sign = 1) {
  const edges = [];
  for (const polygon of polygons) {
    polygon.forEach((closedRing, ringIndex) => {
      const ring = openRingOf(closedRing);
      const area = signedArea(ring);
      if (area === 0) return;
      const wanted = (ringIndex === 0 ? 1 : -1) * sign;
      const oriented = Math.sign(area) === wanted ? ring : ring.slice().reverse();
      for (let index = 0; index < oriented.length; index++) {
        const from = oriented[index];
        const to = oriented[(index + 1) % oriented.length];
        if (samePoint(from, to)) statistics.zeroLengthEdges++;
        else edges.push([from, to]);
      }
    });
  }
  return edges;
}

/** Cancels opposite edges; returns the remaining directed edges in first-seen order. */
function cancelOppositeEdges(edges, statistics) {
  const netByEdge = new Map();
  for (const [from, to] of edges) {
    const fromKey = pointKey(from);
    const toKey = pointKey(to);
    const forward = fromKey < toKey;
    const key = forward ? `${fromKey}|${toKey}` : `${toKey}|${fromKey}`;
    const entry = netByEdge.get(key) ?? { start: forward ? from : to, end: forward ? to : from, net: 0, uses: 0 };
    entry.net += forward ? 1 : -1;
    entry.uses++;
    netByEdge.set(key, entry);
  }
  const remaining = [];
  for (const { start, end, net, uses } of netByEdge.values()) {
    statistics.cancelledEdgePairs += (uses - Math.abs(net)) / 2;
    if (Math.abs(net) > 1) statistics.overlappingEdges++;
    // An edge walked twice the same way (two parts overlapping along it) stays twice, keeping every vertex balanced.
    for (let copy = 0; copy < Math.abs(net); copy++) remaining.push(net > 0 ? [start, end] : [end, start]);
  }
  return remaining;
}

/** Walks directed edges (every vertex has as many in as out) into closed walks. */
function walkRings(edges) {
  const outgoing = new Map();
  for (const edge of edges) {
    const key = pointKey(edge[0]);
    if (!outgoing.has(key)) outgoing.set(key, []);
    outgoing.get(key).push(edge);
  }
  const used = new Set();
  const rings = [];
  for (const first of edges) {
    if (used.has(first)) continue;
    const ring = [];
    let edge = first;
    let last = first;
    while (edge) {
      used.add(edge);
      ring.push(edge[0]);
      last = edge;
      edge = outgoing.get(pointKey(edge[1])).find((candidate) => !used.has(candidate));
    }
    // In a balanced graph a walk can only get stuck where it started.
    if (!samePoint(last[1], first[0])) throw new Error(`edges do not close into rings near ${pointKey(first[0])}`);
    rings.push(ring);
  }
  return rings;
}

const close = (openRing) => [...openRing, openRing[0]];

/**
 * @param polygons Polygon coordinates of every source part of one county
 * @param subtractedPolygons Polygon coordinates to take away (an overlap handed to a neighbour)
 * @returns MultiPolygon coordinates: exteriors counter-clockwise, holes clockwise (RFC 7946)
 */
export function cleanCounty(polygons, statistics, subtractedPolygons = []) {
  // Subtracted polygons enter with reversed winding, so their edges cancel the county's own.
  const edges = cancelOppositeEdges([...directedEdges(polygons, statistics), ...directedEdges(subtractedPolygons, statistics, -1)], statistics);
  const loops = walkRings(edges).flatMap((ring) => splitAtRepeatedVertices(ring, statistics)).filter((loop) => {
    const keep = loop.length >= 3 && signedArea(loop) !== 0;
    if (!keep) statistics.zeroAreaLoops++;
    return keep;
  });
  const exteriors = loops.filter((loop) => signedArea(loop) > 0).map((exterior) => ({ exterior, holes: [], vertexKeys: new Set(exterior.map(pointKey)) }));
  const holesBySize = loops.filter((loop) => signedArea(loop) < 0);
  // The smallest exterior containing the hole owns it (an exclave can sit in a larger part's hole).
  const exteriorsBySize = exteriors.slice().sort((left, right) => signedArea(left.exterior) - signedArea(right.exterior));
  for (const hole of holesBySize) {
    const owner = exteriorsBySize.find((candidate) => {
      // A hole vertex that is not on the exterior is strictly inside the exterior that holds it.
      const probe = hole.find((point) => !candidate.vertexKeys.has(pointKey(point)));
      return probe !== undefined && pointInRing(probe, candidate.exterior);
    });
    if (owner) owner.holes.push(hole);
    else {
      // A clockwise loop outside every exterior is the far lobe of a figure-eight: land, not a hole.
      statistics.figureEightLobes++;
      exteriors.push({ exterior: hole.slice().reverse(), holes: [], vertexKeys: new Set() });
    }
  }
  return exteriors.map(({ exterior, holes }) => [close(exterior), ...holes.map(close)]);
}

/** Counts defects without changing anything: for the before/after figures. */
export function countDefects(geometry) {
  const counts = { vertices: 0, rings: 0, consecutiveDuplicates: 0, spikes: 0, repeatedVertices: 0 };
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      counts.vertices += ring.length;
      counts.rings++;
      const open = openRingOf(ring);
      const seen = new Set();
      for (let index = 0; index < open.length; index++) {
        const count = open.length;
        if (samePoint(open[index], open[(index + 1) % count])) counts.consecutiveDuplicates++;
        if (count >= 3 && samePoint(open[(index - 1 + count) % count], open[(index + 1) % count])) counts.spikes++;
        const key = pointKey(open[index]);
        if (seen.has(key) && !samePoint(open[index], open[(index - 1 + count) % count])) counts.repeatedVertices++;
        seen.add(key);
      }
    }
  }
  return counts;
}
