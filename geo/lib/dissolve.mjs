// Dissolves counties into one (Multi)Polygon of arcs of the same topology, so prefecture borders
// reuse the county arcs. topojson-client's mergeArcs joins the right arcs but, in each connected
// group, calls the largest ring the exterior and every other ring a hole; where a prefecture touches
// itself at a single point (two lobes), a lobe becomes a "hole" outside its exterior. The stitched
// rings keep the counties' winding (exteriors counter-clockwise), so winding tells them apart.
import { mergeArcs } from 'topojson-client';
import { pointInRing, signedArea } from './planar.mjs';

function decodedRing(topology, ring) {
  const positions = [];
  for (const arcIndex of ring) {
    let x = 0;
    let y = 0;
    const points = topology.arcs[arcIndex < 0 ? ~arcIndex : arcIndex].map(([dx, dy]) => [(x += dx), (y += dy)]);
    if (arcIndex < 0) points.reverse();
    positions.push(...(positions.length > 0 ? points.slice(1) : points));
  }
  return positions;
}

/** @param topology a quantized topology @param geometries its (Multi)Polygon geometry objects @returns { geometry: MultiPolygon geometry object (arcs), orphanHoles: rings } */
export function dissolve(topology, geometries) {
  const rings = mergeArcs(topology, geometries).arcs.flat().map((ring) => {
    const positions = decodedRing(topology, ring);
    return { ring, positions, area: signedArea(positions), keys: new Set(positions.map((position) => position.join(','))) };
  });
  const exteriors = rings.filter(({ area }) => area > 0).sort((left, right) => left.area - right.area);
  const polygons = new Map(exteriors.map((exterior) => [exterior, [exterior.ring]]));
  // A clockwise ring outside every exterior means simplification folded a ring over: the caller
  // restores points until there is none.
  const orphanHoles = [];
  for (const hole of rings.filter(({ area }) => area < 0)) {
    const owner = exteriors.find((exterior) => {
      const probe = hole.positions.find((position) => !exterior.keys.has(position.join(',')));
      return probe !== undefined && pointInRing(probe, exterior.positions);
    });
    if (owner) polygons.get(owner).push(hole.ring);
    else orphanHoles.push(hole.ring);
  }
  // Largest part first, as mergeArcs would order a single-part result.
  const geometry = { type: 'MultiPolygon', arcs: exteriors.slice().reverse().map((exterior) => polygons.get(exterior)) };
  return { geometry, orphanHoles };
}

