// Keyboard search over prefectures, counties and zones: type, arrow keys to choose, Enter to jump.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchPlaces, type SearchEntry } from '../model/search';
import type { Language } from '../state/view-state';
import type { AdminCode } from '../model/types';

interface Props {
  entries: readonly SearchEntry[];
  language: Language;
  onChoose: (code: AdminCode) => void;
}

export function SearchBox({ entries, language, onChoose }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = useMemo(() => searchPlaces(entries, query), [entries, query]);
  const choose = (entry: SearchEntry | undefined) => {
    if (entry === undefined) return;
    onChoose(entry.code);
    setQuery('');
  };
  return (
    <div className="search" role="search">
      <input
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-activedescendant={results.length > 0 ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(event) => { setQuery(event.target.value); setActive(0); }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') { event.preventDefault(); setActive((index) => Math.min(index + 1, results.length - 1)); }
          else if (event.key === 'ArrowUp') { event.preventDefault(); setActive((index) => Math.max(index - 1, 0)); }
          else if (event.key === 'Enter') { event.preventDefault(); choose(results[active]); }
          else if (event.key === 'Escape') setQuery('');
        }}
      />
      {query.trim() !== '' && (
        <ul id={listId} role="listbox" className="search-results">
          {results.length === 0 && <li className="empty">{t('search.noResults')}</li>}
          {results.map((entry, index) => (
            <li
              key={`${entry.kind}-${entry.name}-${entry.code}`}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => { event.preventDefault(); choose(entry); }}
            >
              <span className="kind">{t(`search.${entry.kind}`)}</span>
              {language === 'en' ? entry.nameEn : entry.name}
              {entry.context !== null && <span className="context"> · {language === 'en' ? entry.contextEn : entry.context}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
