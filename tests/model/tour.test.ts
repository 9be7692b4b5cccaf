import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filterClusters } from '../../src/model/cluster-filter';
import { buildTour, stepContent, viewOfStep, type TourStep } from '../../src/model/tour';
import type { Cluster, Industry, Programme } from '../../src/model/types';

const programmes = JSON.parse(readFileSync('data/plan/programmes.json', 'utf8')) as Programme[];
const industries = JSON.parse(readFileSync('data/plan/industries.json', 'utf8')) as Industry[];
const clusters = JSON.parse(readFileSync('data/plan/clusters.json', 'utf8')) as Cluster[];
const tour = buildTour(programmes, industries, clusters);

/** What the map shows for a step (1-based, as in /present/<n>): the clusters under its view's filters. */
function shownAt(stepNumber: number): { step: TourStep; shown: Cluster[] } {
  const step = tour[stepNumber - 1];
  return { step, shown: filterClusters(clusters, industries, viewOfStep(step)) };
}

describe('the presentation tour', () => {
  it('opens, then shows the 3 programmes, the 14 industries, and ends with 万亿级 and 千亿级', () => {
    expect(tour).toHaveLength(1 + 3 + 14 + 2);
    expect(tour[0]).toEqual({ kind: 'opening' });
    expect(tour.slice(1, 4).map((step) => step.kind)).toEqual(['programme', 'programme', 'programme']);
    expect(tour.slice(4, 18).every((step) => step.kind === 'industry')).toBe(true);
    expect(tour.slice(18)).toEqual([{ kind: 'tier', tier: '万亿' }, { kind: 'tier', tier: '千亿' }]);
  });

  it('takes the industries programme by programme, each exactly once', () => {
    const industrySteps = tour.filter((step) => step.kind === 'industry');
    expect(new Set(industrySteps.map((step) => step.industry)).size).toBe(14);
    const programmeOrder = industrySteps.map((step) => step.programme);
    expect(programmeOrder).toEqual([...programmeOrder].sort((a, b) => programmes.findIndex((p) => p.id === a) - programmes.findIndex((p) => p.id === b)));
  });

  it('turns each step into a view that filters to it', () => {
    expect(viewOfStep({ kind: 'industry', industry: 'food', programme: 'high-growth' })).toMatchObject({ industries: ['food'], programme: null, tier: null });
    expect(viewOfStep({ kind: 'programme', programme: 'strategic-emerging' })).toMatchObject({ industries: [], programme: 'strategic-emerging' });
    expect(viewOfStep({ kind: 'tier', tier: '千亿' })).toMatchObject({ tier: '千亿', industries: [] });
    expect(viewOfStep({ kind: 'opening' })).toMatchObject({ industries: [], programme: null, tier: null, metric: 'tier' });
  });
});

// Expected values counted by hand from the plan text (data/plan/source/…-2014.txt).
describe('what a tour step shows', () => {
  it('step 11, 生物医药: leads with its 5 own clusters of 500 亿元, the shared 战略性新兴 target after them', () => {
    // 三(一): "建设郑州航空港区、平原新区百亿级生物技术药物产业集群" (2 × 100) and "培育汤阴、商丘梁园、驻马店等
    // 3个百亿级生物医药特色产业集群" (3 × 100). 一(四): "战略性新兴产业集群规模超过1万亿元" spans its four industries.
    const { step, shown } = shownAt(11);
    expect(step).toMatchObject({ kind: 'industry', industry: 'biomedicine' });
    const content = stepContent(step, shown);
    expect(content.local.map((cluster) => cluster.id).sort()).toEqual([
      'biomedicine-pingyuan-biotech', 'biomedicine-shangqiu-liangyuan', 'biomedicine-tangyin',
      'biomedicine-zhengzhou-airport-biotech', 'biomedicine-zhumadian',
    ]);
    expect(content.totals).toMatchObject({ clusterCount: 5, totalSizeYi: 500, sizedCount: 5 });
    expect(content.provinceWide.map((cluster) => cluster.id)).toEqual(['strategic-emerging-province-10000']);
  });

  it('step 14, 新能源: 9 clusters to which the plan gives no size, mapped by count', () => {
    // 三(四): "重点建设三门峡、驻马店、南阳等风电基地;积极培育洛阳、安阳等光伏产业集群,许昌风电装备产业集群,
    // 南阳、濮阳、新乡等生物质能产业集群" — 3 + 2 + 1 + 3 places, no size.
    const { step, shown } = shownAt(14);
    expect(step).toMatchObject({ kind: 'industry', industry: 'new-energy', sized: false });
    expect(viewOfStep(step).metric).toBe('count');
    const content = stepContent(step, shown);
    expect(content.totals).toMatchObject({ clusterCount: 9, sizedCount: 0, totalSizeYi: 0 });
    expect(content.totals.byTier.unsized).toBe(9);
  });

  it('step 19, 万亿级: no cluster in a region, the three province-wide 万亿 targets of 一(四)', () => {
    // 一(四) 优势集群: "全省形成装备制造和食品2个万亿级产业集群,战略性新兴产业集群规模超过1万亿元".
    const { step, shown } = shownAt(19);
    expect(step).toEqual({ kind: 'tier', tier: '万亿' });
    const content = stepContent(step, shown);
    expect(content.local).toEqual([]);
    expect(content.totals.clusterCount).toBe(0);
    expect(content.provinceWide.map((cluster) => cluster.id).sort())
      .toEqual(['equipment-province-10000', 'food-province-10000', 'strategic-emerging-province-10000']);
  });

  it('maps an industry by size when the plan sizes any of its clusters', () => {
    expect(shownAt(11).step).toMatchObject({ sized: true });
    expect(viewOfStep(shownAt(11).step).metric).toBe('size');
  });
});

