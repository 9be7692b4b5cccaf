// Choropleth classes: natural breaks (ckmeans) for counts and sizes, an ordinal scale for tiers.
// Palettes are ColorBrewer sequential schemes (colour-blind safe) from d3-scale-chromatic.
import { schemeOrRd, schemeYlGnBu } from 'd3-scale-chromatic';
import { ckmeans } from 'simple-statistics';
import { TIERS, tierRank, type Metric } from './catalog';
import type { RegionFigures } from './aggregate';
import type { AdminCode, Tier } from './types';

/** The choropleth shows one of the view's metrics (catalog.ts METRICS). */
export type ChoroplethMetric = Metric;

/** Neutral grey, outside every palette, so "no designation" never reads as "a low value". */
export const NO_DESIGNATION_COLOR = '#d9d9d9';

export interface NumericClass { kind: 'range'; min: number; max: number; color: string }
export interface TierClass { kind: 'tier'; tier: Tier; color: string }
export type LegendClass = NumericClass | TierClass;

export interface Classification {
  metric: ChoroplethMetric;
  classes: LegendClass[];
  /** Colour per region code; regions absent here have no designation under the current filter. */
  colors: Map<AdminCode, string>;
}

export const MAX_CLASSES = 5;

export function metricValue(figures: RegionFigures, metric: ChoroplethMetric): number {
  if (metric === 'count') return figures.clusterCount;
  if (metric === 'size') return figures.totalSizeYi;
  return tierRank(figures.highestTier) + 1;
}

function classifyTiers(figures: readonly RegionFigures[]): Classification {
  // Skip the palest step so that the lowest tier stays distinct from the no-data grey.
  const palette = schemeOrRd[TIERS.length + 1].slice(1);
  const classes: TierClass[] = TIERS.map((tier, index) => ({ kind: 'tier', tier, color: palette[index] }));
  const colors = new Map<AdminCode, string>();
  for (const entry of figures) {
    if (entry.highestTier !== null) colors.set(entry.code, classes[tierRank(entry.highestTier)].color);
  }
  return { metric: 'tier', classes, colors };
}

function classifyNumbers(figures: readonly RegionFigures[], metric: 'count' | 'size'): Classification {
  const designated = figures.filter((entry) => metricValue(entry, metric) > 0);
  const values = designated.map((entry) => metricValue(entry, metric));
  const distinct = new Set(values).size;
  if (distinct === 0) return { metric, classes: [], colors: new Map() };
  const groups = ckmeans(values, Math.min(MAX_CLASSES, distinct));
  const palette = schemeYlGnBu[Math.max(3, groups.length + 1)].slice(1);
  const classes: NumericClass[] = groups.map((group, index) => ({
    kind: 'range',
    min: group[0],
    max: group[group.length - 1],
    color: palette[index + palette.length - groups.length],
  }));
  const colors = new Map<AdminCode, string>();
  for (const entry of designated) {
    const value = metricValue(entry, metric);
    const found = classes.find((candidate) => value >= candidate.min && value <= candidate.max)!;
    colors.set(entry.code, found.color);
  }
  return { metric, classes, colors };
}

export function classify(figures: readonly RegionFigures[], metric: ChoroplethMetric): Classification {
  return metric === 'tier' ? classifyTiers(figures) : classifyNumbers(figures, metric);
}
