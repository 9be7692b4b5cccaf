// Search results grouped by kind: regions from the place ranking (search.ts: Chinese, pinyin,
// initials), then what the full-text index finds. Its own module, without MiniSearch, so that the
// search box on the first map's path does not carry the index code (full-text-search.ts loads lazily).
// Pure: entries, an index (or null before it has loaded) and a query in, groups out.
import type { FullTextIndex } from './full-text-search';
import { searchPlaces, type SearchEntry } from './search';
import type { SearchDocument, SearchKind } from './search-documents';

export interface SearchGroup {
  kind: SearchKind;
  results: SearchResult[];
}

/** One row of the results: a region from the place ranking, or a document from the full-text index. */
export type SearchResult =
  | { kind: 'region'; entry: SearchEntry }
  | { kind: Exclude<SearchKind, 'region'>; document: SearchDocument };

export const SEARCH_KINDS: readonly SearchKind[] = ['region', 'zone', 'cluster', 'project', 'unit', 'paragraph'];

/** How many rows each group shows at most. */
export const GROUP_LIMITS: Readonly<Record<SearchKind, number>> = { region: 5, zone: 4, cluster: 6, project: 4, unit: 3, paragraph: 5 };

/**
 * Results grouped by kind in a fixed order: regions (Chinese, pinyin, initials: search.ts), then zones,
 * clusters and bases, 专项, units and the plan's paragraphs (full text), each group best first.
 * Without the index (not loaded yet) only the place ranking answers, zones included.
 */
export function searchEverything(entries: readonly SearchEntry[], index: FullTextIndex | null, query: string): SearchGroup[] {
  const groups: SearchGroup[] = [];
  const places = searchPlaces(entries, query, 12).filter((entry) => index === null || entry.kind !== 'zone');
  const regions = places.slice(0, index === null ? 8 : GROUP_LIMITS.region);
  if (regions.length > 0) groups.push({ kind: 'region', results: regions.map((entry) => ({ kind: 'region', entry })) });
  if (index === null) return groups;
  const hits = index.search(query);
  // A zone found by its pinyin prefix ("hangkong") ranks like the place ranking would have it.
  const zonesByPlaces = searchPlaces(entries, query, 12).filter((entry) => entry.kind === 'zone').map((entry) => `zone-${entry.name}-${entry.code}`);
  for (const kind of SEARCH_KINDS.slice(1)) {
    const ofKind = hits.filter((hit) => hit.document.kind === kind).map((hit) => hit.document);
    if (kind === 'zone') {
      for (const id of zonesByPlaces.reverse()) {
        const document = index.documents.get(id);
        if (document !== undefined && !ofKind.includes(document)) ofKind.unshift(document);
      }
    }
    const results = ofKind.slice(0, GROUP_LIMITS[kind]).map((document) => ({ kind, document }) as SearchResult);
    if (results.length > 0) groups.push({ kind, results });
  }
  return groups;
}
