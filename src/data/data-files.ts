// The data files the app loads, relative to data/. One list for the browser and for tests.
export const PLAN_FILES = {
  programmes: 'plan/programmes.json',
  industries: 'plan/industries.json',
  clusters: 'plan/clusters.json',
  statedCounts: 'plan/stated-counts.json',
  specialProjects: 'plan/special-projects.json',
  goals: 'plan/goals.json',
  annex: 'plan/annex.json',
} as const;

export const BOUNDARY_FILE = 'boundaries/henan.topo.json';

export const PINYIN_FILE = 'places/pinyin.json';

export const ZONES_FILE = 'places/zones.json';

export type DataFile = (typeof PLAN_FILES)[keyof typeof PLAN_FILES] | typeof BOUNDARY_FILE | typeof PINYIN_FILE | typeof ZONES_FILE;

/** The one I/O seam: the browser fetches, tests read from disk. */
export interface DataSource {
  json: (file: DataFile) => Promise<unknown>;
}
