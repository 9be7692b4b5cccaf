// The header search: regions (Chinese, pinyin, initials) at once, and, once its index has loaded on
// the first focus, zones, clusters and bases, 专项, units and the plan's paragraphs, grouped by kind.
// Keyboard: type, ↑/↓ (Home/End) to choose, Enter to go, Esc to clear and close; focus stays in the box.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FullTextIndex } from '../model/full-text-search';
import { searchEverything, type SearchResult } from '../model/search-groups';
import type { SearchEntry } from '../model/search';
import type { SearchTarget } from '../model/search-documents';
import type { Language } from '../state/view-state';
import type { AdminCode } from '../model/types';

interface Props {
  entries: readonly SearchEntry[];
  language: Language;
  /** A region (or, before the index is there, a zone's host region) was chosen. */
  onChoose: (code: AdminCode) => void;
  /** Loads the full-text index; called on the first focus, so the first map never waits for it. */
  loadIndex?: () => Promise<FullTextIndex>;
  /** A result of the full-text index was chosen: the map view or the reader it leads to. */
  onChooseTarget?: (target: SearchTarget) => void;
}

export function SearchBox({ entries, language, onChoose, loadIndex, onChooseTarget }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [index, setIndex] = useState<FullTextIndex | null>(null);
  const loading = useRef(false);
  const listId = useId();
  // A press outside the search box hides the list (the text stays; focus or typing shows it again).
  const [hidden, setHidden] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && rootRef.current !== null && !rootRef.current.contains(event.target)) setHidden(true);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, []);
  const groups = useMemo(() => query.trim() === '' ? [] : searchEverything(entries, index, query), [entries, index, query]);
  const results = useMemo(() => groups.flatMap((group) => group.results), [groups]);
  const english = language === 'en';

  const startLoading = () => {
    if (loadIndex === undefined || loading.current) return;
    loading.current = true;
    loadIndex().then(setIndex, () => { loading.current = false; }); // a failed load is retried on the next focus
  };
  const choose = (result: SearchResult | undefined) => {
    if (result === undefined) return;
    if (result.kind === 'region') onChoose(result.entry.code);
    else onChooseTarget?.(result.document.target);
    setQuery('');
  };
  const showList = query.trim() !== '' && !hidden;
  let position = -1;
  return (
    <div className="search" role="search" ref={rootRef}>
      <input
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={showList && results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && results.length > 0 ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        onFocus={() => { startLoading(); setHidden(false); }}
        onChange={(event) => { setQuery(event.target.value); setActive(0); setHidden(false); }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') { event.preventDefault(); setActive((current) => Math.min(current + 1, results.length - 1)); }
          else if (event.key === 'ArrowUp') { event.preventDefault(); setActive((current) => Math.max(current - 1, 0)); }
          else if (event.key === 'Home' && showList) { event.preventDefault(); setActive(0); }
          else if (event.key === 'End' && showList) { event.preventDefault(); setActive(Math.max(results.length - 1, 0)); }
          else if (event.key === 'Enter') { event.preventDefault(); if (showList) choose(results[active]); }
          else if (event.key === 'Escape') { event.preventDefault(); setQuery(''); } // closes the list; focus stays here
        }}
      />
      {showList && (
        <div id={listId} role="listbox" className="search-results" aria-label={t('search.label')}>
          {results.length === 0 && <div className="empty" role="presentation">{t('search.noResults')}</div>}
          {groups.map((group) => (
            <div key={group.kind} role="group" aria-labelledby={`${listId}-${group.kind}`} className={`search-group search-group-${group.kind}`}>
              <div id={`${listId}-${group.kind}`} role="presentation" className="search-group-title">{t(`search.groups.${group.kind}`)}</div>
              {group.results.map((result) => {
                position += 1;
                const at = position;
                return (
                  <div key={result.kind === 'region' ? `${result.entry.kind}-${result.entry.name}-${result.entry.code}` : result.document.id}
                    id={`${listId}-${at}`} role="option" aria-selected={at === active} className="search-option"
                    onMouseDown={(event) => { event.preventDefault(); choose(result); }}
                    onMouseEnter={() => setActive(at)}>
                    {result.kind === 'region' ? (
                      <>
                        <span className="kind">{t(`search.${result.entry.kind}`)}</span>
                        {english ? result.entry.nameEn : result.entry.name}
                        {result.entry.context !== null && <span className="context"> · {english ? result.entry.contextEn : result.entry.context}</span>}
                      </>
                    ) : (
                      <>
                        {/* A paragraph is the plan's own words: Chinese in both languages. */}
                        {result.kind === 'paragraph'
                          ? <span lang="zh-CN" data-verbatim="">{result.document.titleZh}</span>
                          : english ? result.document.titleEn : result.document.titleZh}
                        {result.document.contextZh !== null && (
                          <span className="context"> · {english ? result.document.contextEn : result.document.contextZh}</span>
                        )}
                      </>
                    )}
                  </div>
                );
              })}
            </div>
          ))}
          {loadIndex !== undefined && index === null && <div className="muted loading" role="presentation">{t('search.loading')}</div>}
        </div>
      )}
    </div>
  );
}
