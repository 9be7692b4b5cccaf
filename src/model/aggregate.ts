// Figures per region under a filter: what the choropleth, tooltips, table, compare and exports show.
// Which regions a cluster counts in is placement.ts's rule; what it adds is contribution.ts's.
import { totalsOf, type Totals } from './contribution';
import { regionCodesOf, type Placer } from './placement';
import type { RegionLevel } from './regions';
import type { AdminCode, Cluster, IndustryId, Tier } from './types';

export interface RegionFigures {
  code: AdminCode;
  clusterCount: number;
  /** Sum of the contributions (亿元) of the clusters counted here (contribution.ts). */
  totalSizeYi: number;
  sizedCount: number;
  highestTier: Tier | null;
  industries: IndustryId[];
  clusterIds: string[];
}

function figuresFrom(code: AdminCode, totals: Totals, clusterIds: string[]): RegionFigures {
  return {
    code, clusterCount: totals.clusterCount, totalSizeYi: totals.totalSizeYi, sizedCount: totals.sizedCount,
    highestTier: totals.highestTier, industries: totals.industries, clusterIds,
  };
}

/** The clusters each region of a level counts (placement.ts's regionCodesOf), each once. */
export function clustersByRegion(placer: Placer, level: RegionLevel, clusters: readonly Cluster[]): Map<AdminCode, Cluster[]> {
  const regions = level === 'prefecture' ? placer.index.prefectures : placer.index.counties;
  const byRegion = new Map<AdminCode, Cluster[]>(regions.map((region) => [region.code, []]));
  for (const cluster of clusters) {
    for (const code of regionCodesOf(placer, level, cluster)) byRegion.get(code)?.push(cluster);
  }
  return byRegion;
}

/**
 * Figures for every region of a level. Prefecture level: clusters with a place in the prefecture.
 * County level: clusters with a place in the county; clusters the plan names for a whole prefecture, or
 * in a zone whose county is not established, count in no county (spreading them would invent places).
 */
export function aggregateRegions(placer: Placer, level: RegionLevel, clusters: readonly Cluster[]): Map<AdminCode, RegionFigures> {
  const figures = new Map<AdminCode, RegionFigures>();
  for (const [code, list] of clustersByRegion(placer, level, clusters)) {
    figures.set(code, figuresFrom(code, totalsOf(list), list.map((cluster) => cluster.id)));
  }
  return figures;
}

/**
 * Why the regions of a level need not add up to the province: a cluster with places in k regions counts
 * in each of them (k − 1 extra), and at county level a cluster with no established county counts in none.
 */
export interface Reconciliation {
  province: Totals;
  sumOfRegions: { clusterCount: number; totalSizeYi: number };
  /** Clusters counted in more than one region, with the number of regions. */
  multiRegion: { cluster: Cluster; regionCount: number }[];
  /** Clusters counted in no region of the level. */
  inNoRegion: Cluster[];
}

/** `figures` are the level's figures for these clusters (aggregateRegions), when a view has them already. */
export function reconcile(
  placer: Placer, level: RegionLevel, clusters: readonly Cluster[],
  figures: ReadonlyMap<AdminCode, RegionFigures> = aggregateRegions(placer, level, clusters),
): Reconciliation {
  let clusterCount = 0;
  let totalSizeYi = 0;
  for (const entry of figures.values()) {
    clusterCount += entry.clusterCount;
    totalSizeYi += entry.totalSizeYi;
  }
  const multiRegion: Reconciliation['multiRegion'] = [];
  const inNoRegion: Cluster[] = [];
  for (const cluster of clusters) {
    if (cluster.scope !== 'local') continue;
    const regionCount = regionCodesOf(placer, level, cluster).length;
    if (regionCount > 1) multiRegion.push({ cluster, regionCount });
    if (regionCount === 0) inNoRegion.push(cluster);
  }
  return { province: totalsOf(clusters), sumOfRegions: { clusterCount, totalSizeYi }, multiRegion, inNoRegion };
}

/**
 * Prefectures that the plan names as a whole (a bare city name) for at least one local cluster: the
 * county view marks them rather than spreading those clusters over counties. 济源 is its own county.
 */
export function prefecturesNamedWhole(placer: Placer, clusters: readonly Cluster[]): Set<AdminCode> {
  const codes = new Set<AdminCode>();
  for (const cluster of clusters) {
    for (const placement of placer.placementsOf(cluster)) if (placement.kind === 'prefecture-whole') codes.add(placement.prefectureCode);
  }
  return codes;
}
