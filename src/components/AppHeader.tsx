// The app's header: title (home), page navigation, search, export menu and language switch.
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { FullTextIndex } from '../model/full-text-search';
import type { SearchEntry } from '../model/search';
import type { SearchTarget } from '../model/search-documents';
import type { AdminCode } from '../model/types';
import type { Language, Page } from '../state/view-state';
import { ExportMenu } from './ExportMenu';
import { SearchBox } from './SearchBox';

export interface NavItem { page: Page; href: string; label: string }

interface Props {
  homeHref: string;
  navItems: readonly NavItem[];
  activePage: Page;
  searchEntries: readonly SearchEntry[];
  language: Language;
  onChooseRegion: (code: AdminCode) => void;
  /** The full-text search (zones, clusters, 专项, units, the plan), loaded on the search box's first focus. */
  loadSearchIndex?: () => Promise<FullTextIndex>;
  onChooseTarget?: (target: SearchTarget) => void;
  onSwitchLanguage: () => void;
  exports: Parameters<typeof ExportMenu>[0];
}

export function AppHeader({ homeHref, navItems, activePage, searchEntries, language, onChooseRegion, loadSearchIndex, onChooseTarget, onSwitchLanguage, exports }: Props) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <h1><NavLink to={homeHref}>{t('app.title')}</NavLink></h1>
      <nav aria-label={t('app.navigation')}>
        {navItems.map((item) => (
          <NavLink key={item.page} to={item.href}
            className={activePage === item.page ? 'active' : undefined} aria-current={activePage === item.page ? 'page' : undefined}>
            {item.label}
          </NavLink>
        ))}
      </nav>
      <SearchBox entries={searchEntries} language={language} onChoose={onChooseRegion} loadIndex={loadSearchIndex} onChooseTarget={onChooseTarget} />
      <ExportMenu {...exports} />
      <button type="button" className="language" lang={language === 'zh' ? 'en' : 'zh-CN'} onClick={onSwitchLanguage}>
        {t('app.switchLanguage')}
      </button>
    </header>
  );
}
