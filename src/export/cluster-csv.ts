// The filtered clusters as CSV for spreadsheets: UTF-8 with a byte-order mark so that Excel reads the
// Chinese correctly; quoting and escaping by papaparse.
import Papa from 'papaparse';
import { contributionOf, originOf } from '../model/contribution';
import type { Placer } from '../model/placement';
import type { PlaceNames } from '../model/place-pinyin';
import type { AnnexRow, Cluster, PlanData } from '../model/types';
import { sectionName, unitName, zoneName, type ZoneNamesEn } from '../i18n/plan-text';

export const CSV_BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'id', 'nameZh', 'nameEn', 'industry', 'subIndustryZh', 'sizeYi', 'tier', 'kind', 'scope',
  'partOf', 'origin', 'sizeCountedYi', 'placeCodes', 'placeNames', 'zones', 'placements', 'countyCodes', 'leadUnits', 'participatingUnits', 'section', 'quote', 'noteZh', 'noteEn',
  // the same in English, for readers of the English UI
  'placeNamesEn', 'zonesEn', 'leadUnitsEn', 'participatingUnitsEn', 'sectionEn',
] as const;

/** What the English columns are named from: the loaded Atlas carries all three. */
export interface EnglishNames {
  placeNames: PlaceNames;
  zones: ZoneNamesEn;
  plan: Pick<PlanData, 'industries' | 'programmes'>;
}

/**
 * One row per designation. `sizeCountedYi` is what the designation adds to the atlas's size totals
 * (contribution.ts: 0 when it lies inside another, `partOf`, or is province-wide); `placements` and
 * `countyCodes` give, per place, how the atlas locates it (placement.ts: county, zone-county,
 * prefecture-whole, zone-unlocated) and the counties it counts in.
 */
export function clusterCsv(clusters: readonly Cluster[], placer: Placer, annexById: ReadonlyMap<string, AnnexRow>, english: EnglishNames): string {
  const regions = placer.index;
  const rows = clusters.map((cluster) => {
    const placements = placer.placementsOf(cluster);
    const annex = cluster.annexRowId === null ? undefined : annexById.get(cluster.annexRowId);
    return [
      cluster.id, cluster.nameZh, cluster.nameEn, cluster.industry, cluster.subIndustryZh ?? '',
      cluster.sizeYi ?? '', cluster.tier ?? '', cluster.kind, cluster.scope,
      cluster.partOf ?? '', originOf(cluster), contributionOf(cluster).sizeYi,
      cluster.places.map((place) => place.code).join(';'),
      cluster.places.map((place) => regions.byCode.get(place.code)?.name ?? '').join(';'),
      cluster.places.map((place) => place.zone ?? '').join(';'),
      placements.map((placement) => placement.kind).join(';'),
      [...new Set(placements.flatMap((placement) => placement.countyCodes))].join(';'),
      annex?.lead.join(';') ?? '', annex?.participating.join(';') ?? '',
      cluster.section, cluster.quote, cluster.noteZh ?? '', cluster.noteEn ?? '',
      cluster.places.map((place) => english.placeNames.english(regions.byCode.get(place.code)?.name ?? '')).join(';'),
      cluster.places.map((place) => (place.zone === null ? '' : zoneName(place.zone, 'en', english))).join(';'),
      annex?.lead.map((unit) => unitName(unit, 'en')).join(';') ?? '', annex?.participating.map((unit) => unitName(unit, 'en')).join(';') ?? '',
      sectionName(cluster.section, 'en', english.plan),
    ];
  });
  return CSV_BOM + Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' });
}
