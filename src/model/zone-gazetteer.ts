// The zone gazetteer (data/places/zones.json): every zone the plan names (产业集聚区, 高新区, 航空港区 …)
// and the county-level units it lies in, each with its sources and a confidence. Pure lookups.
import type { AdminCode } from './types';

export const ZONE_STATUSES = ['county', 'multi-county', 'not-established'] as const;
export type ZoneStatus = (typeof ZONE_STATUSES)[number];

export const ZONE_CONFIDENCES = ['high', 'medium', 'low'] as const;
export type ZoneConfidence = (typeof ZONE_CONFIDENCES)[number];

export interface ZoneSource {
  title: string;
  url?: string;
  publisher?: string;
  says: string;
}

export interface ZoneEntry {
  /** The zone exactly as `places[].zone` writes it in clusters.json. */
  zone: string;
  aliases: string[];
  officialNameZh?: string;
  nameEn: string;
  prefecture: AdminCode;
  /** Today's county-level codes the zone lies in; empty when not established. */
  counties: AdminCode[];
  status: ZoneStatus;
  /** How sure the placement is; absent (null) where the county is not established. */
  confidence?: ZoneConfidence | null;
  sources: ZoneSource[];
  reasoning: string;
}

export interface ZoneGazetteer {
  entries: readonly ZoneEntry[];
  /** By zone string and by alias. */
  byZone: ReadonlyMap<string, ZoneEntry>;
}

export function buildZoneGazetteer(entries: readonly ZoneEntry[]): ZoneGazetteer {
  const byZone = new Map<string, ZoneEntry>();
  for (const entry of entries) {
    byZone.set(entry.zone, entry);
    for (const alias of entry.aliases) byZone.set(alias, entry);
  }
  return { entries, byZone };
}

export const EMPTY_GAZETTEER: ZoneGazetteer = buildZoneGazetteer([]);

/**
 * A zone's county is established when the gazetteer lists its counties with high or medium confidence.
 * A low-confidence placement is a "probably": shown with its source, never counted in a county.
 */
export function isLocated(entry: ZoneEntry | undefined): entry is ZoneEntry {
  return entry !== undefined && entry.status !== 'not-established' && entry.counties.length > 0 && entry.confidence !== 'low';
}
