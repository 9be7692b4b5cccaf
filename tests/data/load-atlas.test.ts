// The loader through its one seam: the real files from data/ on disk, and sources that fail or serve
// broken files. No network.
import { beforeAll, describe, expect, it } from 'vitest';
import { BOUNDARY_FILE, PINYIN_FILE, PLAN_FILES, ZONES_FILE, type DataFile, type DataSource } from '../../src/data/data-files';
import { DataLoadError, loadAtlas, loadPlan, type Atlas } from '../../src/data/load-atlas';
import type { Cluster } from '../../src/model/types';
import { diskSource, readDataFile } from '../components/atlas-fixture';

/** The disk source with one file replaced (by a value, or by a read failure). */
function sourceWith(file: DataFile, replacement: { value: unknown } | { error: Error }): DataSource {
  return {
    async json(requested) {
      if (requested !== file) return diskSource.json(requested);
      if ('error' in replacement) throw replacement.error;
      return replacement.value;
    },
  };
}

async function loadError(promise: Promise<unknown>): Promise<DataLoadError> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(DataLoadError);
  return error as DataLoadError;
}

const realClusters = readDataFile<Cluster[]>(PLAN_FILES.clusters);

describe('loadAtlas on the real data files', () => {
  let atlas: Atlas;
  beforeAll(async () => {
    atlas = await loadAtlas(diskSource);
  });

  it('has the 18 prefecture-level units of Henan', () => {
    expect(atlas.regions.prefectures).toHaveLength(18);
  });

  it('has the 157 county-level units of Henan', () => {
    expect(atlas.regions.counties).toHaveLength(157);
  });

  it('builds search entries for prefectures and counties', () => {
    expect(atlas.searchEntries.some((entry) => entry.kind === 'prefecture' && entry.code === '410300')).toBe(true);
    expect(atlas.searchEntries.some((entry) => entry.kind === 'county')).toBe(true);
  });

  it('finds every cluster place code in the region index', () => {
    const missing = atlas.plan.clusters.flatMap((cluster) => cluster.places.map((place) => place.code))
      .filter((code) => !atlas.regions.byCode.has(code));
    expect(missing).toEqual([]);
  });

  it('loads every cluster record of the plan file', () => {
    expect(atlas.plan.clusters.map((cluster) => cluster.id)).toEqual(realClusters.map((cluster) => cluster.id));
  });
});

describe('loadAtlas and loadPlan failures', () => {
  it('names the file that fails to read', async () => {
    const error = await loadError(loadAtlas(sourceWith(PLAN_FILES.goals, { error: new Error('HTTP 404') })));
    expect(error.file).toBe(PLAN_FILES.goals);
    expect(error.message).toContain('plan/goals.json');
    expect(error.message).toContain('HTTP 404');
  });

  it('names the boundary file when it fails to read', async () => {
    const error = await loadError(loadAtlas(sourceWith(BOUNDARY_FILE, { error: new Error('connection reset') })));
    expect(error.file).toBe(BOUNDARY_FILE);
  });

  it('rejects a cluster whose tier does not match its size, naming the file and the path', async () => {
    const broken = realClusters.map((cluster, index) => (index === 2 ? { ...cluster, sizeYi: 100, tier: '万亿' } : cluster));
    const error = await loadError(loadPlan(sourceWith(PLAN_FILES.clusters, { value: broken })));
    expect(error.file).toBe(PLAN_FILES.clusters);
    expect(error.reason).toMatch(/^2\.tier:/);
  });

  it('rejects a cluster with an unknown industry, naming the file and the path', async () => {
    const broken = realClusters.map((cluster, index) => (index === 5 ? { ...cluster, industry: 'shipbuilding' } : cluster));
    const error = await loadError(loadPlan(sourceWith(PLAN_FILES.clusters, { value: broken })));
    expect(error.file).toBe(PLAN_FILES.clusters);
    expect(error.reason).toMatch(/^5\.industry:/);
  });

  it('rejects a boundary file that is not a TopoJSON topology', async () => {
    const error = await loadError(loadAtlas(sourceWith(BOUNDARY_FILE, { value: { type: 'FeatureCollection', features: [] } })));
    expect(error.file).toBe(BOUNDARY_FILE);
  });

  it('rejects a topology without the counties and prefectures objects, naming the boundary file', async () => {
    const error = await loadError(loadAtlas(sourceWith(BOUNDARY_FILE, { value: { type: 'Topology', arcs: [], objects: {} } })));
    expect(error.file).toBe(BOUNDARY_FILE);
  });
});

describe('loadAtlas: a data file that is valid JSON but empty is rejected, naming the file', () => {
  const cases: [string, DataFile, unknown][] = [
    ['an empty cluster list', PLAN_FILES.clusters, []],
    ['an empty industry list', PLAN_FILES.industries, []],
    ['an empty object for the programmes', PLAN_FILES.programmes, {}],
    ['an empty pinyin table', PINYIN_FILE, {}],
    ['an empty zone gazetteer file', ZONES_FILE, {}],
    ['an empty boundary file', BOUNDARY_FILE, {}],
  ];
  for (const [name, file, value] of cases) {
    it(`rejects ${name}`, async () => {
      const error = await loadError(loadAtlas(sourceWith(file, { value })));
      expect(error.file).toBe(file);
      expect(error.reason).toBe(`empty (${JSON.stringify(value)})`);
    });
  }

  it('rejects a topology whose counties have no geometries', async () => {
    const topology = readDataFile<{ objects: Record<string, { geometries: unknown[] }> }>(BOUNDARY_FILE);
    topology.objects.counties.geometries = [];
    const error = await loadError(loadAtlas(sourceWith(BOUNDARY_FILE, { value: topology })));
    expect(error.file).toBe(BOUNDARY_FILE);
    expect(error.reason).toBe('no counties in the topology');
  });

  it('rejects a topology with no geometries at all', async () => {
    const topology = readDataFile<{ objects: Record<string, { geometries: unknown[] }> }>(BOUNDARY_FILE);
    topology.objects.counties.geometries = [];
    topology.objects.prefectures.geometries = [];
    const error = await loadError(loadAtlas(sourceWith(BOUNDARY_FILE, { value: topology })));
    expect(error.reason).toBe('no prefectures in the topology');
  });
});
