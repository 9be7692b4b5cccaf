// Loads the boundaries and the plan through a DataSource, validates them, and derives everything the
// app needs once (features, meshes, indexes), so nothing is recomputed per render.
import type { BoundaryTopology } from '../model/boundaries';
import { buildBoundaries, type Boundaries } from '../model/boundaries';
import { planFileSchemas } from '../model/planSchema';
import { buildRegionIndex, type RegionIndex } from '../model/regions';
import { buildSearchEntries, type SearchEntry } from '../model/search';
import type { AnnexRow, Industry, IndustryId, PlanData } from '../model/types';
import { BOUNDARY_FILE, PINYIN_FILE, PLAN_FILES, ZONES_FILE, type DataFile, type DataSource } from './data-files';
import { buildPlacer, type Placer } from '../model/placement';
import { buildZoneGazetteer, type ZoneGazetteer } from '../model/zone-gazetteer';
import { zoneGazetteerSchema } from '../model/zoneSchema';
import { placeNamesFrom, type PinyinTable, type PlaceNames } from '../model/place-pinyin';

export interface Atlas {
  boundaries: Boundaries;
  regions: RegionIndex;
  plan: PlanData;
  searchEntries: SearchEntry[];
  industryById: Map<IndustryId, Industry>;
  annexById: Map<string, AnnexRow>;
  /** The zone gazetteer (data/places/zones.json). */
  zones: ZoneGazetteer;
  /** Where each cluster is (placement.ts): the one placement rule every view uses. */
  placer: Placer;
  /** Pinyin and English forms of the place names, from data/places/pinyin.json. */
  placeNames: PlaceNames;
}

export class DataLoadError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

/** Valid JSON with nothing in it ([] or {}) is as broken as a malformed file: it would draw an empty atlas. */
function isEmptyJson(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

async function read(source: DataSource, file: DataFile): Promise<unknown> {
  let value: unknown;
  try {
    value = await source.json(file);
  } catch (error) {
    throw new DataLoadError(file, error instanceof Error ? error.message : String(error));
  }
  if (isEmptyJson(value)) throw new DataLoadError(file, `empty (${JSON.stringify(value)})`);
  return value;
}

export async function loadPlan(source: DataSource): Promise<PlanData> {
  const keys = Object.keys(PLAN_FILES) as (keyof typeof PLAN_FILES)[];
  const values = await Promise.all(keys.map((key) => read(source, PLAN_FILES[key])));
  const plan: Partial<Record<keyof typeof PLAN_FILES, unknown>> = {};
  keys.forEach((key, index) => {
    const result = planFileSchemas[key].safeParse(values[index]);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new DataLoadError(PLAN_FILES[key], `${issue.path.join('.')}: ${issue.message}`);
    }
    plan[key] = result.data;
  });
  return plan as PlanData;
}

function isBoundaryTopology(value: unknown): value is BoundaryTopology {
  if (typeof value !== 'object' || value === null) return false;
  const { type, objects, arcs } = value as { type?: unknown; objects?: Record<string, { geometries?: unknown }>; arcs?: unknown };
  return type === 'Topology' && Array.isArray(arcs) && typeof objects === 'object' && objects !== null &&
    Array.isArray(objects.counties?.geometries) && Array.isArray(objects.prefectures?.geometries);
}

export async function loadAtlas(source: DataSource): Promise<Atlas> {
  const [topology, plan, pinyin, zoneFile] = await Promise.all([
    read(source, BOUNDARY_FILE), loadPlan(source), read(source, PINYIN_FILE), read(source, ZONES_FILE),
  ]);
  if (typeof pinyin !== 'object' || pinyin === null || Array.isArray(pinyin)) throw new DataLoadError(PINYIN_FILE, 'not a table of readings');
  const placeNames = placeNamesFrom(pinyin as PinyinTable);
  if (!isBoundaryTopology(topology)) throw new DataLoadError(BOUNDARY_FILE, 'not a TopoJSON topology with counties and prefectures');
  for (const name of ['prefectures', 'counties'] as const) {
    if (topology.objects[name].geometries.length === 0) throw new DataLoadError(BOUNDARY_FILE, `no ${name} in the topology`);
  }
  let boundaries: Boundaries;
  try {
    boundaries = buildBoundaries(topology);
  } catch (error) {
    throw new DataLoadError(BOUNDARY_FILE, error instanceof Error ? error.message : String(error));
  }
  const zoneResult = zoneGazetteerSchema.safeParse(zoneFile);
  if (!zoneResult.success) {
    const issue = zoneResult.error.issues[0];
    throw new DataLoadError(ZONES_FILE, `${issue.path.join('.')}: ${issue.message}`);
  }
  const zones = buildZoneGazetteer(zoneResult.data.zones);
  const regions = buildRegionIndex(
    boundaries.prefectures.features.map((feature) => feature.properties),
    boundaries.counties.features.map((feature) => feature.properties),
  );
  return {
    boundaries,
    regions,
    plan,
    searchEntries: buildSearchEntries(regions, plan.clusters, placeNames, zones.byZone),
    industryById: new Map(plan.industries.map((industry) => [industry.id, industry])),
    annexById: new Map(plan.annex.map((row) => [row.id, row])),
    zones,
    placer: buildPlacer(regions, zones),
    placeNames,
  };
}
