import { describe, expect, it } from 'vitest';
import { aggregateRegions } from '../../src/model/aggregate';
import { classify, NO_DESIGNATION_COLOR } from '../../src/model/classify';
import { filterClusters } from '../../src/model/cluster-filter';
import type { Industry } from '../../src/model/types';
import { clusters, placer } from './fixtures';
import { namedVersusCounted } from '../../src/model/stated-counts';
import { statedCounts } from './fixtures';

const industries = [
  { id: 'metallurgy', programme: 'traditional-pillar' },
  { id: 'apparel', programme: 'high-growth' },
  { id: 'automotive', programme: 'high-growth' },
  { id: 'equipment', programme: 'high-growth' },
  { id: 'new-energy', programme: 'strategic-emerging' },
  { id: 'food', programme: 'high-growth' },
] as Industry[];

describe('filterClusters', () => {
  it('keeps everything with no filter', () => {
    expect(filterClusters(clusters, industries, { industries: [], programme: null, tier: null })).toHaveLength(clusters.length);
  });

  it('keeps the chosen industries only', () => {
    const kept = filterClusters(clusters, industries, { industries: ['metallurgy'], programme: null, tier: null });
    expect(kept.map((cluster) => cluster.id)).toEqual(['gongyi-aluminium', 'jiyuan-lead']);
  });

  it('keeps a programme’s industries', () => {
    const kept = filterClusters(clusters, industries, { industries: [], programme: 'strategic-emerging', tier: null });
    expect(kept.map((cluster) => cluster.id)).toEqual(['wind-bases']);
  });

  it('keeps one tier, dropping unsized clusters', () => {
    const kept = filterClusters(clusters, industries, { industries: [], programme: null, tier: '千亿' });
    expect(kept.map((cluster) => cluster.id).sort()).toEqual(['gongyi-aluminium', 'luoyang-power-valley', 'zhengzhou-auto']);
  });

  it('matches a multi-industry designation by any of its industries and programmes', () => {
    const emerging = { ...clusters[0], id: 'emerging-all', industry: 'new-energy' as const, industries: ['new-energy' as const, 'food' as const] };
    expect(filterClusters([emerging], industries, { industries: ['food'], programme: null, tier: null })).toHaveLength(1);
    expect(filterClusters([emerging], industries, { industries: [], programme: 'high-growth', tier: null })).toHaveLength(1);
    expect(filterClusters([emerging], industries, { industries: ['apparel'], programme: null, tier: null })).toHaveLength(0);
  });

  it('combines filters with AND', () => {
    expect(filterClusters(clusters, industries, { industries: ['metallurgy'], programme: 'high-growth', tier: null })).toEqual([]);
  });
});

describe('classify', () => {
  const figures = [...aggregateRegions(placer, 'county', clusters).values()];

  it('leaves regions without a designation out of the colours (they get the no-data grey)', () => {
    // Without the 济源 lead cluster, county 419001 has none; the other four fixture counties keep theirs
    // (中原 apparel, 巩义 aluminium, 偃师 and 孟津 the power valley).
    const withoutJiyuan = [...aggregateRegions(placer, 'county', clusters.filter((cluster) => cluster.id !== 'jiyuan-lead')).values()];
    for (const metric of ['count', 'size', 'tier'] as const) {
      const result = classify(withoutJiyuan, metric);
      expect([...result.colors.keys()].sort(), metric).toEqual(['410102', '410181', '410307', '410308']);
      expect([...result.colors.values()]).not.toContain(NO_DESIGNATION_COLOR);
    }
  });

  it('puts every designated value into exactly one class, classes ordered and not overlapping', () => {
    const result = classify(figures, 'size');
    for (let index = 1; index < result.classes.length; index += 1) {
      const previous = result.classes[index - 1];
      const current = result.classes[index];
      if (previous.kind === 'range' && current.kind === 'range') expect(current.min).toBeGreaterThan(previous.max);
    }
    const sizes = figures.filter((entry) => entry.totalSizeYi > 0);
    expect(result.colors.size).toBe(sizes.length);
  });

  it('colours a larger total darker or equal, never lighter', () => {
    const result = classify(figures, 'size');
    const order = result.classes.map((entry) => entry.color);
    expect(order.indexOf(result.colors.get('410307')!)).toBeGreaterThan(order.indexOf(result.colors.get('410102')!));
  });

  it('uses an ordinal class per tier for the tier metric', () => {
    const result = classify(figures, 'tier');
    expect(result.classes.map((entry) => (entry.kind === 'tier' ? entry.tier : null))).toEqual(['百亿', '千亿', '万亿']);
    expect(result.colors.get('410181')).toBe(result.classes[1].color);
  });

  it('has no classes when nothing is designated', () => {
    const empty = [...aggregateRegions(placer, 'county', []).values()];
    expect(classify(empty, 'count')).toMatchObject({ classes: [], colors: new Map() });
  });
});

describe('namedVersusCounted', () => {
  it('sets the stated count beside the number of named clusters', () => {
    const rows = namedVersusCounted({ clusters, statedCounts });
    expect(rows.find((row) => row.industry === 'metallurgy' && row.tier === '百亿')).toMatchObject({ named: 1, stated: 5 });
    expect(rows.find((row) => row.industry === 'metallurgy' && row.tier === '千亿')).toMatchObject({ named: 1, stated: null });
  });
});

describe('programmeCounts', () => {
  it('sets each programme’s stated count beside the clusters it names of that size', async () => {
    const { programmeCounts } = await import('../../src/model/stated-counts');
    const rows = programmeCounts({
      clusters,
      industries,
      programmes: [{
        id: 'high-growth', nameZh: '', nameEn: '', section: '', quote: '',
        statedClusterCounts: [
          { sizeYi: 1000, tier: '千亿', stated: 15, text: '15个千亿元' },
          { sizeYi: 100, tier: '百亿', stated: 70, text: '70个百亿元' },
        ],
      }],
    });
    // High-growth industries in the fixture: apparel 100 (中原), automotive 3000 (郑州), equipment 1000 (洛阳).
    expect(rows).toEqual([
      { programme: 'high-growth', text: '15个千亿元', stated: 15, named: 2 },
      { programme: 'high-growth', text: '70个百亿元', stated: 70, named: 1 },
    ]);
  });
});
