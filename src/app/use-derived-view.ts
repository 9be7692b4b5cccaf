// Everything the views show, derived from the atlas and the view state, memoised per input.
import { useMemo } from 'react';
import { aggregateRegions, prefecturesNamedWhole } from '../model/aggregate';
import { classify } from '../model/classify';
import { filterClusters } from '../model/cluster-filter';
import { contributionOf, industriesOf } from '../model/contribution';
import { INDUSTRY_IDS } from '../model/catalog';
import type { IndustryId } from '../model/types';
import type { Atlas } from '../data/load-atlas';
import type { ViewState } from '../state/view-state';

export function useDerivedView(atlas: Atlas, state: ViewState) {
  const { plan } = atlas;
  const { industries, programme, tier, level, metric } = state;
  const filtered = useMemo(
    () => filterClusters(plan.clusters, plan.industries, { industries, programme, tier }),
    [plan, industries, programme, tier],
  );
  const figuresByLevel = useMemo(() => ({
    prefecture: aggregateRegions(atlas.placer, 'prefecture', filtered),
    county: aggregateRegions(atlas.placer, 'county', filtered),
  }), [atlas.placer, filtered]);
  const figures = figuresByLevel[level];
  const prefectureWide = useMemo(() => prefecturesNamedWhole(atlas.placer, filtered), [atlas.placer, filtered]);
  const classification = useMemo(() => classify([...figures.values()], metric), [figures, metric]);
  // Per-industry counts under the other filters, so each checkbox says what choosing it would show.
  const countsByIndustry = useMemo(() => {
    const others = filterClusters(plan.clusters, plan.industries, { industries: [], programme, tier });
    const counts = new Map<IndustryId, number>(INDUSTRY_IDS.map((id) => [id, 0]));
    for (const cluster of others) {
      if (!contributionOf(cluster).counts) continue;
      for (const id of industriesOf(cluster)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }, [plan, programme, tier]);
  return { filtered, figures, figuresByLevel, prefectureWide, classification, countsByIndustry };
}
