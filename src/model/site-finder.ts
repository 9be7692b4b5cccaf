// The investor's question: for one industry, which counties and prefectures does the plan designate,
// and how strongly? Ranked by a rule simple enough to state in one sentence (see SITE_FINDER_RULE).
import { tierRank } from './catalog';
import type { RegionIndex, RegionLevel } from './regions';
import type { AdminCode, Cluster, IndustryId, Tier } from './types';

/**
 * How a region carries the industry:
 * - named: the plan names this region (or, for a prefecture, one of its counties or itself);
 * - prefecture-wide: (county) the plan names the county's whole prefecture;
 * - in-prefecture: (county) the plan names another county of the same prefecture.
 */
export type Directness = 'named' | 'prefecture-wide' | 'in-prefecture';

const DIRECTNESS_ORDER: Record<Directness, number> = { named: 0, 'prefecture-wide': 1, 'in-prefecture': 2 };

export interface SiteCandidate {
  code: AdminCode;
  level: RegionLevel;
  directness: Directness;
  highestTier: Tier | null;
  /** Nominal sizes (亿元) of the clusters that make it a candidate, each counted once. */
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
  if (cluster.scope !== 'local' || cluster.industry !== query.industry) return false;
  return query.minimumTier === null || tierRank(cluster.tier) >= tierRank(query.minimumTier);
}

function candidateFrom(code: AdminCode, level: RegionLevel, directness: Directness, clusters: Cluster[], zonesAt: (cluster: Cluster) => string[]): SiteCandidate {
  let highestTier: Tier | null = null;
  for (const cluster of clusters) if (tierRank(cluster.tier) > tierRank(highestTier)) highestTier = cluster.tier;
  return {
    code, level, directness, highestTier,
    totalSizeYi: clusters.reduce((sum, cluster) => sum + (cluster.sizeYi ?? 0), 0),
    clusterIds: clusters.map((cluster) => cluster.id),
    zones: [...new Set(clusters.flatMap(zonesAt))],
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

export function findSites(index: RegionIndex, clusters: readonly Cluster[], query: SiteQuery): { counties: SiteCandidate[]; prefectures: SiteCandidate[] } {
  const relevant = clusters.filter((cluster) => qualifies(cluster, query));
  const placedAt = (cluster: Cluster, code: AdminCode) => cluster.places.filter((place) => place.code === code);

  const counties: SiteCandidate[] = [];
  for (const county of index.counties) {
    const own = relevant.filter((cluster) => placedAt(cluster, county.code).length > 0);
    const zonesHere = (cluster: Cluster) => placedAt(cluster, county.code).map((place) => place.zone).filter((zone): zone is string => zone !== null);
    if (own.length > 0) {
      counties.push(candidateFrom(county.code, 'county', 'named', own, zonesHere));
      continue;
    }
    const prefectureWide = relevant.filter((cluster) => placedAt(cluster, county.prefectureCode).length > 0);
    if (prefectureWide.length > 0) {
      const zonesOfPrefecture = (cluster: Cluster) => placedAt(cluster, county.prefectureCode).map((place) => place.zone).filter((zone): zone is string => zone !== null);
      counties.push(candidateFrom(county.code, 'county', 'prefecture-wide', prefectureWide, zonesOfPrefecture));
      continue;
    }
    const elsewhere = relevant.filter((cluster) => cluster.places.some((place) => index.countyByCode.get(place.code)?.prefectureCode === county.prefectureCode));
    if (elsewhere.length > 0) counties.push(candidateFrom(county.code, 'county', 'in-prefecture', elsewhere, () => []));
  }

  const prefectures: SiteCandidate[] = [];
  for (const prefecture of index.prefectures) {
    const inside = relevant.filter((cluster) => cluster.places.some((place) => index.byCode.get(place.code)?.prefectureCode === prefecture.code));
    if (inside.length === 0) continue;
    const zonesInside = (cluster: Cluster) => cluster.places
      .filter((place) => index.byCode.get(place.code)?.prefectureCode === prefecture.code && place.zone !== null)
      .map((place) => place.zone as string);
    prefectures.push(candidateFrom(prefecture.code, 'prefecture', 'named', inside, zonesInside));
  }
  return { counties: counties.sort(compareCandidates), prefectures: prefectures.sort(compareCandidates) };
}
