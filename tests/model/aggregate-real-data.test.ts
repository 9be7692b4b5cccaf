// The model on the real data, checked against the counts that scripts/plan-report.mjs (a separate
// implementation) generated into data/plan/README.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregateRegions } from '../../src/model/aggregate';
import { buildBoundaries, type BoundaryTopology } from '../../src/model/boundaries';
import { buildPlacer } from '../../src/model/placement';
import { buildRegionIndex } from '../../src/model/regions';
import { buildZoneGazetteer, type ZoneEntry } from '../../src/model/zone-gazetteer';
import { namedVersusCounted } from '../../src/model/stated-counts';
import type { Cluster, StatedCount } from '../../src/model/types';

const boundaries = buildBoundaries(JSON.parse(readFileSync('data/boundaries/henan.topo.json', 'utf8')) as BoundaryTopology);
const regions = buildRegionIndex(
  boundaries.prefectures.features.map((feature) => feature.properties),
  boundaries.counties.features.map((feature) => feature.properties),
);
const clusters = JSON.parse(readFileSync('data/plan/clusters.json', 'utf8')) as Cluster[];
const statedCounts = JSON.parse(readFileSync('data/plan/stated-counts.json', 'utf8')) as StatedCount[];
const readme = readFileSync('data/plan/README.md', 'utf8');
const placer = buildPlacer(regions, buildZoneGazetteer((JSON.parse(readFileSync('data/places/zones.json', 'utf8')) as { zones: ZoneEntry[] }).zones));

/** Rows "| 郑州市 (410100) | 3 | 7 | 0 | 0 | 10 | 2 |" of the generated "By prefecture" table. */
function reportedByPrefecture(): Map<string, number> {
  const section = readme.slice(readme.indexOf('### By prefecture'), readme.indexOf('### Named vs counted'));
  const rows = new Map<string, number>();
  for (const match of section.matchAll(/^\| \S+ \((\d{6})\) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|/gm)) rows.set(match[1], Number(match[6]));
  return rows;
}

describe('the model on the real plan data', () => {
  const figures = aggregateRegions(placer, 'prefecture', clusters);
  const nested = clusters.filter((cluster) => cluster.partOf !== undefined);

  it('counts per prefecture what the plan report counts (which leaves nested clusters out)', () => {
    const reported = reportedByPrefecture();
    expect(reported.size).toBe(18);
    for (const [code, total] of reported) {
      const nestedHere = nested.filter((cluster) => cluster.places.some((place) => regions.byCode.get(place.code)?.prefectureCode === code)).length;
      expect(figures.get(code)?.clusterCount, code).toBe(total + nestedHere);
    }
  });

  it('gives every local cluster to at least one prefecture', () => {
    for (const cluster of clusters.filter((entry) => entry.scope === 'local')) {
      expect(cluster.places.some((place) => regions.byCode.has(place.code)), cluster.id).toBe(true);
    }
  });

  it('reads the food sentence as 3 named of 22 counted', () => {
    // 二(四) 食品产业: "打造汤阴、浚县、延津等 22个百亿级特色产业集群" names three places and counts 22.
    const food = namedVersusCounted({ clusters, statedCounts }).find((row) => row.industry === 'food' && row.tier === '百亿');
    expect(food).toMatchObject({ named: 3, stated: 22 });
  });
});
