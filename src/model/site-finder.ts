// The investor's question: for one industry, which counties and prefectures does the plan designate,
// and how strongly? Ranked by a rule simple enough to state in one sentence (see the finder's UI text).
// Which regions a cluster is in follows placement.ts; sizes follow contribution.ts, so a candidate's
// figure is the figure the map shows for that region under the same industry filter.
import { tierRank } from './catalog';
import { industriesOf, totalsOf } from './contribution';
import { clustersByRegion } from './aggregate';
import type { Placer } from './placement';
import type { RegionLevel } from './regions';
import type { AdminCode, Cluster, IndustryId, Tier } from './types';

/**
 * How a region carries the industry:
 * - named: the plan places a cluster in this region (for a prefecture: in it or in one of its counties);
 * - prefecture-wide: (county) the plan names the county's whole prefecture;
 * - in-prefecture: (county) the cluster lies elsewhere in the same prefecture — in another county, or
 *   in a zone of the prefecture whose county is not established (never read as covering every county).
 */
export type Directness = 'named' | 'prefecture-wide' | 'in-prefecture';

const DIRECTNESS_ORDER: Record<Directness, number> = { named: 0, 'prefecture-wide': 1, 'in-prefecture': 2 };

export interface SiteCandidate {
  code: AdminCode;
  level: RegionLevel;
  directness: Directness;
  highestTier: Tier | null;
  /** Total of the contributions (亿元) of the clusters that make it a candidate (contribution.ts). */
  totalSizeYi: number;
  clusterIds: string[];
  zones: string[];
  annexRowIds: string[];
}

export interface SiteQuery {
  industry: IndustryId;
  /** Keep clusters of at least this tier; null keeps all, including unsized ones. */
  minimumTier: Tier | null;
}

function qualifies(cluster: Cluster, query: SiteQuery): boolean {
  if (cluster.scope !== 'local' || !industriesOf(cluster).includes(query.industry)) return false;
  return query.minimumTier === null || tierRank(cluster.tier) >= tierRank(query.minimumTier);
}

function candidateFrom(code: AdminCode, level: RegionLevel, directness: Directness, clusters: readonly Cluster[], zones: string[]): SiteCandidate {
  const totals = totalsOf(clusters);
  return {
    code, level, directness,
    highestTier: totals.highestTier,
    totalSizeYi: totals.totalSizeYi,
    clusterIds: clusters.map((cluster) => cluster.id),
    zones: [...new Set(zones)],
    annexRowIds: [...new Set(clusters.map((cluster) => cluster.annexRowId).filter((id): id is string => id !== null))],
  };
}

export function compareCandidates(a: SiteCandidate, b: SiteCandidate): number {
  return DIRECTNESS_ORDER[a.directness] - DIRECTNESS_ORDER[b.directness]
    || tierRank(b.highestTier) - tierRank(a.highestTier)
    || b.totalSizeYi - a.totalSizeYi
    || b.clusterIds.length - a.clusterIds.length
    || a.code.localeCompare(b.code);
}

export function findSites(placer: Placer, clusters: readonly Cluster[], query: SiteQuery): { counties: SiteCandidate[]; prefectures: SiteCandidate[] } {
  const relevant = clusters.filter((cluster) => qualifies(cluster, query));
  const zonesWhere = (cluster: Cluster, matches: (placement: ReturnType<Placer['placementsOf']>[number]) => boolean) =>
    placer.placementsOf(cluster).filter(matches).map((placement) => placement.place.zone).filter((zone): zone is string => zone !== null);

  const byCounty = clustersByRegion(placer, 'county', relevant);
  const byPrefecture = clustersByRegion(placer, 'prefecture', relevant);

  const counties: SiteCandidate[] = [];
  for (const county of placer.index.counties) {
    const own = byCounty.get(county.code) ?? [];
    if (own.length > 0) {
      const zones = own.flatMap((cluster) => zonesWhere(cluster, (placement) => placement.countyCodes.includes(county.code)));
      counties.push(candidateFrom(county.code, 'county', 'named', own, zones));
      continue;
    }
    const inPrefecture = byPrefecture.get(county.prefectureCode) ?? [];
    const whole = inPrefecture.filter((cluster) => placer.placementsOf(cluster).some((placement) => placement.kind === 'prefecture-whole' && placement.prefectureCode === county.prefectureCode));
    if (whole.length > 0) {
      const zones = whole.flatMap((cluster) => zonesWhere(cluster, (placement) => placement.kind === 'prefecture-whole' && placement.prefectureCode === county.prefectureCode));
      counties.push(candidateFrom(county.code, 'county', 'prefecture-wide', whole, zones));
      continue;
    }
    if (inPrefecture.length > 0) counties.push(candidateFrom(county.code, 'county', 'in-prefecture', inPrefecture, []));
  }

  const prefectures: SiteCandidate[] = [];
  for (const prefecture of placer.index.prefectures) {
    const inside = byPrefecture.get(prefecture.code) ?? [];
    if (inside.length === 0) continue;
    const zones = inside.flatMap((cluster) => zonesWhere(cluster, (placement) => placement.prefectureCode === prefecture.code));
    prefectures.push(candidateFrom(prefecture.code, 'prefecture', 'named', inside, zones));
  }
  return { counties: counties.sort(compareCandidates), prefectures: prefectures.sort(compareCandidates) };
}
