// The presentation tour through the plan: an opening, the three programmes, each industry with its
// clusters, then the 万亿级 and 千亿级 designations. Each step is a view (filters, metric, level), and
// what a step says (stepContent) is read from the clusters that view shows, with the one contribution
// rule of the map (contribution.ts).
import { tierRank, type Level, type Metric } from './catalog';
import { contributionOf, industriesOf, totalsOf, type Totals } from './contribution';
import type { Cluster, Industry, IndustryId, Programme, ProgrammeId, Tier } from './types';

export type TourStep =
  | { kind: 'opening' }
  | { kind: 'programme'; programme: ProgrammeId }
  /** `sized: false` when the plan gives none of the industry's local clusters a size (新能源). */
  | { kind: 'industry'; industry: IndustryId; programme: ProgrammeId; sized?: boolean }
  | { kind: 'tier'; tier: Tier };

export interface TourView {
  industries: IndustryId[];
  programme: ProgrammeId | null;
  tier: Tier | null;
  metric: Metric;
  level: Level;
}

/** Whether any local designation of the industry adds a size (contribution.ts): else a size map is blank. */
function hasSizedCluster(clusters: readonly Cluster[], industry: IndustryId): boolean {
  return clusters.some((cluster) => industriesOf(cluster).includes(industry) && contributionOf(cluster).sized);
}

export function buildTour(programmes: readonly Programme[], industries: readonly Industry[], clusters?: readonly Cluster[]): TourStep[] {
  const steps: TourStep[] = [{ kind: 'opening' }];
  for (const programme of programmes) steps.push({ kind: 'programme', programme: programme.id });
  for (const programme of programmes) {
    for (const industry of industries) {
      if (industry.programme !== programme.id) continue;
      const step: TourStep = { kind: 'industry', industry: industry.id, programme: programme.id };
      if (clusters !== undefined) step.sized = hasSizedCluster(clusters, industry.id);
      steps.push(step);
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
      // Prefecture level: it also shows the clusters the plan places at a whole prefecture. By size,
      // unless the plan sizes none of them: then by count, so the map shows where they are.
      return { industries: [step.industry], programme: null, tier: null, metric: step.sized === false ? 'count' : 'size', level: 'prefecture' };
    case 'tier':
      return { industries: [], programme: null, tier: step.tier, metric: 'size', level: 'prefecture' };
  }
}

/** What a step shows, as the map counts it. */
export interface StepContent {
  /** The local designations shown, highest tier and largest size first: what the map colours. */
  local: Cluster[];
  /**
   * The province-wide designations shown (一(四) 工作目标: "全省形成装备制造和食品2个万亿级产业集群" …):
   * targets for the whole province, in no region and never added to the totals. On an industry step,
   * the industry's own come first and those shared with other industries (战略性新兴产业集群规模超过
   * 1万亿元 spans four) after, so a shared target is never presented as the industry's own.
   */
  provinceWide: Cluster[];
  /** Totals of the local designations (contribution.ts: nested ones add no size). */
  totals: Totals;
}

const byTierThenSize = (a: Cluster, b: Cluster) => tierRank(b.tier) - tierRank(a.tier) || (b.sizeYi ?? 0) - (a.sizeYi ?? 0);

export function stepContent(step: TourStep | undefined, clusters: readonly Cluster[]): StepContent {
  const totals = totalsOf(clusters);
  const local = clusters.filter((cluster) => contributionOf(cluster).counts).sort(byTierThenSize);
  const shared = (cluster: Cluster) => (step?.kind === 'industry' && industriesOf(cluster).length > 1 ? 1 : 0);
  const provinceWide = [...totals.provinceWide].sort((a, b) => shared(a) - shared(b) || byTierThenSize(a, b));
  return { local, provinceWide, totals };
}
