// "What is near here?": the county a point falls in, and the designated clusters whose places lie
// within a radius — measured to the place's boundary, not its centroid.
import { containsPoint, distanceToRegionKm, type RegionGeometry } from './geometry';
import type { AdminCode, Cluster } from './types';

export interface NearbyCluster {
  cluster: Cluster;
  /** The closest of the cluster's places, and the distance to its boundary (0 when inside). */
  placeCode: AdminCode;
  distanceKm: number;
}

export function countyAt(counties: readonly RegionGeometry[], point: [number, number], codeOf: (feature: RegionGeometry) => AdminCode): AdminCode | null {
  const found = counties.find((feature) => containsPoint(feature, point));
  return found === undefined ? null : codeOf(found);
}

export function clustersNear(
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
    if (cluster.scope !== 'local') continue;
    let best: { code: AdminCode; distanceKm: number } | null = null;
    for (const place of cluster.places) {
      const distanceKm = distanceTo(place.code);
      if (best === null || distanceKm < best.distanceKm) best = { code: place.code, distanceKm };
    }
    if (best !== null && best.distanceKm <= radiusKm) result.push({ cluster, placeCode: best.code, distanceKm: best.distanceKm });
  }
  return result.sort((a, b) => a.distanceKm - b.distanceKm || a.cluster.id.localeCompare(b.cluster.id));
}
