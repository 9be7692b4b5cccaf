// The plan reading of the loaded atlas, built once and shared by the reader and the search index
// (both load on first use; this module and the plan text travel in their shared chunk).
import type { Atlas } from '../data/load-atlas';
import { planSource } from '../data/plan-source';
import { buildPlanReading, type PlanReading } from '../model/plan-reading';

const readings = new WeakMap<Atlas['plan'], PlanReading>();

export function planReadingOf(atlas: Pick<Atlas, 'plan' | 'regions'>): PlanReading {
  let reading = readings.get(atlas.plan);
  if (reading === undefined) {
    reading = buildPlanReading(planSource, atlas.plan, atlas.regions.prefectures.map((region) => ({ name: region.name, code: region.code })));
    readings.set(atlas.plan, reading);
  }
  return reading;
}
