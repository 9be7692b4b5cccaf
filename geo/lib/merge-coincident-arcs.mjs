// After quantization two arcs can enclose zero area: where two neighbours' borders differed by less
// than a grid step, topojson-server (which compares exact coordinates) kept two arcs for what is
// now one border. Such a pair becomes one arc (the one with fewer points), walked in each county's
// own direction, so the border is shared and drawn once. A ring that then walks an arc and
// straight back along it has a zero-width spur, which is cut. Unused arcs are removed and the rest
// renumbered in order.
import { dissolve } from './dissolve.mjs';

function decodedKey(arc) {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => `${(x += dx)},${(y += dy)}`);
}

function mapGeometryArcs(geometry, mapArc) {
  if (geometry.type === 'Polygon') return { ...geometry, arcs: geometry.arcs.map((ring) => ring.map(mapArc)) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, arcs: geometry.arcs.map((polygon) => polygon.map((ring) => ring.map(mapArc))) };
  if (geometry.type === 'GeometryCollection') return { ...geometry, geometries: geometry.geometries.map((child) => mapGeometryArcs(child, mapArc)) };
  return geometry;
}

function twiceArea(points) {
  let sum = 0;
  for (let index = 0; index + 1 < points.length; index++) sum += points[index][0] * points[index + 1][1] - points[index + 1][0] * points[index][1];
  return sum;
}

/** For each arc, its replacement (itself, or another arc index, ~ for reversed). */
function zeroAreaReplacements(arcs) {
  const decoded = arcs.map((arc) => decodedKey(arc).map((key) => key.split(',').map(Number)));
  const replacement = arcs.map((_arc, index) => index);
  const byEnds = new Map();
  decoded.forEach((points, index) => {
    const start = points[0].join(',');
    const end = points[points.length - 1].join(',');
    if (start === end) return;
    const key = start < end ? `${start}|${end}` : `${end}|${start}`;
    if (!byEnds.has(key)) byEnds.set(key, []);
    byEnds.get(key).push(index);
  });
  for (const indexes of byEnds.values()) {
    // Keep the simplest arc of each group; fold into it every arc that encloses zero area with it.
    indexes.sort((left, right) => decoded[left].length - decoded[right].length || left - right);
    for (const other of indexes) {
      const keeper = indexes.find((candidate) => replacement[candidate] === candidate && candidate !== other);
      if (keeper === undefined || replacement[other] !== other || decoded[keeper].length > decoded[other].length || keeper > other && decoded[keeper].length === decoded[other].length) continue;
      const sameDirection = decoded[keeper][0].join(',') === decoded[other][0].join(',');
      const ring = [...decoded[other], ...(sameDirection ? decoded[keeper].slice().reverse() : decoded[keeper]).slice(1)];
      if (twiceArea(ring) === 0) replacement[other] = sameDirection ? keeper : ~keeper;
    }
  }
  return replacement;
}

/**
 * A ring that walks an arc and later walks it back has a zero-width corridor there: the corridor is
 * cut, leaving the two closed pieces on either side (a spur leaves an empty piece, which is dropped).
 */
function cutCorridors(ring) {
  const position = new Map();
  for (let index = 0; index < ring.length; index++) {
    const back = position.get(~ring[index]);
    if (back !== undefined) {
      const inner = ring.slice(back + 1, index);
      const outer = [...ring.slice(index + 1), ...ring.slice(0, back)];
      return [...cutCorridors(inner), ...cutCorridors(outer)].filter((piece) => piece.length > 0);
    }
    position.set(ring[index], index);
  }
  return [ring];
}

function polygonArcs(geometry) {
  return geometry.type === 'Polygon' ? geometry.arcs.flat() : geometry.arcs.flat(2);
}

/** A geometry that now walks an arc both ways (two of its parts meet along it) is dissolved with itself. */
function selfDissolve(topology, geometry) {
  if (geometry.type === 'GeometryCollection') return { ...geometry, geometries: geometry.geometries.map((child) => selfDissolve(topology, child)) };
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return geometry;
  const arcs = polygonArcs(geometry).map((arcIndex) => (arcIndex < 0 ? ~arcIndex : arcIndex));
  if (new Set(arcs).size === arcs.length) return geometry;
  const cut = geometry.type === 'Polygon' ? geometry.arcs.flatMap(cutCorridors) : geometry.arcs.map((polygon) => polygon.flatMap(cutCorridors));
  const { geometry: dissolved, orphanHoles } = dissolve(topology, [{ ...geometry, arcs: cut }]);
  if (orphanHoles.length > 0) throw new Error(`${geometry.properties?.name}: dissolving with itself left a hole outside`);
  return { ...dissolved, properties: geometry.properties };
}

/** @returns { topology, mergedArcs } a new quantized topology; the input is not changed. */
export function mergeCoincidentArcs(topology) {
  const replacement = zeroAreaReplacements(topology.arcs);
  const substitute = (arcIndex) => (arcIndex < 0 ? ~replacement[~arcIndex] : replacement[arcIndex]);
  const objects = Object.fromEntries(Object.entries(topology.objects).map(([name, object]) => [name, selfDissolve(topology, mapGeometryArcs(object, substitute))]));
  const used = new Set();
  for (const object of Object.values(objects)) mapGeometryArcs(object, (arcIndex) => { used.add(arcIndex < 0 ? ~arcIndex : arcIndex); return arcIndex; });
  const newIndex = new Map([...used].sort((left, right) => left - right).map((oldIndex, position) => [oldIndex, position]));
  const renumber = (arcIndex) => (arcIndex < 0 ? ~newIndex.get(~arcIndex) : newIndex.get(arcIndex));
  return {
    topology: {
      ...topology,
      objects: Object.fromEntries(Object.entries(objects).map(([name, object]) => [name, mapGeometryArcs(object, renumber)])),
      arcs: topology.arcs.filter((_arc, index) => newIndex.has(index)),
    },
    mergedArcs: topology.arcs.length - used.size,
  };
}
