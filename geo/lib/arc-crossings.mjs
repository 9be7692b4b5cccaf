// Proper crossings between arc segments of a quantized topology. Visvalingam simplifies each arc on
// its own, so a shortcut on one arc can cut across a neighbouring arc (or itself): the drawn borders
// would cross and the polygons overlap. Quantized coordinates are integers, so the test is exact.

function decodedArc(quantizedArc) {
  let x = 0;
  let y = 0;
  return quantizedArc.map(([dx, dy]) => [(x += dx), (y += dy)]);
}

const orientation = (a, b, c) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));

/** @returns pairs [arcIndexA, arcIndexB] of arcs with segments whose interiors cross (touching does not count). */
export function arcCrossings(quantizedTopology) {
  const segments = [];
  quantizedTopology.arcs.forEach((arc, arcIndex) => {
    const points = decodedArc(arc);
    for (let index = 0; index + 1 < points.length; index++) {
      const [start, end] = [points[index], points[index + 1]];
      segments.push({ arcIndex, start, end, minimumX: Math.min(start[0], end[0]), maximumX: Math.max(start[0], end[0]), minimumY: Math.min(start[1], end[1]), maximumY: Math.max(start[1], end[1]) });
    }
  });
  segments.sort((left, right) => left.minimumX - right.minimumX);
  const pairs = new Map();
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    for (let other = index + 1; other < segments.length && segments[other].minimumX <= segment.maximumX; other++) {
      const candidate = segments[other];
      if (candidate.maximumY < segment.minimumY || candidate.minimumY > segment.maximumY) continue;
      const { start: a, end: b } = segment;
      const { start: c, end: d } = candidate;
      if (orientation(a, b, c) * orientation(a, b, d) < 0 && orientation(c, d, a) * orientation(c, d, b) < 0) {
        const pair = [segment.arcIndex, candidate.arcIndex].sort((left, right) => left - right);
        pairs.set(pair.join(','), pair);
      }
    }
  }
  return [...pairs.values()];
}
