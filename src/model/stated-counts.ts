// "Named vs counted": the plan often counts more clusters than it names ("汤阴、浚县、延津等22个").
import type { IndustryId, PlanData, ProgrammeId, Tier } from './types';

export interface NamedVersusCounted {
  industry: IndustryId;
  tier: Tier;
  /** Clusters the plan names, in the sentences that state a count plus any it names elsewhere. */
  named: number;
  /** What the plan's counting sentences add up to, or null where it names without counting. */
  stated: number | null;
  quotes: string[];
}

/**
 * One row per industry and tier. A counting sentence ("等22个百亿级") sets `stated`; `named` is every
 * distinct local cluster of that industry and tier, so a row reads "3 of 22 named".
 */
export function namedVersusCounted(plan: Pick<PlanData, 'clusters' | 'statedCounts'>): NamedVersusCounted[] {
  const rows = new Map<string, NamedVersusCounted>();
  const rowOf = (industry: IndustryId, tier: Tier) => {
    const key = `${industry}|${tier}`;
    let row = rows.get(key);
    if (row === undefined) {
      row = { industry, tier, named: 0, stated: null, quotes: [] };
      rows.set(key, row);
    }
    return row;
  };
  for (const cluster of plan.clusters) {
    if (cluster.scope === 'local' && cluster.tier !== null) rowOf(cluster.industry, cluster.tier).named += 1;
  }
  for (const statement of plan.statedCounts) {
    const row = rowOf(statement.industry, statement.tier);
    row.stated = (row.stated ?? 0) + statement.stated;
    row.quotes.push(statement.quote);
  }
  return [...rows.values()];
}

export interface ProgrammeCount {
  programme: ProgrammeId;
  /** The count as the programme's opening paragraph writes it: "70个百亿元特色产业集群". */
  text: string;
  stated: number;
  /** Local, non-nested clusters of the programme's industries of that size (千亿: any size in the tier). */
  named: number;
}

/** The programmes' own totals against what the plan names in their industries. */
export function programmeCounts(plan: Pick<PlanData, 'clusters' | 'industries' | 'programmes'>): ProgrammeCount[] {
  const programmeOf = new Map(plan.industries.map((industry) => [industry.id, industry.programme]));
  const rows: ProgrammeCount[] = [];
  for (const programme of plan.programmes) {
    for (const count of programme.statedClusterCounts ?? []) {
      const named = plan.clusters.filter((cluster) =>
        cluster.scope === 'local' && cluster.partOf === undefined &&
        programmeOf.get(cluster.industry) === programme.id &&
        (count.tier === '千亿' ? cluster.tier === '千亿' : cluster.sizeYi === count.sizeYi)).length;
      rows.push({ programme: programme.id, text: count.text, stated: count.stated, named });
    }
  }
  return rows;
}
