// Which clusters a filter keeps. An empty industry list and null programme/tier mean "all".
import { industriesOf } from './contribution';
import type { Cluster, Industry, IndustryId, ProgrammeId, Tier } from './types';

export interface ClusterFilter {
  industries: readonly IndustryId[];
  programme: ProgrammeId | null;
  /** Keeps clusters of exactly this tier (unsized clusters have no tier and drop out). */
  tier: Tier | null;
}

export function filterClusters(
  clusters: readonly Cluster[],
  industries: readonly Industry[],
  filter: ClusterFilter,
): Cluster[] {
  const programmeOf = new Map(industries.map((industry) => [industry.id, industry.programme]));
  return clusters.filter((cluster) => {
    // A multi-industry designation (e.g. all strategic emerging industries) matches any of them.
    const clusterIndustries = industriesOf(cluster);
    return (filter.industries.length === 0 || clusterIndustries.some((id) => filter.industries.includes(id))) &&
      (filter.programme === null || clusterIndustries.some((id) => programmeOf.get(id) === filter.programme)) &&
      (filter.tier === null || cluster.tier === filter.tier);
  });
}
