// Find a prefecture, county or zone by Chinese name, full pinyin or pinyin initials.
import type { PlaceNames } from './place-pinyin';
import type { RegionIndex } from './regions';
import type { AdminCode, Cluster } from './types';

export interface SearchEntry {
  kind: 'prefecture' | 'county' | 'zone';
  name: string;
  /** The name in the English UI (zones: the gazetteer's English name when it has one). */
  nameEn: string;
  /** The region to jump to: the unit itself, or the unit hosting the zone. */
  code: AdminCode;
  /** For counties and zones: the prefecture name, to tell same-named places apart. */
  context: string | null;
  contextEn: string | null;
  pinyin: string;
  initials: string;
}

export function buildSearchEntries(
  index: RegionIndex, clusters: readonly Cluster[], placeNames: PlaceNames,
  zoneNamesEn: ReadonlyMap<string, { nameEn: string }> = new Map(),
): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const entry = (kind: SearchEntry['kind'], name: string, code: AdminCode, context: string | null): SearchEntry => ({
    kind, name, code, context,
    nameEn: kind === 'zone' ? zoneNamesEn.get(name)?.nameEn ?? placeNames.english(name) : placeNames.english(name),
    contextEn: context === null ? null : placeNames.english(context),
    pinyin: placeNames.plain(name), initials: placeNames.initials(name),
  });
  for (const region of index.prefectures) entries.push(entry('prefecture', region.name, region.code, null));
  for (const region of index.counties) {
    if (index.byCode.get(region.code)?.level === 'prefecture') continue; // 济源: listed once, as a prefecture
    entries.push(entry('county', region.name, region.code, index.byCode.get(region.prefectureCode)?.name ?? null));
  }
  const seenZones = new Set<string>();
  for (const cluster of clusters) {
    for (const place of cluster.places) {
      if (place.zone === null || seenZones.has(`${place.zone}|${place.code}`)) continue;
      seenZones.add(`${place.zone}|${place.code}`);
      const host = index.byCode.get(place.code);
      if (host !== undefined) entries.push(entry('zone', place.zone, place.code, host.name));
    }
  }
  return entries;
}

const KIND_ORDER: Record<SearchEntry['kind'], number> = { prefecture: 0, county: 1, zone: 2 };

/** Ranked matches: exact name, name prefix, pinyin prefix, initials prefix, then substrings. */
export function searchPlaces(entries: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const text = query.trim().toLowerCase().replace(/[\s']/g, '');
  if (text === '') return [];
  const scored: { entry: SearchEntry; score: number }[] = [];
  for (const entry of entries) {
    let score = -1;
    if (entry.name === text) score = 0;
    else if (entry.name.startsWith(text)) score = 1;
    else if (entry.pinyin.startsWith(text)) score = 2;
    else if (entry.initials.startsWith(text)) score = 3;
    else if (entry.name.includes(text)) score = 4;
    else if (text.length >= 3 && entry.pinyin.includes(text)) score = 5;
    if (score >= 0) scored.push({ entry, score });
  }
  scored.sort(
    (a, b) => a.score - b.score || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || a.entry.name.length - b.entry.name.length,
  );
  return scored.slice(0, limit).map((item) => item.entry);
}
