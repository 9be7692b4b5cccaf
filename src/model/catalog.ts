// Fixed vocabularies of the plan: the ids used in URLs and data files, in the plan's order.
import type { IndustryId, ProgrammeId, Tier } from './types';

export const PROGRAMME_IDS: readonly ProgrammeId[] = ['high-growth', 'strategic-emerging', 'traditional-pillar'];

export const INDUSTRY_IDS: readonly IndustryId[] = [
  'electronics', 'equipment', 'automotive', 'food', 'home', 'apparel',
  'biomedicine', 'energy-saving', 'new-materials', 'new-energy',
  'metallurgy', 'building-materials', 'chemicals', 'light-textile',
];

/** Tiers from lowest to highest, with the smallest nominal size (亿元) each one starts at. */
export const TIERS: readonly { tier: Tier; minSizeYi: number }[] = [
  { tier: '百亿', minSizeYi: 100 },
  { tier: '千亿', minSizeYi: 1000 },
  { tier: '万亿', minSizeYi: 10000 },
];

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
  for (const { tier, minSizeYi } of TIERS) if (sizeYi >= minSizeYi) found = tier;
  return found;
}

/** 0 for 百亿, 1 for 千亿, 2 for 万亿; -1 for none. Used to compare tiers. */
export function tierRank(tier: Tier | null): number {
  return tier === null ? -1 : TIERS.findIndex((entry) => entry.tier === tier);
}

export function tierMinSize(tier: Tier): number {
  return TIERS.find((entry) => entry.tier === tier)!.minSizeYi;
}

export function tierFromMinSize(minSizeYi: number): Tier | null {
  return TIERS.find((entry) => entry.minSizeYi === minSizeYi)?.tier ?? null;
}

/** "3000亿级", "万亿级", "百亿级": the plan's own way of stating a size. */
export function sizeLabelZh(sizeYi: number | null): string | null {
  if (sizeYi === null) return null;
  if (sizeYi === 100) return '百亿级';
  if (sizeYi === 1000) return '千亿级';
  if (sizeYi >= 10000 && sizeYi % 10000 === 0) return sizeYi === 10000 ? '万亿级' : `${sizeYi / 10000}万亿级`;
  return `${sizeYi}亿级`;
}
