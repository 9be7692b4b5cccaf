// The one contribution rule, on hand-made records and on the real plan data. Expected figures are
// worked by hand from the plan's sentences (quoted beside each).
import { describe, expect, it } from 'vitest';
import { contributionOf, originOf, totalsOf } from '../../src/model/contribution';
import type { Cluster } from '../../src/model/types';
import { loadRealAtlas } from '../components/atlas-fixture';
import { aggregateRegions, reconcile } from '../../src/model/aggregate';
import { filterClusters } from '../../src/model/cluster-filter';
import { findSites } from '../../src/model/site-finder';
import { deepFreeze } from './fixtures';

function record(id: string, sizeYi: number | null, extra: Partial<Cluster> = {}): Cluster {
  const tier = sizeYi === null ? null : sizeYi >= 10000 ? '万亿' : sizeYi >= 1000 ? '千亿' : '百亿';
  return deepFreeze({
    id, nameZh: id, nameEn: id, industry: 'automotive', subIndustryZh: null, sizeYi, tier, kind: 'cluster', scope: 'local',
    places: [{ code: '410100', zone: null }], section: '二(三) 汽车及零部件 · 产业集群', quote: 'q', annexRowId: null, noteZh: null, noteEn: null,
    ...extra,
  } as Cluster);
}

describe('contributionOf', () => {
  it('adds the size of a local designation and counts it', () => {
    expect(contributionOf(record('a', 2000))).toEqual({ counts: true, sizeYi: 2000, sized: true });
  });

  it('counts a nested designation but adds none of its size', () => {
    expect(contributionOf(record('b', 1000, { partOf: 'a' }))).toEqual({ counts: true, sizeYi: 0, sized: false });
  });

  it('counts an unsized designation without a size', () => {
    expect(contributionOf(record('c', null))).toEqual({ counts: true, sizeYi: 0, sized: false });
  });

  it('neither counts nor sums a province-wide designation', () => {
    expect(contributionOf(record('d', 10000, { scope: 'province', places: [] }))).toEqual({ counts: false, sizeYi: 0, sized: false });
  });
});

describe('originOf', () => {
  it('reads the 产业集群 paragraph, a 专项 paragraph and the 工作目标 from the section', () => {
    expect(originOf({ section: '二(三) 汽车及零部件 · 产业集群' })).toBe('cluster-paragraph');
    expect(originOf({ section: '二(三) 汽车及零部件 · 关键零部件发展专项' })).toBe('special-project');
    expect(originOf({ section: '一(四) 工作目标 · 优势集群' })).toBe('targets');
    // 建材's "产业集群：培育信阳非金属矿深加工…" stands on the 水泥 专项 line under its own 产业集群 label.
    expect(originOf({ section: '四(二) 建材工业 · 产业集群(水泥产业改造提升专项段内)' })).toBe('cluster-paragraph');
  });
});

describe('totalsOf', () => {
  it('adds each designation once, even when listed twice', () => {
    const a = record('a', 2000);
    const totals = totalsOf([a, a, record('b', 1000, { partOf: 'a' }), record('c', 100)]);
    expect(totals).toMatchObject({ clusterCount: 3, totalSizeYi: 2100, sizedCount: 2, nestedCount: 1, highestTier: '千亿' });
    expect(totals.byTier).toEqual({ 百亿: 1, 千亿: 2, 万亿: 0, unsized: 0 });
  });

  it('lists province-wide designations apart', () => {
    const totals = totalsOf([record('a', 100), record('p', 10000, { scope: 'province', places: [] })]);
    expect(totals.clusterCount).toBe(1);
    expect(totals.provinceWide.map((cluster) => cluster.id)).toEqual(['p']);
  });
});

describe('automotive on the real data (二(三) 汽车及零部件)', async () => {
  const atlas = await loadRealAtlas();
  const automotive = filterClusters(atlas.plan.clusters, atlas.plan.industries, { industries: ['automotive'], programme: null, tier: null });
  // "依托郑州经济技术、中牟汽车、开封汴西、郑州国际物流、荥阳市等产业集聚区，建设郑汴 2000亿级整车及零部件产业集群"
  // "打造郑汴产业带千亿元零部件集群" (the parts segment of the same cluster, in the 关键零部件 专项)
  // "建设孟州、博爱、许昌尚集、西峡、淅川、林州、新乡工业、鹤壁金山、长垣、兰考等 10个百亿级…集群"

  it('gives 郑州 2 clusters and 2000 亿元, not 3000: the parts belt lies inside the 2000亿级 cluster', () => {
    const figures = aggregateRegions(atlas.placer, 'prefecture', automotive);
    expect(figures.get('410100')).toMatchObject({ clusterCount: 2, totalSizeYi: 2000 });
    // 开封: the same two, plus 兰考 (100).
    expect(figures.get('410200')).toMatchObject({ clusterCount: 3, totalSizeYi: 2100 });
  });

  it('totals 12 designations and 3000 亿元 for the province: 2000 + 10 × 100, the belt counted but not added', () => {
    const totals = totalsOf(automotive);
    expect(totals).toMatchObject({ clusterCount: 12, totalSizeYi: 3000, nestedCount: 1 });
    expect(totals.byOrigin).toEqual({ 'cluster-paragraph': 11, 'special-project': 1, targets: 0 });
  });

  it('explains why the prefectures add up to 5000: the two 郑汴 clusters count in 郑州 and in 开封', () => {
    const reconciliation = reconcile(atlas.placer, 'prefecture', automotive);
    // 郑州 2000 + 开封 2100 + 焦作 (孟州, 博爱) 200 + 许昌 100 + 南阳 (西峡, 淅川) 200 + 安阳 100 + 新乡 (新乡工业, 长垣) 200 + 鹤壁 100
    expect(reconciliation.sumOfRegions).toEqual({ clusterCount: 14, totalSizeYi: 5000 });
    expect(reconciliation.multiRegion.map((entry) => [entry.cluster.id, entry.regionCount]).sort()).toEqual([
      ['automotive-zhengbian-parts-belt', 2], ['automotive-zhengbian-vehicles-parts', 2],
    ]);
  });

  it('ranks 郑州 in the site finder with the same 2000 亿元 the map shows', () => {
    const { prefectures } = findSites(atlas.placer, atlas.plan.clusters, { industry: 'automotive', minimumTier: null });
    expect(prefectures.find((candidate) => candidate.code === '410100')?.totalSizeYi).toBe(2000);
  });
});

describe('the whole province on the real data', async () => {
  const atlas = await loadRealAtlas();
  const totals = totalsOf(atlas.plan.clusters);

  it('counts 111 local designations: 110 from the 产业集群 paragraphs and 1 from a 专项, and lists 7 province-wide ones apart', () => {
    // data/plan/README.md: 118 records, 111 local and 7 province-wide; the one 专项 designation is
    // "打造郑汴产业带千亿元零部件集群" (二(三) 关键零部件发展专项).
    expect(totals.clusterCount).toBe(111);
    expect(totals.byOrigin).toEqual({ 'cluster-paragraph': 110, 'special-project': 1, targets: 0 });
    expect(totals.provinceWide).toHaveLength(7);
  });
});
