// Fixed vocabularies of the plan and of the view: each is one `as const` list, in the plan's order,
// from which the TypeScript union (here), the zod enum (planSchema.ts) and the URL parser
// (state/view-state.ts) are all derived, so adding a value in one place updates all three.

export const PROGRAMME_IDS = ['high-growth', 'strategic-emerging', 'traditional-pillar'] as const;
export type ProgrammeId = (typeof PROGRAMME_IDS)[number];

export const INDUSTRY_IDS = [
  'electronics', 'equipment', 'automotive', 'food', 'home', 'apparel',
  'biomedicine', 'energy-saving', 'new-materials', 'new-energy',
  'metallurgy', 'building-materials', 'chemicals', 'light-textile',
] as const;
export type IndustryId = (typeof INDUSTRY_IDS)[number];

/** Tiers from lowest to highest (百亿级, 千亿级, 万亿级 of the plan's 百千万 clusters). */
export const TIERS = ['百亿', '千亿', '万亿'] as const;
export type Tier = (typeof TIERS)[number];

/** The smallest nominal size (亿元) each tier starts at. */
export const TIER_MIN_SIZE_YI: Readonly<Record<Tier, number>> = { 百亿: 100, 千亿: 1000, 万亿: 10000 };

/** What the plan designates: a 产业集群 or a 基地 (产业基地, 示范基地 …). */
export const CLUSTER_KINDS = ['cluster', 'base'] as const;
export type ClusterKind = (typeof CLUSTER_KINDS)[number];

/** Where: in named places, or the whole province (一(四)'s province-wide targets). */
export const CLUSTER_SCOPES = ['local', 'province'] as const;
export type ClusterScope = (typeof CLUSTER_SCOPES)[number];

/** What a choropleth shows: cluster count, total nominal size, highest tier present. */
export const METRICS = ['count', 'size', 'tier'] as const;
export type Metric = (typeof METRICS)[number];

/** The administrative level the map is drawn at. */
export const LEVELS = ['prefecture', 'county'] as const;
export type Level = (typeof LEVELS)[number];

/** UI languages; the first is the default. */
export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isIndustryId(value: string): value is IndustryId {
  return (INDUSTRY_IDS as readonly string[]).includes(value);
}

export function isProgrammeId(value: string): value is ProgrammeId {
  return (PROGRAMME_IDS as readonly string[]).includes(value);
}

/** The tier a nominal size belongs to; null below 百亿 or when the plan gives no size. */
export function tierOfSize(sizeYi: number | null): Tier | null {
  if (sizeYi === null) return null;
  let found: Tier | null = null;
  for (const tier of TIERS) if (sizeYi >= TIER_MIN_SIZE_YI[tier]) found = tier;
  return found;
}

/** 0 for 百亿, 1 for 千亿, 2 for 万亿; -1 for none. Used to compare tiers. */
export function tierRank(tier: Tier | null): number {
  return tier === null ? -1 : TIERS.indexOf(tier);
}

export function tierMinSize(tier: Tier): number {
  return TIER_MIN_SIZE_YI[tier];
}

export function tierFromMinSize(minSizeYi: number): Tier | null {
  return TIERS.find((tier) => TIER_MIN_SIZE_YI[tier] === minSizeYi) ?? null;
}

/** "3000亿级", "万亿级", "百亿级": the plan's own way of stating a size. */
export function sizeLabelZh(sizeYi: number | null): string | null {
  if (sizeYi === null) return null;
  if (sizeYi === 100) return '百亿级';
  if (sizeYi === 1000) return '千亿级';
  if (sizeYi >= 10000 && sizeYi % 10000 === 0) return sizeYi === 10000 ? '万亿级' : `${sizeYi / 10000}万亿级`;
  return `${sizeYi}亿级`;
}
