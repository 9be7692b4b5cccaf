// Full-text search over the search documents with MiniSearch. Chinese has no spaces between words, so
// a run of Han characters is indexed as its overlapping character pairs ("超硬材料" → 超硬 硬材 材料) and a
// query must contain all of its pairs (AND): a phrase of the plan finds the paragraphs that hold it.
// Latin words are lower-cased and matched by prefix ("airp" finds "Airport").
// Pure: documents in, ranked results out; no DOM, no I/O.
import MiniSearch from 'minisearch';
import type { SearchDocument } from './search-documents';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const TOKEN = /[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+(?:\.[0-9]+)?/gu;

/** Han runs as character bigrams (a single character alone), other runs as lower-case words. */
export function searchTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const [run] of text.toLowerCase().matchAll(TOKEN)) {
    if (!HAN.test(run)) { tokens.push(run); continue; }
    const characters = [...run];
    if (characters.length === 1) tokens.push(run);
    for (let index = 0; index + 1 < characters.length; index++) tokens.push(characters[index] + characters[index + 1]);
  }
  return tokens;
}

/**
 * The index's form of a token: a Han token becomes "~" and the hex code points of its characters
 * ("超硬" → "~8d85786c"). MiniSearch's radix tree scans a node's children on every insert; with Han
 * bigrams its root had thousands of children, and indexing the plan took four times as long as with
 * sixteen hex digits per level (one node run over the plan's lines on this machine: 557 ms vs 146 ms). The "~" keeps them
 * apart from Latin words, and marks the terms that take neither prefix nor fuzzy matching.
 */
function indexTerm(token: string): string {
  if (!HAN.test(token)) return token;
  return `~${[...token].map((character) => character.codePointAt(0)!.toString(16).padStart(5, '0')).join('')}`;
}

const indexTerms = (text: string): string[] => searchTokens(text).map(indexTerm);
const isHanTerm = (term: string): boolean => term.startsWith('~');

export interface SearchHit {
  document: SearchDocument;
  score: number;
}

export interface FullTextIndex {
  documents: ReadonlyMap<string, SearchDocument>;
  search: (query: string) => SearchHit[];
}

function createIndex(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    fields: ['titleZh', 'titleEn', 'text', 'english', 'pinyin'],
    tokenize: indexTerms,
    processTerm: (term) => term,
    searchOptions: {
      // A name counts more than the words of a sentence or paragraph.
      boost: { titleZh: 4, titleEn: 3, english: 2, pinyin: 2 },
      combineWith: 'AND',
      // Prefixes for Latin words only: a Han bigram is already a whole token.
      prefix: (term) => !isHanTerm(term) && term.length >= 2,
      fuzzy: (term) => (!isHanTerm(term) && term.length >= 6 ? 0.2 : false),
    },
  });
}

function wrap(index: MiniSearch<SearchDocument>, documents: readonly SearchDocument[]): FullTextIndex {
  const byId = new Map(documents.map((document) => [document.id, document]));
  return {
    documents: byId,
    search: (query) => {
      if (searchTokens(query).length === 0) return [];
      return index.search(query).map((result) => ({ document: byId.get(String(result.id))!, score: result.score }));
    },
  };
}

export function buildFullTextIndex(documents: readonly SearchDocument[]): FullTextIndex {
  const index = createIndex();
  index.addAll(documents);
  return wrap(index, documents);
}

/** The same index built in chunks, so that typing and the region results stay responsive meanwhile. */
export async function buildFullTextIndexInChunks(documents: readonly SearchDocument[]): Promise<FullTextIndex> {
  const index = createIndex();
  await index.addAllAsync(documents, { chunkSize: 40 });
  return wrap(index, documents);
}
