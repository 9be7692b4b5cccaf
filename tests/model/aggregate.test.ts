import { describe, expect, it } from 'vitest';
import { aggregateRegions } from '../../src/model/aggregate';
import { totalsOf } from '../../src/model/contribution';
import { clusters, placer } from './fixtures';

describe('aggregateRegions at prefecture level', () => {
  const figures = aggregateRegions(placer, 'prefecture', clusters);

  it('counts clusters named at the prefecture and at any of its counties', () => {
    // 郑州: 巩义 aluminium + 中原 apparel + the city-wide auto cluster.
    expect(figures.get('410100')).toMatchObject({ clusterCount: 3, totalSizeYi: 4100, highestTier: '千亿' });
  });

  it('counts a cluster spanning two counties of one prefecture once', () => {
    // 洛阳: the power valley (偃师 + 孟津) once, plus the unsized wind bases.
    expect(figures.get('410300')).toMatchObject({ clusterCount: 2, totalSizeYi: 1000, sizedCount: 1 });
  });

  it('leaves province-wide designations out of every region', () => {
    const total = [...figures.values()].reduce((sum, entry) => sum + entry.clusterCount, 0);
    expect(total).toBe(6);
  });

  it('gives 济源 its own figures as a prefecture-level unit', () => {
    expect(figures.get('419001')).toMatchObject({ clusterCount: 1, highestTier: '百亿', industries: ['metallurgy'] });
  });
});

describe('aggregateRegions at county level', () => {
  const figures = aggregateRegions(placer, 'county', clusters);

  it('counts a multi-place cluster in each of its counties, in full', () => {
    expect(figures.get('410307')?.totalSizeYi).toBe(1000);
    expect(figures.get('410308')).toMatchObject({ clusterCount: 2, totalSizeYi: 1000 });
  });

  it('does not spread a prefecture-wide cluster over its counties', () => {
    expect(figures.get('410102')).toMatchObject({ clusterCount: 1, totalSizeYi: 100, highestTier: '百亿' });
  });

  it('has an entry, possibly empty, for every county', () => {
    expect([...figures.keys()].sort()).toEqual(['410102', '410181', '410307', '410308', '419001']);
  });
});

describe('totalsOf (the province totals)', () => {
  it('counts each local cluster once and sorts them by tier', () => {
    const totals = totalsOf(clusters);
    expect(totals.clusterCount).toBe(6);
    expect(totals.totalSizeYi).toBe(1000 + 100 + 3000 + 1000 + 100);
    expect(totals.byTier).toEqual({ 百亿: 2, 千亿: 3, 万亿: 0, unsized: 1 });
  });
});

describe('a cluster inside another (partOf)', () => {
  const parent = clusters.find((cluster) => cluster.id === 'zhengzhou-auto')!;
  const part = { ...parent, id: 'zhengzhou-auto-parts', sizeYi: 1000, tier: '千亿' as const, partOf: parent.id, places: [{ code: '410102', zone: null }] };

  it('is counted as a designation but adds no size of its own', () => {
    const figures = aggregateRegions(placer, 'prefecture', [parent, part]);
    expect(figures.get('410100')).toMatchObject({ clusterCount: 2, totalSizeYi: 3000, highestTier: '千亿' });
    expect(totalsOf([parent, part]).totalSizeYi).toBe(3000);
  });
});

describe('prefecturesNamedWhole', () => {
  it('lists the prefectures named as a whole, not those named only through their counties', async () => {
    const { prefecturesNamedWhole } = await import('../../src/model/aggregate');
    // 郑州: the city-wide auto cluster; 洛阳: only county places (偃师, 孟津); 济源: its own county.
    expect([...prefecturesNamedWhole(placer, clusters)]).toEqual(['410100']);
    expect(prefecturesNamedWhole(placer, [])).toEqual(new Set());
  });
});
