// What a designation contributes to a count and to a size total: the one rule behind every figure
// the atlas shows (map, legend, tooltip, panel, overview, table, finder, compare, tour, exports).
//
// - A local designation counts once in each region it touches, and once in the province.
// - Its nominal size adds to totals unless it lies inside another designation (`partOf`): the plan's
//   郑汴产业带 千亿元零部件集群 is the parts segment of the 郑汴 2000亿级 vehicles and parts cluster, so
//   adding both would count the same output twice.
// - Province-wide designations (一(四) 工作目标: "全省形成装备制造和食品2个万亿级产业集群" …) are scale
//   targets for the whole province that overlap the local clusters; they are listed, never summed with
//   local ones, and belong to no region.
import { tierRank } from './catalog';
import type { Cluster, IndustryId, Tier } from './types';

/** Where in the plan a designation comes from. */
export const DESIGNATION_ORIGINS = ['cluster-paragraph', 'special-project', 'targets'] as const;
export type DesignationOrigin = (typeof DESIGNATION_ORIGINS)[number];

/**
 * From the record's section: "一(四) 工作目标 · …" → the 工作目标 targets; a section whose paragraph is a
 * 专项 ("二(三) 汽车及零部件 · 关键零部件发展专项") → a 专项 paragraph; every "… · 产业集群" paragraph
 * (including 建材's, which the plan writes inside its 水泥 专项 line under its own "产业集群：") → the
 * industry's 产业集群 paragraph.
 */
export function originOf(cluster: Pick<Cluster, 'section'>): DesignationOrigin {
  const paragraph = cluster.section.split('·').slice(1).join('·').trim();
  if (cluster.section.includes('工作目标')) return 'targets';
  if (paragraph.startsWith('产业集群')) return 'cluster-paragraph';
  if (paragraph.includes('专项')) return 'special-project';
  return 'cluster-paragraph';
}

/** Every industry of a designation (a multi-industry one lists them all). */
export function industriesOf(cluster: Pick<Cluster, 'industry' | 'industries'>): readonly IndustryId[] {
  return cluster.industries ?? [cluster.industry];
}

export interface Contribution {
  /** Counts as one designation in region and province counts. */
  counts: boolean;
  /** Adds this many 亿元 to size totals (0 when nested, unsized or province-wide). */
  sizeYi: number;
  /** Counts among the sized designations (has a size of its own that is added). */
  sized: boolean;
}

export function contributionOf(cluster: Cluster): Contribution {
  if (cluster.scope !== 'local') return { counts: false, sizeYi: 0, sized: false };
  const added = cluster.partOf === undefined && cluster.sizeYi !== null;
  return { counts: true, sizeYi: added ? cluster.sizeYi! : 0, sized: added };
}

export interface Totals {
  /** Distinct local designations. */
  clusterCount: number;
  /** Sum of contributions (亿元). */
  totalSizeYi: number;
  sizedCount: number;
  /** Designations inside another one: counted, their size not added. */
  nestedCount: number;
  byTier: Record<Tier | 'unsized', number>;
  byOrigin: Record<DesignationOrigin, number>;
  highestTier: Tier | null;
  industries: IndustryId[];
  /** Province-wide designations among the input: listed apart, never summed. */
  provinceWide: Cluster[];
}

function emptyTotals(): Totals {
  return {
    clusterCount: 0, totalSizeYi: 0, sizedCount: 0, nestedCount: 0,
    byTier: { 百亿: 0, 千亿: 0, 万亿: 0, unsized: 0 },
    byOrigin: { 'cluster-paragraph': 0, 'special-project': 0, targets: 0 },
    highestTier: null, industries: [], provinceWide: [],
  };
}

/** Adds one designation to running totals (the caller makes sure each is added once). */
function addTo(totals: Totals, cluster: Cluster): void {
  const contribution = contributionOf(cluster);
  if (!contribution.counts) {
    if (cluster.scope === 'province') totals.provinceWide.push(cluster);
    return;
  }
  totals.clusterCount += 1;
  totals.totalSizeYi += contribution.sizeYi;
  if (contribution.sized) totals.sizedCount += 1;
  if (cluster.partOf !== undefined) totals.nestedCount += 1;
  totals.byTier[cluster.tier ?? 'unsized'] += 1;
  totals.byOrigin[originOf(cluster)] += 1;
  if (tierRank(cluster.tier) > tierRank(totals.highestTier)) totals.highestTier = cluster.tier;
  for (const industry of industriesOf(cluster)) if (!totals.industries.includes(industry)) totals.industries.push(industry);
}

/** Totals over distinct designations (a designation listed twice is added once). */
export function totalsOf(clusters: Iterable<Cluster>): Totals {
  const totals = emptyTotals();
  const seen = new Set<string>();
  for (const cluster of clusters) {
    if (seen.has(cluster.id)) continue;
    seen.add(cluster.id);
    addTo(totals, cluster);
  }
  return totals;
}
