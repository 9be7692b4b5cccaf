// The presentation tour through the plan: an opening, the three programmes, each industry with its
// clusters, then the 万亿级 and 千亿级 designations. Each step is a view (filters, metric, level).
import type { Level, Metric } from './catalog';
import type { Industry, IndustryId, Programme, ProgrammeId, Tier } from './types';

export type TourStep =
  | { kind: 'opening' }
  | { kind: 'programme'; programme: ProgrammeId }
  | { kind: 'industry'; industry: IndustryId; programme: ProgrammeId }
  | { kind: 'tier'; tier: Tier };

export interface TourView {
  industries: IndustryId[];
  programme: ProgrammeId | null;
  tier: Tier | null;
  metric: Metric;
  level: Level;
}

export function buildTour(programmes: readonly Programme[], industries: readonly Industry[]): TourStep[] {
  const steps: TourStep[] = [{ kind: 'opening' }];
  for (const programme of programmes) steps.push({ kind: 'programme', programme: programme.id });
  for (const programme of programmes) {
    for (const industry of industries) {
      if (industry.programme === programme.id) steps.push({ kind: 'industry', industry: industry.id, programme: programme.id });
    }
  }
  steps.push({ kind: 'tier', tier: '万亿' }, { kind: 'tier', tier: '千亿' });
  return steps;
}

export function viewOfStep(step: TourStep): TourView {
  switch (step.kind) {
    case 'opening':
      return { industries: [], programme: null, tier: null, metric: 'tier', level: 'prefecture' };
    case 'programme':
      return { industries: [], programme: step.programme, tier: null, metric: 'count', level: 'prefecture' };
    case 'industry':
      // Prefecture level: it also shows the clusters the plan places at a whole prefecture.
      return { industries: [step.industry], programme: null, tier: null, metric: 'size', level: 'prefecture' };
    case 'tier':
      return { industries: [], programme: null, tier: step.tier, metric: 'size', level: 'prefecture' };
  }
}
