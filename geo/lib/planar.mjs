// Planar ring measures in lon/lat, shared by the cleaning, gap filling and dissolve steps. Rings may be
// open or closed: a closing vertex equal to the first adds a zero-length edge, which changes neither.

/** Twice the signed planar area of a ring; positive when counter-clockwise in lon/lat. */
export function signedArea(ring) {
  let sum = 0;
  for (let index = 0, count = ring.length; index < count; index++) {
    const [x0, y0] = ring[index];
    const [x1, y1] = ring[(index + 1) % count];
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

/** Even-odd test of a point against a ring. */
export function pointInRing([x, y], ring) {
  let inside = false;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    const [xi, yi] = ring[index];
    const [xj, yj] = ring[previous];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
