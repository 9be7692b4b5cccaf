// Figures per region under a filter: what the choropleth, tooltips and table show.
import { tierRank } from './catalog';
import type { RegionIndex, RegionLevel } from './regions';
import type { AdminCode, Cluster, IndustryId, Tier } from './types';

export interface RegionFigures {
  code: AdminCode;
  clusterCount: number;
  /**
   * Sum of the nominal sizes (亿元) of the sized clusters; a multi-place cluster counts in full in each
   * place; a cluster that lies inside another (partOf) adds nothing, its size being part of the other's.
   */
  totalSizeYi: number;
  sizedCount: number;
  highestTier: Tier | null;
  industries: IndustryId[];
}

function emptyFigures(code: AdminCode): RegionFigures {
  return { code, clusterCount: 0, totalSizeYi: 0, sizedCount: 0, highestTier: null, industries: [] };
}

/**
 * Figures for every region of a level. Prefecture level: clusters named at the prefecture or at any of
 * its counties, each counted once. County level: clusters named at the county itself only; clusters the
 * plan places at a whole prefecture are not spread over its counties (that would invent a location).
 */
export function aggregateRegions(
  index: RegionIndex,
  level: RegionLevel,
  clusters: readonly Cluster[],
): Map<AdminCode, RegionFigures> {
  const regions = level === 'prefecture' ? index.prefectures : index.counties;
  const figures = new Map(regions.map((region) => [region.code, emptyFigures(region.code)]));
  for (const cluster of clusters) {
    if (cluster.scope !== 'local') continue;
    const codes = new Set<AdminCode>();
    for (const place of cluster.places) {
      if (level === 'prefecture') {
        const prefectureCode = index.byCode.get(place.code)?.prefectureCode;
        if (prefectureCode !== undefined) codes.add(prefectureCode);
      } else if (index.countyByCode.has(place.code)) {
        codes.add(place.code);
      }
    }
    for (const code of codes) {
      const entry = figures.get(code);
      if (entry === undefined) continue;
      entry.clusterCount += 1;
      if (cluster.sizeYi !== null && cluster.partOf === undefined) {
        entry.totalSizeYi += cluster.sizeYi;
        entry.sizedCount += 1;
      }
      if (tierRank(cluster.tier) > tierRank(entry.highestTier)) entry.highestTier = cluster.tier;
      if (!entry.industries.includes(cluster.industry)) entry.industries.push(cluster.industry);
    }
  }
  return figures;
}

export interface ProvinceTotals {
  clusterCount: number;
  totalSizeYi: number;
  byTier: Record<Tier | 'unsized', number>;
}

/** Totals over distinct local clusters (each counted once, whatever its number of places). */
export function provinceTotals(clusters: readonly Cluster[]): ProvinceTotals {
  const totals: ProvinceTotals = { clusterCount: 0, totalSizeYi: 0, byTier: { 百亿: 0, 千亿: 0, 万亿: 0, unsized: 0 } };
  for (const cluster of clusters) {
    if (cluster.scope !== 'local') continue;
    totals.clusterCount += 1;
    if (cluster.partOf === undefined) totals.totalSizeYi += cluster.sizeYi ?? 0;
    totals.byTier[cluster.tier ?? 'unsized'] += 1;
  }
  return totals;
}

/**
 * Prefectures that the plan names as a whole (a place at the prefecture's own code) for at least one
 * local cluster: the county view marks them rather than spreading those clusters over counties. 济源
 * is left out: it is its own county, coloured as such.
 */
export function prefecturesNamedWhole(index: RegionIndex, clusters: readonly Cluster[]): Set<AdminCode> {
  const codes = new Set<AdminCode>();
  for (const cluster of clusters) {
    if (cluster.scope !== 'local') continue;
    for (const place of cluster.places) {
      if (index.byCode.get(place.code)?.level === 'prefecture' && !index.countyByCode.has(place.code)) codes.add(place.code);
    }
  }
  return codes;
}
