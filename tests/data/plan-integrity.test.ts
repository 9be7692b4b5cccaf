// Every record is traceable (quotes verbatim in the plan), ids are unique, and cross-references resolve.
import { describe, expect, it } from 'vitest';
import { INDUSTRY_IDS, tierOfSize } from '../../src/model/catalog';
import type { AnnexRow, Cluster, GoalFigure, Industry, Programme, SpecialProject, StatedCount } from '../../src/model/types';
import { flatPlan, readPlanFile, withoutLineBreaks } from './plan-files';

const programmes = readPlanFile<Programme[]>('programmes.json');
const industries = readPlanFile<(Industry & { additionalTargets2017?: { text: string; quote: string }[] })[]>('industries.json');
const clusters = readPlanFile<(Cluster & { partOf?: string; industries?: string[] })[]>('clusters.json');
const statedCounts = readPlanFile<StatedCount[]>('stated-counts.json');
const specialProjects = readPlanFile<(SpecialProject & { majorProjectsText?: string | null })[]>('special-projects.json');
const goals = readPlanFile<GoalFigure[]>('goals.json');
const annex = readPlanFile<AnnexRow[]>('annex.json');

const inPlan = (text: string) => flatPlan.includes(withoutLineBreaks(text));

describe('quotes are verbatim in the plan', () => {
  const quoted: [string, string][] = [
    ...programmes.map((record): [string, string] => [`programme ${record.id}`, record.quote]),
    ...industries.flatMap((record) => [record.target2017, ...(record.additionalTargets2017 ?? [])]
      .flatMap((target): [string, string][] => (target ? [[`industry ${record.id}`, target.quote], [`industry ${record.id} figure`, target.text]] : []))),
    ...clusters.map((record): [string, string] => [`cluster ${record.id}`, record.quote]),
    ...statedCounts.map((record): [string, string] => [`stated count ${record.id}`, record.quote]),
    ...specialProjects.flatMap((record): [string, string][] => [
      [`special project ${record.id}`, record.quote],
      ...record.target2017.map((figure): [string, string] => [`special project ${record.id} target`, figure.text]),
      ...record.examples.map((example): [string, string] => [`special project ${record.id} example`, example]),
      ...(record.majorProjectsText ? [[`special project ${record.id} projects`, record.majorProjectsText] as [string, string]] : []),
    ]),
    ...goals.flatMap((record): [string, string][] => [[`goal ${record.id}`, record.quote], ...(record.figure ? [[`goal ${record.id} figure`, record.figure.text] as [string, string]] : [])]),
    ...annex.map((record): [string, string] => [`annex ${record.id}`, record.quote]),
  ];

  it('checks a quote for every record', () => {
    expect(quoted.length).toBeGreaterThan(clusters.length + specialProjects.length + annex.length);
  });

  it('finds every quote verbatim (line breaks aside)', () => {
    expect(quoted.filter(([, text]) => !inPlan(text)).map(([label, text]) => `${label}: ${text}`)).toEqual([]);
  });

  it('keeps cluster quotes tight: the designating clause, not a paragraph', () => {
    expect(clusters.filter((cluster) => cluster.quote.length > 90).map((cluster) => cluster.id)).toEqual([]);
  });

  it('quotes each cluster with a clause that names one of its places (or, province-wide, its scale)', () => {
    const missing = clusters.filter((cluster) => cluster.scope === 'local' &&
      !cluster.places.some((place) => cluster.quote.includes((place as { asWritten?: string }).asWritten ?? '')));
    expect(missing.map((cluster) => cluster.id)).toEqual([]);
  });
});

describe('ids and references', () => {
  const unique = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);

  it('has unique ids in every file', () => {
    for (const records of [programmes, industries, clusters, statedCounts, specialProjects, goals, annex] as { id: string }[][]) {
      expect(unique(records.map((record) => record.id))).toEqual([]);
    }
  });

  it('has the three programmes and the fourteen industries', () => {
    expect(programmes.map((programme) => programme.id)).toEqual(['high-growth', 'strategic-emerging', 'traditional-pillar']);
    expect(industries.map((industry) => industry.id)).toEqual([...INDUSTRY_IDS]);
  });

  it('uses only known industry ids', () => {
    const known = new Set<string>(INDUSTRY_IDS);
    const used = [...clusters.flatMap((cluster) => [cluster.industry, ...(cluster.industries ?? [])]), ...statedCounts.map((count) => count.industry), ...specialProjects.map((project) => project.industry)];
    expect(used.filter((id) => !known.has(id))).toEqual([]);
  });

  it('derives every tier from sizeYi', () => {
    expect(clusters.filter((cluster) => cluster.tier !== tierOfSize(cluster.sizeYi)).map((cluster) => cluster.id)).toEqual([]);
    expect(statedCounts.filter((count) => count.tier !== tierOfSize(count.sizeYi)).map((count) => count.id)).toEqual([]);
  });

  it('points annexRowId, partOf and stated-count clusterIds at existing records of the same industry', () => {
    const annexIds = new Set(annex.map((row) => row.id));
    const byId = new Map(clusters.map((cluster) => [cluster.id, cluster]));
    expect(clusters.filter((cluster) => cluster.annexRowId !== null && !annexIds.has(cluster.annexRowId)).map((cluster) => cluster.id)).toEqual([]);
    expect(clusters.filter((cluster) => cluster.partOf !== undefined && byId.get(cluster.partOf)?.industry !== cluster.industry).map((cluster) => cluster.id)).toEqual([]);
    for (const count of statedCounts) {
      for (const id of count.clusterIds) {
        const cluster = byId.get(id);
        expect(cluster?.industry, id).toBe(count.industry);
        expect(cluster?.sizeYi, id).toBe(count.sizeYi);
        expect(count.quote.includes(cluster?.quote ?? '') || cluster?.quote.includes(count.quote), id).toBe(true);
      }
      expect(count.stated).toBeGreaterThanOrEqual(count.clusterIds.length);
    }
  });

  it('has 44 special projects, 23 + 12 + 9 as the plan counts them', () => {
    const programmeOf = new Map(industries.map((industry) => [industry.id, industry.programme]));
    const perProgramme = (programme: string) => specialProjects.filter((project) => programmeOf.get(project.industry) === programme).length;
    expect([perProgramme('high-growth'), perProgramme('strategic-emerging'), perProgramme('traditional-pillar')]).toEqual([23, 12, 9]);
    expect(flatPlan).toContain('以44个产业发展专项为抓手');
  });

  it('finds every special project named "——X专项" in the text, and nothing else', () => {
    const named = [...flatPlan.matchAll(/——([^。——]{2,20}专项)。/g)].map((match) => match[1]);
    expect(named.sort()).toEqual(specialProjects.map((project) => project.nameZh).sort());
  });
});
