// The filtered clusters as CSV for spreadsheets: UTF-8 with a byte-order mark so that Excel reads the
// Chinese correctly; quoting and escaping by papaparse.
import Papa from 'papaparse';
import type { RegionIndex } from '../model/regions';
import type { AnnexRow, Cluster } from '../model/types';

export const CSV_BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'id', 'nameZh', 'nameEn', 'industry', 'subIndustryZh', 'sizeYi', 'tier', 'kind', 'scope',
  'placeCodes', 'placeNames', 'zones', 'leadUnits', 'participatingUnits', 'section', 'quote', 'noteZh', 'noteEn',
] as const;

export function clusterCsv(clusters: readonly Cluster[], regions: RegionIndex, annexById: ReadonlyMap<string, AnnexRow>): string {
  const rows = clusters.map((cluster) => {
    const annex = cluster.annexRowId === null ? undefined : annexById.get(cluster.annexRowId);
    return [
      cluster.id, cluster.nameZh, cluster.nameEn, cluster.industry, cluster.subIndustryZh ?? '',
      cluster.sizeYi ?? '', cluster.tier ?? '', cluster.kind, cluster.scope,
      cluster.places.map((place) => place.code).join(';'),
      cluster.places.map((place) => regions.byCode.get(place.code)?.name ?? '').join(';'),
      cluster.places.map((place) => place.zone ?? '').join(';'),
      annex?.lead.join(';') ?? '', annex?.participating.join(';') ?? '',
      cluster.section, cluster.quote, cluster.noteZh ?? '', cluster.noteEn ?? '',
    ];
  });
  return CSV_BOM + Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' });
}
