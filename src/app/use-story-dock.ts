// Wires the story dock to the URL: the story is part of the view state, so adding, editing and
// reordering slides is a navigation, and the link always holds the whole deck.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Atlas } from '../data/load-atlas';
import { filterClusters } from '../model/cluster-filter';
import { addSlide, slideOfView, tourSlides, type PlayedSlide, type SlidePage, type Story } from '../model/story';
import type { TourStep } from '../model/tour';
import { DEFAULT_VIEW_STATE, serializeViewState, type ViewState } from '../state/view-state';
import type { StoryExportOptions } from '../components/StoryPanel';
import { presentHref } from './paths';
import { slideText, viewName } from './slide-text';

const SLIDE_PAGE_OF: Partial<Record<ViewState['page'], SlidePage>> = { table: 'table', finder: 'finder' };

/** Absolute address of a path of this app (for links leaving the page: clipboard, QR codes), below
 * the sub-path the app was built for (ATLAS_BASE). */
export function absoluteUrl(path: string): string {
  return new URL(import.meta.env.BASE_URL.replace(/\/$/, '') + path, window.location.origin).href;
}

export function useStoryDock(atlas: Atlas, state: ViewState, played: readonly PlayedSlide[], tour: readonly TourStep[], setView: (change: Partial<ViewState>, options?: { replace?: boolean }) => void) {
  const { t } = useTranslation();
  const { story, language } = state;
  const onChange = useCallback((next: Story, options: { replace: boolean }) => setView({ story: next.slides.length === 0 ? null : next }, options), [setView]);
  const onAdd = useCallback(() => {
    const slide = slideOfView({ ...state, page: SLIDE_PAGE_OF[state.page] ?? 'map' });
    setView({ story: addSlide(story ?? { slides: [] }, slide) });
  }, [state, story, setView]);
  // The built-in tour as an editable story: its steps' views with the titles the tour gives them.
  const onStartFromTour = useCallback(() => {
    const slides = tourSlides(tour).map((slide) => {
      const filtered = filterClusters(atlas.plan.clusters, atlas.plan.industries, slide.view);
      return slideOfView(slide.view, slideText(atlas, slide, filtered, language, t).title);
    });
    setView({ story: { slides } });
  }, [atlas, tour, language, t, setView]);
  const slideNames = useMemo(() => (story?.slides ?? []).map((slide) => viewName(atlas, slide.view, language, t) ?? t('story.province')), [atlas, story, language, t]);
  // The live view of a slide (its QR code in the presentation and on exported slides).
  const slideUrl = useCallback((slide: PlayedSlide) => absoluteUrl(serializeViewState({ ...DEFAULT_VIEW_STATE, ...slide.view, language })), [language]);
  const onExport = useCallback(async (format: 'pptx' | 'pdf', options: StoryExportOptions) => {
    const { exportStory } = await import('../export/story-export'); // pptxgenjs / pdf-lib only when exporting
    await exportStory(format, {
      atlas, slides: played, language, t, ...options, slideUrl,
    });
  }, [atlas, played, language, t, slideUrl]);
  return {
    story,
    onAdd,
    onChange,
    onStartFromTour,
    slideNames,
    shareUrl: absoluteUrl(serializeViewState(state)),
    openHref: (index: number) => serializeViewState({ ...state, ...(story?.slides[index]?.view ?? {}), pins: state.pins }),
    playHref: presentHref(state, 1),
    tourLength: played.length,
    onExport,
    slideUrl,
  };
}
