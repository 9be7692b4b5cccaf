// Property: under any filter, every view computes the same figure for the same region, and the
// province total is the set of distinct designations shown. Each view reaches its figure through its
// own code path (map: aggregateRegions; finder: findSites; panel: clustersOfRegion; CSV: one row per
// designation with its counted size; overview: its industry rows), so a view that sums differently —
// e.g. adds a nested cluster's size — breaks the property.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { aggregateRegions } from '../../src/model/aggregate';
import { INDUSTRY_IDS, LEVELS, PROGRAMME_IDS, TIERS } from '../../src/model/catalog';
import { filterClusters, type ClusterFilter } from '../../src/model/cluster-filter';
import { industriesOf, totalsOf } from '../../src/model/contribution';
import { clustersOfRegion } from '../../src/model/region-clusters';
import { findSites } from '../../src/model/site-finder';
import { clusterCsv } from '../../src/export/cluster-csv';
import { loadRealAtlas } from '../components/atlas-fixture';

const atlas = await loadRealAtlas();
const clusterById = new Map(atlas.plan.clusters.map((cluster) => [cluster.id, cluster]));

const filterArbitrary: fc.Arbitrary<ClusterFilter> = fc.record({
  industries: fc.subarray([...INDUSTRY_IDS]),
  programme: fc.constantFrom(null, ...PROGRAMME_IDS),
  tier: fc.constantFrom(null, ...TIERS),
});
const levelArbitrary = fc.constantFrom(...LEVELS);
const RUNS = { numRuns: 150 };

const filtered = (filter: ClusterFilter) => filterClusters(atlas.plan.clusters, atlas.plan.industries, filter);

describe('the views agree under any filter', () => {
  it('the region panel lists exactly the clusters the map counts for the region', () => {
    fc.assert(fc.property(filterArbitrary, levelArbitrary, (filter, level) => {
      const clusters = filtered(filter);
      const regions = level === 'prefecture' ? atlas.regions.prefectures : atlas.regions.counties;
      const figures = aggregateRegions(atlas.placer, level, clusters);
      for (const region of regions) {
        const counted = clustersOfRegion(atlas.placer, region.code, level, clusters)
          .filter((entry) => entry.relation === 'self' || entry.relation === 'county')
          .map((entry) => entry.cluster);
        const figure = figures.get(region.code)!;
        expect(counted.map((cluster) => cluster.id).sort(), region.code).toEqual([...figure.clusterIds].sort());
        // The panel's header figure is the totals of what it lists.
        expect(totalsOf(counted).totalSizeYi, region.code).toBe(figure.totalSizeYi);
      }
    }), RUNS);
  });

  it('the site finder ranks each region with the figure the map shows for that industry', () => {
    fc.assert(fc.property(fc.constantFrom(...INDUSTRY_IDS), (industry) => {
      const clusters = filtered({ industries: [industry], programme: null, tier: null });
      const { counties, prefectures } = findSites(atlas.placer, atlas.plan.clusters, { industry, minimumTier: null });
      const byPrefecture = aggregateRegions(atlas.placer, 'prefecture', clusters);
      const byCounty = aggregateRegions(atlas.placer, 'county', clusters);
      for (const candidate of prefectures) {
        expect([candidate.clusterIds.length, candidate.totalSizeYi], candidate.code)
          .toEqual([byPrefecture.get(candidate.code)!.clusterCount, byPrefecture.get(candidate.code)!.totalSizeYi]);
      }
      for (const candidate of counties.filter((entry) => entry.directness === 'named')) {
        expect([candidate.clusterIds.length, candidate.totalSizeYi], candidate.code)
          .toEqual([byCounty.get(candidate.code)!.clusterCount, byCounty.get(candidate.code)!.totalSizeYi]);
      }
      // Every region the map colours is a candidate, and no other region is ranked as named.
      const coloured = [...byPrefecture.values()].filter((entry) => entry.clusterCount > 0).map((entry) => entry.code).sort();
      expect(prefectures.map((candidate) => candidate.code).sort()).toEqual(coloured);
    }), { numRuns: 14 * 3 });
  });

  it('the province total is the set of distinct designations the regions show', () => {
    fc.assert(fc.property(filterArbitrary, (filter) => {
      const clusters = filtered(filter);
      const figures = aggregateRegions(atlas.placer, 'prefecture', clusters);
      const shown = new Set([...figures.values()].flatMap((entry) => entry.clusterIds));
      const totals = totalsOf(clusters);
      expect(shown.size).toBe(totals.clusterCount);
      expect(totalsOf([...shown].map((id) => clusterById.get(id)!))).toMatchObject({
        clusterCount: totals.clusterCount, totalSizeYi: totals.totalSizeYi,
      });
    }), RUNS);
  });

  it('the overview industry rows add up to what the map shows for that industry', () => {
    fc.assert(fc.property(filterArbitrary, fc.constantFrom(...INDUSTRY_IDS), (filter, industry) => {
      const clusters = filtered({ ...filter, industries: [] }).filter((cluster) => cluster.scope === 'local');
      // The overview's row for one industry, under the other filters …
      const row = totalsOf(clusters.filter((cluster) => industriesOf(cluster).includes(industry)));
      // … equals the province figure of the map filtered to that industry.
      const mapTotals = totalsOf(filtered({ ...filter, industries: [industry] }));
      expect([row.clusterCount, row.totalSizeYi]).toEqual([mapTotals.clusterCount, mapTotals.totalSizeYi]);
    }), RUNS);
  });

  it('the CSV has one row per designation shown, and its counted sizes add up to the total', () => {
    fc.assert(fc.property(filterArbitrary, (filter) => {
      const clusters = filtered(filter);
      const parsed = Papa.parse<Record<string, string>>(clusterCsv(clusters, atlas.placer, atlas.annexById, atlas).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
      expect(parsed.data.map((row) => row.id)).toEqual(clusters.map((cluster) => cluster.id));
      const local = parsed.data.filter((row) => row.scope === 'local');
      expect(local.length).toBe(totalsOf(clusters).clusterCount);
      expect(local.reduce((sum, row) => sum + Number(row.sizeCountedYi), 0)).toBe(totalsOf(clusters).totalSizeYi);
    }), { numRuns: 40 });
  });
});
