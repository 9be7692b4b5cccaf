// "Named vs counted": the plan often counts more clusters than it names ("汤阴、浚县、延津等22个").
import type { IndustryId, PlanData, Tier } from './types';

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
