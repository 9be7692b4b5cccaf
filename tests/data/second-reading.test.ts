// Reconciliation with the independent second reading (data/plan/second-reading.json, another reader's
// file): every designation it lists is covered by a cluster with the same sizeYi, industry and place
// codes, and every cluster of ours is found by the second reading. The two readings agree on every
// designation, so there is no list of rejected items: a disagreement fails here and is fixed in the
// data (items covered by a record whose other fields differ are listed in data/plan/README.md,
// "Second reading").
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cluster, IndustryId, Industry, SpecialProject, StatedCount } from '../../src/model/types';
import { flatPlan, readPlanFile, repoRoot, withoutLineBreaks } from './plan-files';
import { resolvePlace } from './place-names';

interface SecondReadingItem {
  quote: string;
  section: string;
  industry: IndustryId | null;
  subIndustryZh: string | null;
  places: string[];
  sizeYi: number | null;
  kind: 'cluster' | 'base';
  scope: 'local' | 'province';
  remark: string | null;
}
interface SecondReading {
  designations: SecondReadingItem[];
  statedCounts: { quote: string; industry: IndustryId | null; sizeYi: number; stated: number; named: string[] }[];
  specialProjects: { nameZh: string; industry: IndustryId }[];
}

// The second reading is committed with the data; a missing file is a failure, not a skipped suite.
const second = JSON.parse(fs.readFileSync(path.join(repoRoot, 'data/plan/second-reading.json'), 'utf8')) as SecondReading;

describe('second reading', () => {
  const clusters = readPlanFile<(Cluster & { industries?: IndustryId[] })[]>('clusters.json');
  const statedCounts = readPlanFile<StatedCount[]>('stated-counts.json');
  const specialProjects = readPlanFile<SpecialProject[]>('special-projects.json');

  const codesOf = (item: SecondReadingItem) => item.places.flatMap((place) => resolvePlace(place) ?? [`unresolved:${place}`]);
  const sameCodes = (a: string[], b: string[]) => [...new Set(a)].sort().join() === [...new Set(b)].sort().join();
  // A second-reading item with industry null is the multi-industry designation (战略性新兴产业): matched by `industries`.
  const sameIndustry = (item: SecondReadingItem, cluster: (typeof clusters)[number]) =>
    item.industry === null ? cluster.industries !== undefined : cluster.industry === item.industry;
  const coveringClusters = (item: SecondReadingItem) => clusters.filter((cluster) =>
    cluster.sizeYi === item.sizeYi && sameIndustry(item, cluster) && sameCodes(cluster.places.map((place) => place.code), codesOf(item)));

  it('has designations, all quoted verbatim from the plan', () => {
    expect(second.designations.length).toBeGreaterThan(100);
    expect(second.designations.filter((item) => !flatPlan.includes(withoutLineBreaks(item.quote))).map((item) => item.quote)).toEqual([]);
  });

  it('resolves every place the second reading writes', () => {
    const unresolved = second.designations.flatMap((item) => item.places.filter((place) => !resolvePlace(place)));
    expect(unresolved).toEqual([]);
  });

  it('covers every second-reading designation by a cluster with the same sizeYi, industry and place codes', () => {
    const missing = second.designations.filter((item) => coveringClusters(item).length === 0);
    expect(missing.map((item) => `${item.industry} ${item.sizeYi} ${item.places.join('+')}: ${item.quote}`)).toEqual([]);
  });

  it('finds every one of our clusters in the second reading too', () => {
    const found = new Set(second.designations.flatMap((item) => coveringClusters(item).map((cluster) => cluster.id)));
    expect(clusters.filter((cluster) => !found.has(cluster.id)).map((cluster) => cluster.id)).toEqual([]);
  });

  it('agrees on the per-industry stated counts', () => {
    const theirs = second.statedCounts.filter((count) => count.industry !== null)
      .map((count) => `${count.industry} ${count.sizeYi} ${count.stated} ${withoutLineBreaks(count.quote)}`).sort();
    expect(statedCounts.map((count) => `${count.industry} ${count.sizeYi} ${count.stated} ${count.quote}`).sort()).toEqual(theirs);
  });

  it('agrees on the 44 special projects', () => {
    expect(specialProjects.map((project) => `${project.industry} ${project.nameZh}`).sort())
      .toEqual(second.specialProjects.map((project) => `${project.industry} ${project.nameZh}`).sort());
  });

  it('has as many special projects per programme as the plan states', () => {
    // 一(三): "以44个产业发展专项为抓手"; the programmes: high-growth "重点推动 23个专项", strategic-emerging
    // "重点推进12个专项", traditional-pillar "重点实施9个专项" (23 + 12 + 9 = 44).
    const programmeOf = new Map(readPlanFile<Industry[]>('industries.json').map((industry) => [industry.id, industry.programme]));
    const perProgramme = (list: { industry: IndustryId }[]) => {
      const counts: Record<string, number> = {};
      for (const project of list) counts[programmeOf.get(project.industry)!] = (counts[programmeOf.get(project.industry)!] ?? 0) + 1;
      return counts;
    };
    const expected = { 'high-growth': 23, 'strategic-emerging': 12, 'traditional-pillar': 9 };
    expect(perProgramme(specialProjects)).toEqual(expected);
    expect(perProgramme(second.specialProjects)).toEqual(expected);
  });
});
