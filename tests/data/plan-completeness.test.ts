// Completeness: every size word (亿级, 千亿元, 百亿元) in the plan, and every 基地/集群 in the
// 产业集群 paragraphs and the annex, is covered by a record's quote, or by a reasoned exclusion
// in data/plan/exclusions.json.
import { describe, expect, it } from 'vitest';
import type { AnnexRow, Cluster, GoalFigure, Industry, Programme, SpecialProject, StatedCount } from '../../src/model/types';
import { flatPlan, planText, readPlanFile, spansOf } from './plan-files';
import { clusterParagraphs, covers, scanOccurrences, type Occurrence } from './plan-scan';

interface Exclusion { term: string; context: string; reason: string; sameAs?: string | null }

const clusters = readPlanFile<Cluster[]>('clusters.json');
const statedCounts = readPlanFile<StatedCount[]>('stated-counts.json');
const annex = readPlanFile<AnnexRow[]>('annex.json');
const programmes = readPlanFile<Programme[]>('programmes.json');
const goals = readPlanFile<GoalFigure[]>('goals.json');
const industries = readPlanFile<Industry[]>('industries.json');
const specialProjects = readPlanFile<SpecialProject[]>('special-projects.json');
const exclusions = readPlanFile<{ exclusions: Exclusion[] }>('exclusions.json').exclusions;

const spansOfQuotes = (quotes: string[]) => quotes.flatMap((quote) => spansOf(flatPlan, quote));
// In the 产业集群 paragraphs only a cluster (or a stated count) may cover a designation word.
const clusterSpans = spansOfQuotes([...clusters, ...statedCounts].map((record) => record.quote));
const annexSpans = spansOfQuotes(annex.map((row) => row.quote));
const anyRecordSpans = [
  ...clusterSpans,
  ...spansOfQuotes([
    ...programmes.map((programme) => programme.quote),
    ...goals.map((goal) => goal.quote),
    ...industries.flatMap((industry) => (industry.target2017 ? [industry.target2017.quote] : [])),
    ...specialProjects.map((project) => project.quote),
  ]),
];
const exclusionSpans = exclusions.map((exclusion) => ({ exclusion, spans: spansOf(flatPlan, exclusion.context) }));

function coveredByRecord(occurrence: Occurrence): boolean {
  if (occurrence.region === 'cluster-paragraph') return covers(clusterSpans, occurrence);
  if (occurrence.region === 'annex') return covers(annexSpans, occurrence);
  return covers(anyRecordSpans, occurrence);
}
const describeOccurrence = (occurrence: Occurrence) =>
  `${occurrence.region} "${occurrence.term}" at ${occurrence.start}: …${flatPlan.slice(Math.max(0, occurrence.start - 25), occurrence.end + 15)}…`;

const occurrences = scanOccurrences(planText);
const uncovered = occurrences.filter((occurrence) => !coveredByRecord(occurrence));

describe('completeness of the plan dataset', () => {
  it('finds the fourteen 产业集群 paragraphs (one per industry)', () => {
    expect(clusterParagraphs(planText)).toHaveLength(14);
  });

  it('scans the number of occurrences the plan holds (guards against a scan that silently finds nothing)', () => {
    const count = (region: Occurrence['region']) => occurrences.filter((occurrence) => occurrence.region === region).length;
    expect(count('cluster-paragraph')).toBe(90);
    expect(count('annex')).toBe(54);
    expect(count('elsewhere')).toBe(25);
  });

  it('covers every occurrence by a record quote or a reasoned exclusion', () => {
    const unexplained = uncovered.filter((occurrence) =>
      !exclusionSpans.some(({ exclusion, spans }) => exclusion.term === occurrence.term && covers(spans, occurrence)));
    expect(unexplained.map(describeOccurrence)).toEqual([]);
  });

  it('has no stale exclusion: each one explains an occurrence no record covers', () => {
    const stale = exclusionSpans.filter(({ exclusion, spans }) =>
      !uncovered.some((occurrence) => occurrence.term === exclusion.term && covers(spans, occurrence)));
    expect(stale.map(({ exclusion }) => exclusion.context)).toEqual([]);
  });

  it('gives every exclusion a context found verbatim in the plan and a reason', () => {
    for (const { exclusion, spans } of exclusionSpans) {
      expect(spans.length, exclusion.context).toBeGreaterThan(0);
      expect(exclusion.reason.length, exclusion.context).toBeGreaterThan(10);
    }
  });

  it('points each "same designation as" exclusion at an existing cluster', () => {
    const ids = new Set(clusters.map((cluster) => cluster.id));
    for (const { exclusion } of exclusionSpans) if (exclusion.sameAs) expect(ids.has(exclusion.sameAs), exclusion.sameAs).toBe(true);
  });

  it('links every annex row that builds clusters or bases to at least one cluster record', () => {
    const linked = new Set(clusters.map((cluster) => cluster.annexRowId));
    const buildingRows = annex.filter((row) => /亿级|基地|集群/.test(row.taskZh) && row.taskZh.startsWith('建设'));
    expect(buildingRows.length).toBeGreaterThan(15);
    expect(buildingRows.filter((row) => !linked.has(row.id)).map((row) => row.id)).toEqual([]);
  });
});
