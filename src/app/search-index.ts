// The full-text search index of the loaded atlas, built on the search box's first focus (this module
// is loaded then, with MiniSearch, the plan text and the reader's model) and kept for the session.
import type { Atlas } from '../data/load-atlas';
import { buildFullTextIndexInChunks, type FullTextIndex } from '../model/full-text-search';
import { buildSearchDocuments } from '../model/search-documents';
import { sectionName, unitName } from '../i18n/plan-text';
import { planReadingOf } from './plan-reading-of';

const indexes = new WeakMap<Atlas, Promise<FullTextIndex>>();

export function searchIndexOf(atlas: Atlas): Promise<FullTextIndex> {
  let index = indexes.get(atlas);
  if (index === undefined) {
    performance.mark('search:index-start');
    const documents = buildSearchDocuments(atlas.plan, atlas.searchEntries, planReadingOf(atlas), {
      unitEn: (unit) => unitName(unit, 'en'),
      sectionEn: (section) => sectionName(section, 'en', atlas.plan),
    });
    index = buildFullTextIndexInChunks(documents).then((built) => {
      performance.measure('search:index', 'search:index-start');
      performance.mark('search:index-ready');
      return built;
    });
    indexes.set(atlas, index);
  }
  return index;
}
