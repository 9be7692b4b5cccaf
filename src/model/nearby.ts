// "What is near here?": the county a point falls in, and the designated clusters whose places lie
// within a radius — measured to the place's boundary, not its centroid. A zone is measured to the
// counties the gazetteer establishes for it; a zone whose county is not established can only be
// measured to its prefecture, and the result says so (`approximate`).
import { containsPoint, distanceToRegionKm, type RegionGeometry } from './geometry';
import type { Placer } from './placement';
import type { AdminCode, Cluster } from './types';

export interface NearbyCluster {
  cluster: Cluster;
  /** The closest region measured to, and the distance to its boundary (0 when inside). */
  placeCode: AdminCode;
  distanceKm: number;
  /** Measured to the prefecture because the zone's county is not established. */
  approximate: boolean;
}

export function countyAt(counties: readonly RegionGeometry[], point: [number, number], codeOf: (feature: RegionGeometry) => AdminCode): AdminCode | null {
  const found = counties.find((feature) => containsPoint(feature, point));
  return found === undefined ? null : codeOf(found);
}

export function clustersNear(
  placer: Placer,
  clusters: readonly Cluster[],
  geometryOf: (code: AdminCode) => RegionGeometry | undefined,
  point: [number, number],
  radiusKm: number,
): NearbyCluster[] {
  const distances = new Map<AdminCode, number>();
  const distanceTo = (code: AdminCode) => {
    if (!distances.has(code)) {
      const geometry = geometryOf(code);
      distances.set(code, geometry === undefined ? Infinity : distanceToRegionKm(geometry, point));
    }
    return distances.get(code)!;
  };
  const result: NearbyCluster[] = [];
  for (const cluster of clusters) {
    let best: { code: AdminCode; distanceKm: number; approximate: boolean } | null = null;
    for (const placement of placer.placementsOf(cluster)) {
      const approximate = placement.kind === 'zone-unlocated';
      const codes = placement.countyCodes.length > 0 ? placement.countyCodes : [placement.prefectureCode];
      for (const code of codes) {
        const distanceKm = distanceTo(code);
        // A measured county beats an approximate prefecture at the same distance.
        if (best === null || distanceKm < best.distanceKm || (distanceKm === best.distanceKm && best.approximate && !approximate)) {
          best = { code, distanceKm, approximate };
        }
      }
    }
    if (best !== null && best.distanceKm <= radiusKm) result.push({ cluster, placeCode: best.code, distanceKm: best.distanceKm, approximate: best.approximate });
  }
  return result.sort((a, b) => a.distanceKm - b.distanceKm || a.cluster.id.localeCompare(b.cluster.id));
}
