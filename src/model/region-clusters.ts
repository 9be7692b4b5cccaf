// The clusters that concern one region, and how: named there, in one of its counties, or designated
// for its whole prefecture. A multi-place cluster belongs to each of its places.
import { tierRank } from './catalog';
import type { RegionIndex } from './regions';
import type { AdminCode, Cluster } from './types';

export type ClusterRelation =
  /** One of the cluster's places is this region itself. */
  | 'self'
  /** (prefecture) one of the cluster's places is a county of this prefecture. */
  | 'county'
  /** (county) the cluster is placed at this county's prefecture as a whole. */
  | 'prefecture';

export interface RegionCluster {
  cluster: Cluster;
  relation: ClusterRelation;
  /** The place codes of the cluster through which it relates to the region. */
  viaCodes: AdminCode[];
}

function relationTo(index: RegionIndex, code: AdminCode, level: 'prefecture' | 'county', cluster: Cluster): RegionCluster | null {
  const self: AdminCode[] = [];
  const other: AdminCode[] = [];
  for (const place of cluster.places) {
    const placeRegion = index.byCode.get(place.code);
    if (placeRegion === undefined) continue;
    // 济源 (419001) is both levels; a place at 419001 is "self" for either.
    if (place.code === code) self.push(place.code);
    else if (level === 'prefecture' && placeRegion.level === 'county' && placeRegion.prefectureCode === code) other.push(place.code);
    else if (level === 'county' && placeRegion.level === 'prefecture' && index.countyByCode.get(code)?.prefectureCode === place.code) other.push(place.code);
  }
  if (self.length > 0) return { cluster, relation: 'self', viaCodes: self };
  if (other.length > 0) return { cluster, relation: level === 'prefecture' ? 'county' : 'prefecture', viaCodes: other };
  return null;
}

/** Clusters of a region, its own first, then by tier and size descending. */
export function clustersOfRegion(
  index: RegionIndex,
  code: AdminCode,
  level: 'prefecture' | 'county',
  clusters: readonly Cluster[],
): RegionCluster[] {
  const related = clusters
    .map((cluster) => relationTo(index, code, level, cluster))
    .filter((entry): entry is RegionCluster => entry !== null);
  return related.sort(
    (a, b) =>
      Number(b.relation === 'self') - Number(a.relation === 'self') ||
      tierRank(b.cluster.tier) - tierRank(a.cluster.tier) ||
      (b.cluster.sizeYi ?? 0) - (a.cluster.sizeYi ?? 0) ||
      a.cluster.id.localeCompare(b.cluster.id),
  );
}
