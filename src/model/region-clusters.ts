// The clusters that concern one region, and how: named there, in one of its counties, designated for
// its whole prefecture, or in a zone of its prefecture whose county is not established. Follows the
// placement rule (placement.ts); a multi-place cluster belongs to each of its places.
import { tierRank, type Level } from './catalog';
import type { Placer } from './placement';
import type { AdminCode, Cluster } from './types';

export type ClusterRelation =
  /** The cluster is placed at this region itself (a county named or holding the zone; a prefecture named or holding an unlocated zone). */
  | 'self'
  /** (prefecture) the cluster lies in one of this prefecture's counties. */
  | 'county'
  /** (county) the plan names this county's whole prefecture. */
  | 'prefecture'
  /** (county) the cluster is in a zone of this county's prefecture whose county is not established. */
  | 'zone-unlocated';

export interface RegionCluster {
  cluster: Cluster;
  relation: ClusterRelation;
  /** The codes through which it relates: counties (self/county) or the prefecture (prefecture, zone-unlocated). */
  viaCodes: AdminCode[];
  /** The zones (as the plan writes them) of the places that relate it to the region. */
  zones: string[];
}

const RELATION_ORDER: Record<ClusterRelation, number> = { self: 0, county: 1, prefecture: 2, 'zone-unlocated': 3 };

function relationTo(placer: Placer, code: AdminCode, level: Level, cluster: Cluster): RegionCluster | null {
  const found = new Map<ClusterRelation, { via: Set<AdminCode>; zones: Set<string> }>();
  const note = (relation: ClusterRelation, via: AdminCode[], zone: string | null) => {
    const entry = found.get(relation) ?? { via: new Set(), zones: new Set() };
    for (const item of via) entry.via.add(item);
    if (zone !== null) entry.zones.add(zone);
    found.set(relation, entry);
  };
  const prefectureOfCounty = level === 'county' ? placer.index.countyByCode.get(code)?.prefectureCode : undefined;
  for (const placement of placer.placementsOf(cluster)) {
    const zone = placement.place.zone;
    if (level === 'prefecture') {
      if (placement.prefectureCode !== code) continue;
      // 济源 (419001) is its own county: a place there is the prefecture itself.
      if (placement.countyCodes.length === 0 || placement.countyCodes.includes(code)) note('self', [code], zone);
      else note('county', placement.countyCodes, zone);
    } else if (placement.countyCodes.includes(code)) {
      note('self', [code], zone);
    } else if (placement.prefectureCode === prefectureOfCounty) {
      if (placement.kind === 'prefecture-whole') note('prefecture', [placement.prefectureCode], zone);
      else if (placement.kind === 'zone-unlocated') note('zone-unlocated', [placement.prefectureCode], zone);
    }
  }
  const relation = [...found.keys()].sort((a, b) => RELATION_ORDER[a] - RELATION_ORDER[b])[0];
  if (relation === undefined) return null;
  const entry = found.get(relation)!;
  return { cluster, relation, viaCodes: [...entry.via], zones: [...entry.zones] };
}

/** Clusters of a region, its own first, then by tier and size descending. */
export function clustersOfRegion(placer: Placer, code: AdminCode, level: Level, clusters: readonly Cluster[]): RegionCluster[] {
  const related = clusters
    .map((cluster) => relationTo(placer, code, level, cluster))
    .filter((entry): entry is RegionCluster => entry !== null);
  return related.sort(
    (a, b) =>
      RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] ||
      tierRank(b.cluster.tier) - tierRank(a.cluster.tier) ||
      (b.cluster.sizeYi ?? 0) - (a.cluster.sizeYi ?? 0) ||
      a.cluster.id.localeCompare(b.cluster.id),
  );
}
