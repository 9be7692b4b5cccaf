// The atlas once data is loaded: header, filters, map or table, detail panel. State lives in the URL.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Atlas } from '../data/load-atlas';
import { boundsOf, type Bounds } from '../model/geometry';
import type { AdminCode } from '../model/types';
import { AtlasMap, isWebglAvailable } from '../map/atlas-map';
import { MapView } from '../map/MapView';
import { SCREEN_PALETTE } from '../map/palette';
import { buildStyle } from '../map/style';
import fontUrl from '../assets/fonts/atlas-sans-400.woff2?url';
import { FilterPanel, type FilterValues } from '../components/FilterPanel';
import { Legend } from '../components/Legend';
import { NoticeBar } from '../components/NoticeBar';
import { ProvinceOverview } from '../components/ProvinceOverview';
import { RegionDetail } from '../components/RegionDetail';
import { SearchBox } from '../components/SearchBox';
import { TableView } from '../components/TableView';
import { Tooltip } from '../components/Tooltip';
import { i18n } from '../i18n/i18n';
import { placeName } from '../i18n/names';
import { MAX_PINS, type Page, type ParseContext } from '../state/view-state';
import { useViewState } from '../state/use-view-state';
import { describeFilters } from './filter-text';
import { pageHref, regionHref } from './paths';
import { useDerivedView } from './use-derived-view';
import { TOUR_LENGTH } from './tour-length';

const NAV_PAGES: Page[] = ['map', 'table'];
const MAP_PADDING = { top: 32, right: 32, bottom: 32, left: 32 };

export function AtlasApp({ atlas }: { atlas: Atlas }) {
  const { t } = useTranslation();
  const context = useMemo<ParseContext>(
    () => ({ isRegionCode: (code) => atlas.regions.byCode.has(code), tourLength: TOUR_LENGTH }),
    [atlas],
  );
  const { state, notices, setView } = useViewState(context);
  const { filtered, figures, classification, fillColor, countsByIndustry } = useDerivedView(atlas, state);
  const [basemap, setBasemap] = useState(false);
  const [hover, setHover] = useState<{ code: AdminCode; point: { x: number; y: number } } | null>(null);
  const [mapError, setMapError] = useState<string | null>(null);
  const webgl = useMemo(() => isWebglAvailable(), []);
  const mapRef = useRef<AtlasMap | null>(null);
  const readyMarked = useRef(false);

  useEffect(() => {
    void i18n.changeLanguage(state.language);
    document.documentElement.lang = state.language === 'en' ? 'en' : 'zh-CN';
  }, [state.language]);

  const style = useMemo(() => buildStyle(atlas.boundaries, { palette: SCREEN_PALETTE, fontUrl, labelScale: 1 }), [atlas]);
  const boundsByCode = useMemo(() => {
    const bounds = new Map<AdminCode, Bounds>();
    for (const feature of atlas.boundaries.counties.features) bounds.set(feature.properties.code, boundsOf(feature));
    for (const feature of atlas.boundaries.prefectures.features) bounds.set(feature.properties.code, boundsOf(feature));
    return bounds;
  }, [atlas]);
  const region = state.regionCode === null ? null : atlas.regions.byCode.get(state.regionCode) ?? null;
  const focusBounds = (region !== null ? boundsByCode.get(region.code) : undefined) ?? atlas.boundaries.bbox;
  const filterText = describeFilters(atlas, state, t);

  const onFilterChange = useCallback((change: Partial<FilterValues>) => {
    const { basemap: nextBasemap, ...viewChange } = change;
    if (nextBasemap !== undefined) setBasemap(nextBasemap);
    if (Object.keys(viewChange).length > 0) setView(viewChange);
  }, [setView]);

  const callbacks = useMemo(() => ({
    onHover: setHover,
    onSelect: (code: AdminCode | null) => setView({ regionCode: code }),
    onReady: () => {
      if (!readyMarked.current) performance.mark('map:ready');
      readyMarked.current = true;
    },
    onError: (message: string) => setMapError(message),
  }), [setView]);

  const hrefForRegion = (code: AdminCode | null) => regionHref(state, code);
  const hoverName = hover === null ? null : atlas.regions.byCode.get(hover.code)?.name ?? null;
  const pinned = region !== null && state.pins.includes(region.code);
  const showTable = state.page === 'table' || !webgl;

  return (
    <div className={`app page-${state.page}`}>
      <header className="app-header">
        <h1><NavLink to={regionHref(state, null)}>{t('app.title')}</NavLink></h1>
        <nav aria-label={t('app.title')}>
          {NAV_PAGES.map((page) => (
            <NavLink key={page} to={pageHref({ ...state, regionCode: page === 'map' ? state.regionCode : null }, page)}
              className={state.page === page ? 'active' : undefined} aria-current={state.page === page ? 'page' : undefined}>
              {t(`nav.${page}`)}
            </NavLink>
          ))}
        </nav>
        <SearchBox entries={atlas.searchEntries} language={state.language}
          onChoose={(code) => setView({ page: 'map', regionCode: code })} />
        <button type="button" className="language" lang={state.language === 'zh' ? 'en' : 'zh-CN'}
          onClick={() => setView({ language: state.language === 'zh' ? 'en' : 'zh' })}>
          {t('app.switchLanguage')}
        </button>
      </header>

      <NoticeBar notices={notices} extra={[
        ...(webgl ? [] : [t('app.noWebgl')]),
        ...(mapError === null ? [] : [t('app.mapError', { detail: mapError })]),
      ]} />

      <div className="app-body">
        <aside className="sidebar">
          <FilterPanel
            industries={state.industries} programme={state.programme} tier={state.tier}
            metric={state.metric} level={state.level} basemap={basemap}
            programmes={atlas.plan.programmes} allIndustries={atlas.plan.industries}
            language={state.language} countsByIndustry={countsByIndustry} onChange={onFilterChange}
          />
        </aside>

        <main className="main">
          {showTable ? (
            <TableView regions={atlas.regions} figures={figures} clusters={filtered} industryById={atlas.industryById}
              language={state.language} regionHref={hrefForRegion} />
          ) : (
            <div className="map-wrap">
              <MapView
                style={style} callbacks={callbacks} label={t('app.title')}
                onMap={(map) => { mapRef.current = map; }}
                level={state.level} fillColor={fillColor} selectedCode={state.regionCode} language={state.language}
                basemap={basemap} focusBounds={focusBounds} padding={MAP_PADDING}
              />
              <Legend classification={classification} level={state.level} language={state.language} filterText={filterText} />
              {hover !== null && hoverName !== null && (
                <Tooltip name={placeName(hoverName, state.language)} figures={figures.get(hover.code)} point={hover.point} language={state.language} />
              )}
            </div>
          )}
        </main>

        <aside className="panel" aria-live="polite">
          {region === null ? (
            <ProvinceOverview atlas={atlas} clusters={filtered} figures={figures} language={state.language}
              selectedIndustries={state.industries} regionHref={hrefForRegion} />
          ) : (
            <RegionDetail
              atlas={atlas} region={region} clusters={filtered} figures={figures.get(region.code)}
              language={state.language} regionHref={hrefForRegion}
              pinned={pinned} canPin={state.pins.length < MAX_PINS}
              onTogglePin={() => setView({ pins: pinned ? state.pins.filter((code) => code !== region.code) : [...state.pins, region.code] })}
            />
          )}
        </aside>
      </div>
    </div>
  );
}
