// The atlas once data is loaded: header, filters, map (or table / comparison), side panel, or the
// presentation. All view state lives in the URL; this component only wires state to views.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Atlas } from '../data/load-atlas';
import { boundsOf, type Bounds } from '../model/geometry';
import { playedSlides } from '../model/story';
import { buildTour } from '../model/tour';
import type { AdminCode } from '../model/types';
import type { MapHandle } from '../map/map-handle';
import type { SearchTarget } from '../model/search-documents';
import { AppHeader } from '../components/AppHeader';
import { EmbedView } from '../components/EmbedView';
import { FilterPanel, type FilterValues } from '../components/FilterPanel';
import { NoticeBar } from '../components/NoticeBar';
import { PresentationView } from '../components/PresentationView';
import { ProvinceOverview } from '../components/ProvinceOverview';
import { RegionDetail } from '../components/RegionDetail';
import { ReconcileNote } from '../components/ReconcileNote';
import { QrButton } from '../components/QrButton';
import { StoryDock } from '../components/StoryDock';
import { TourSidebar } from '../components/TourSidebar';
import { i18n } from '../i18n/i18n';
import { MAX_PINS, type Page, type ParseContext, type ViewState } from '../state/view-state';
import { useViewState } from '../state/use-view-state';
import { describeFilters } from './filter-text';
import { pageHref, planHref, presentHref, regionHref } from './paths';
import { ChunkBoundary } from './ChunkBoundary';
import { MapPane, type SvgOnlyReason } from './MapPane';
import { MAP_PADDING, NARROW_MAP_PADDING, PRESENT_PADDING } from './map-padding';
import { useDerivedView } from './use-derived-view';
import { useExports } from './use-exports';
import { slideText, viewName } from './slide-text';
import { useDocumentTitle } from './use-document-title';
import { useStoryDock } from './use-story-dock';

// Pages other than the map load on first use, so the first map ships less code.
const ComparePanel = lazy(() => import('../components/ComparePanel').then((module) => ({ default: module.ComparePanel })));
const NearbyPanel = lazy(() => import('../components/NearbyPanel').then((module) => ({ default: module.NearbyPanel })));
const SiteFinderPanel = lazy(() => import('../components/SiteFinderPanel').then((module) => ({ default: module.SiteFinderPanel })));
const TableView = lazy(() => import('../components/TableView').then((module) => ({ default: module.TableView })));
// The plan reader brings the plan text with it (src/data/plan-source.ts).
const PlanPage = lazy(() => import('./PlanPage'));

const NAV_PAGES: Page[] = ['map', 'table', 'finder', 'compare', 'nearby', 'plan', 'present'];
const NARROW = '(max-width: 900px)';

function useMediaQuery(query: string): boolean {
  const supported = typeof window.matchMedia === 'function';
  const [matches, setMatches] = useState(() => supported && window.matchMedia(query).matches);
  useEffect(() => {
    if (!supported) return;
    const list = window.matchMedia(query);
    const onChange = () => setMatches(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query, supported]);
  return matches;
}

declare global {
  interface Window {
    /** Read-only hooks for the browser tests and the benchmark; only where they asked for them. */
    atlasDebug?: { project: (lngLat: [number, number]) => { x: number; y: number } | null };
    /** Set by the browser tests (an init script) before the app starts; never by the app. */
    atlasTestHooks?: boolean;
  }
}

export function AtlasApp({ atlas }: { atlas: Atlas }) {
  const { t } = useTranslation();
  const tour = useMemo(() => buildTour(atlas.plan.programmes, atlas.plan.industries, atlas.plan.clusters), [atlas]);
  const context = useMemo<ParseContext>(
    () => ({ isRegionCode: (code) => atlas.regions.byCode.has(code), tourLength: tour.length }),
    [atlas, tour],
  );
  const { state: urlState, notices, setView } = useViewState(context);
  const presenting = urlState.page === 'present';
  // The presentation plays the story in the URL, else the built-in tour: the slide decides the view.
  const slides = useMemo(() => playedSlides(urlState.story, tour), [urlState.story, tour]);
  const slide = slides[Math.min(urlState.step, slides.length) - 1];
  const state: ViewState = presenting ? { ...urlState, ...slide.view, page: urlState.page } : urlState;
  const { filtered, figures, figuresByLevel, prefectureWide, classification, countsByIndustry } = useDerivedView(atlas, state);
  // In the URL like every other choice (?basemap=osm), so a shared link shows the same map.
  const basemap = urlState.basemap;
  const [mapError, setMapError] = useState<string | null>(null);
  // Set when the SVG map is the whole map (no WebGL 2, or MapLibre failed): said once in a notice.
  const [svgOnly, setSvgOnly] = useState<SvgOnlyReason | null>(null);
  const narrow = useMediaQuery(NARROW);
  const mapRef = useRef<MapHandle | null>(null);

  useEffect(() => {
    void i18n.changeLanguage(state.language);
    document.documentElement.lang = state.language === 'en' ? 'en' : 'zh-CN';
  }, [state.language]);

  const boundsByCode = useMemo(() => {
    const bounds = new Map<AdminCode, Bounds>();
    for (const feature of atlas.boundaries.counties.features) bounds.set(feature.properties.code, boundsOf(feature));
    for (const feature of atlas.boundaries.prefectures.features) bounds.set(feature.properties.code, boundsOf(feature));
    return bounds;
  }, [atlas]);
  const region = state.regionCode === null ? null : atlas.regions.byCode.get(state.regionCode) ?? null;
  const focusBounds = (region !== null ? boundsByCode.get(region.code) : undefined) ?? atlas.boundaries.bbox;
  const filterText = describeFilters(atlas, state, t);
  const hatched = state.level === 'county' && prefectureWide.size > 0;
  const exports = useExports(atlas, state, filtered, figures, classification, filterText, hatched, () => mapRef.current);
  // The slide's text only when presenting: on other pages it would be built on every render for nothing.
  const tourText = presenting ? slideText(atlas, slide, filtered, state.language, t) : null;
  useDocumentTitle(tourText !== null ? tourText.title : urlState.page === 'plan' ? t('reader.title') : viewName(atlas, state, state.language, t), t);
  const storyDock = useStoryDock(atlas, urlState, slides, tour, setView);

  const onFilterChange = useCallback((change: Partial<FilterValues>) => {
    setView(change);
  }, [setView]);

  const callbacks = useMemo(() => ({
    onSelect: (code: AdminCode | null) => {
      if (urlState.page === 'nearby' || urlState.page === 'present') return;
      setView({ regionCode: code, page: 'map' }); // from the site finder too: the region's panel is on the map page
    },
    onPointClick: (lngLat: [number, number]) => {
      if (urlState.page === 'nearby') setView({ point: lngLat });
    },
    onError: (message: string) => setMapError(message),
  }), [setView, urlState.page]);

  const onMap = useCallback((map: MapHandle | null) => {
    mapRef.current = map;
    // Not in production: a page gets the hook only when the test harness asked for it first.
    if (window.atlasTestHooks === true) window.atlasDebug = { project: (lngLat) => mapRef.current?.project(lngLat) ?? null };
  }, []);

  // What the map cannot do here, said once, on the map page and in the presentation alike.
  const mapNotices = [
    ...(svgOnly === null ? [] : [t(svgOnly === 'gl-failed' ? 'app.glFailed' : 'app.noWebgl')]),
    ...(mapError === null ? [] : [t('app.mapError', { detail: mapError })]),
  ];
  const hrefForRegion = (code: AdminCode | null) => regionHref(urlState, code);
  const contextHref = (anchor: string) => planHref(urlState, anchor);
  // The full-text search loads on the search box's first focus, with the plan text (search-index.ts).
  const loadSearchIndex = useCallback(() => import('./search-index').then((module) => module.searchIndexOf(atlas)), [atlas]);
  const onChooseTarget = (target: SearchTarget) => setView(target.page === 'plan'
    ? { page: 'plan', anchor: target.anchor, regionCode: null }
    : { page: 'map', regionCode: target.regionCode, industries: target.industry === null ? urlState.industries : [target.industry] });
  const togglePin = (code: AdminCode) => setView({ pins: urlState.pins.includes(code) ? urlState.pins.filter((item) => item !== code) : [...urlState.pins, code] });
  const pinned = region !== null && urlState.pins.includes(region.code);
  const canPin = urlState.pins.length < MAX_PINS;

  const mapView = (presentation: boolean) => (
    <MapPane
      boundaries={atlas.boundaries} presenting={presentation} onSvgOnly={setSvgOnly} callbacks={callbacks} label={t('app.mapLabel')} onMap={onMap}
      level={state.level} fillColors={classification.colors} prefectureWide={prefectureWide} selectedCode={state.regionCode} language={state.language}
      basemap={basemap} focusBounds={focusBounds} padding={presentation ? PRESENT_PADDING : narrow ? NARROW_MAP_PADDING : MAP_PADDING}
      marker={urlState.page === 'nearby' ? urlState.point : null}
      classification={classification} figures={figures} regions={atlas.regions} placeNames={atlas.placeNames} filterText={filterText} hatched={hatched}
    />
  );

  if (urlState.embed && !presenting) {
    return <EmbedView openHref={pageHref({ ...urlState, embed: false }, urlState.page)}>{mapView(false)}</EmbedView>;
  }

  if (tourText !== null) {
    return (
      <PresentationView step={urlState.step} stepCount={slides.length} title={tourText.title} subtitle={tourText.subtitle}
        onStep={(step) => setView({ step })} onExit={() => setView({ page: 'map', step: 1 })} controls={<QrButton url={storyDock.slideUrl(slide)} />}
        notice={<NoticeBar notices={notices} extra={mapNotices} />}>
        {mapView(true)}
        <TourSidebar items={tourText.items} />
      </PresentationView>
    );
  }

  const page = presenting ? 'map' : urlState.page;
  const mainContent = page === 'table'
    ? <TableView regions={atlas.regions} placeNames={atlas.placeNames} zones={atlas.zones} figures={figures} clusters={filtered} industryById={atlas.industryById} language={state.language} regionHref={hrefForRegion}
        reconcileNote={<ReconcileNote placer={atlas.placer} level={state.level} clusters={filtered} figures={figures} language={state.language} />} />
    : page === 'compare'
      ? <ComparePanel atlas={atlas} pins={urlState.pins} clusters={filtered} language={state.language} regionHref={hrefForRegion}
          onUnpin={(code) => setView({ pins: urlState.pins.filter((item) => item !== code) })} />
      : mapView(false);

  const panel = page === 'finder'
    ? <SiteFinderPanel atlas={atlas} industry={state.industries[0] ?? null} minimumTier={state.tier} language={state.language}
        onChange={(change) => setView({ ...change, level: 'county', metric: 'tier' })} regionHref={hrefForRegion}
        pins={urlState.pins} onPin={togglePin} canPin={canPin} contextHref={contextHref} />
    : page === 'nearby'
      ? <NearbyPanel atlas={atlas} point={urlState.point} radiusKm={urlState.radiusKm} clusters={filtered} language={state.language}
          onChange={(change) => setView(change)} regionHref={hrefForRegion} />
      : region === null
        ? <ProvinceOverview atlas={atlas} clusters={filtered} figures={figures} level={state.level} language={state.language} contextHref={contextHref}
            selectedIndustries={state.industries} regionHref={hrefForRegion} />
        : <RegionDetail atlas={atlas} region={region} clusters={filtered} figures={figuresByLevel[region.level].get(region.code)} contextHref={contextHref}
            language={state.language} regionHref={hrefForRegion} pinned={pinned} canPin={canPin}
            onTogglePin={() => togglePin(region.code)}
            onDrill={region.level === 'prefecture' && state.level === 'prefecture' ? () => setView({ level: 'county' }) : null} />;

  return (
    <div className={`app page-${page}`}>
      {/* The first Tab stop: past the header and the filters to the map, table or page itself. */}
      <a className="skip-link" href="#main-content" onClick={(event) => {
        event.preventDefault(); // focus only: a #fragment would add a history entry and change the URL
        document.getElementById('main-content')?.focus();
      }}>{t('app.skipToMain')}</a>
      <AppHeader
        homeHref={regionHref({ ...urlState, page: 'map' }, null)}
        navItems={NAV_PAGES.map((target) => ({
          page: target,
          href: target === 'present' ? presentHref(urlState, 1) : pageHref({ ...urlState, regionCode: target === 'map' ? urlState.regionCode : null }, target),
          label: t(`nav.${target}`) + (target === 'compare' && urlState.pins.length > 0 ? ` (${urlState.pins.length})` : ''),
        }))}
        activePage={page} searchEntries={atlas.searchEntries} language={state.language}
        onChooseRegion={(code) => setView({ page: 'map', regionCode: code })}
        loadSearchIndex={loadSearchIndex} onChooseTarget={onChooseTarget}
        onSwitchLanguage={() => setView({ language: state.language === 'zh' ? 'en' : 'zh' })}
        exports={{ ...exports, pngAvailable: page !== 'table' && page !== 'compare' && page !== 'plan' }}
      />

      <NoticeBar notices={notices} extra={mapNotices} />

      {page === 'plan' ? (
        <ChunkBoundary><Suspense fallback={<p className="muted loading">{t('reader.loading')}</p>}><PlanPage atlas={atlas} state={urlState} setView={setView} /></Suspense></ChunkBoundary>
      ) : (
      <div className="app-body">
        <aside className="sidebar" aria-label={t('filters.title')}>
          <StoryDock {...storyDock} />
          <FilterPanel
            industries={state.industries} programme={state.programme} tier={state.tier}
            metric={state.metric} level={state.level} basemap={basemap}
            programmes={atlas.plan.programmes} allIndustries={atlas.plan.industries}
            language={state.language} countsByIndustry={countsByIndustry} onChange={onFilterChange}
          />
        </aside>
        <main className="main" id="main-content" tabIndex={-1}><ChunkBoundary key={page}><Suspense fallback={<p className="muted loading">{t('app.loading')}</p>}>{mainContent}</Suspense></ChunkBoundary>
          {basemap && page !== 'table' && page !== 'compare' && (
            <p className="basemap-attribution"><a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noreferrer noopener">{t('filters.basemapAttribution')}</a></p>
          )}
        </main>
        <p className="print-source">{filterText !== null && `${t('filters.active', { text: filterText })} · `}{t('export.sourceLine')}</p>
        <aside className="panel" aria-live="polite" aria-label={t('app.panel')}><ChunkBoundary key={page}><Suspense fallback={<p className="muted loading">{t('app.loading')}</p>}>{panel}</Suspense></ChunkBoundary></aside>
      </div>
      )}
    </div>
  );
}
