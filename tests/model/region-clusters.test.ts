import { describe, expect, it } from 'vitest';
import { clustersOfRegion } from '../../src/model/region-clusters';
import { clusters, placer } from './fixtures';

describe('clustersOfRegion', () => {
  it('lists a prefecture’s own clusters first, then its counties’ clusters marked as such', () => {
    const list = clustersOfRegion(placer, '410100', 'prefecture', clusters);
    expect(list.map((entry) => [entry.cluster.id, entry.relation])).toEqual([
      ['zhengzhou-auto', 'self'],
      ['gongyi-aluminium', 'county'],
      ['zhongyuan-apparel', 'county'],
    ]);
    expect(list[1].viaCodes).toEqual(['410181']);
  });

  it('lists for a county its own clusters and those placed at its whole prefecture', () => {
    const list = clustersOfRegion(placer, '410102', 'county', clusters);
    expect(list.map((entry) => [entry.cluster.id, entry.relation])).toEqual([
      ['zhongyuan-apparel', 'self'],
      ['zhengzhou-auto', 'prefecture'],
    ]);
  });

  it('gives a multi-place cluster to each of its places', () => {
    for (const code of ['410307', '410308']) {
      expect(clustersOfRegion(placer, code, 'county', clusters).map((entry) => entry.cluster.id)).toContain('luoyang-power-valley');
    }
  });

  it('returns nothing for a region without clusters', () => {
    expect(clustersOfRegion(placer, '410100', 'prefecture', [])).toEqual([]);
  });
});
