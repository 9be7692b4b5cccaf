// What a slide says: its name, title, subtitle and list of clusters — the same words on the screen
// (presentation, page title) and in the exported slides. A step of the built-in tour says what the
// tour says (tourText); a user's slide names its view: "郑州市 · 汽车及零部件".
import type { TFunction } from 'i18next';
import type { Atlas } from '../data/load-atlas';
import type { SlideView, PlayedSlide } from '../model/story';
import { clustersOfRegion } from '../model/region-clusters';
import type { Cluster } from '../model/types';
import { placeName } from '../i18n/names';
import { DEFAULT_VIEW_STATE, type Language } from '../state/view-state';
import { describeFilters } from './filter-text';
import { countsText, tourItems, tourText, type TourText } from './use-tour-text';

type NamedView = Pick<SlideView, 'regionCode' | 'industries' | 'programme' | 'tier'>;

/** "郑州市 · 汽车及零部件": the region (if any) and the filters in words; null for the whole, unfiltered province. */
export function viewName(atlas: Atlas, view: NamedView, language: Language, t: TFunction): string | null {
  const region = view.regionCode === null ? undefined : atlas.regions.byCode.get(view.regionCode);
  const filters = describeFilters(atlas, { ...DEFAULT_VIEW_STATE, ...view, language }, t);
  const parts = [region === undefined ? null : placeName(region.name, language, atlas.placeNames), filters].filter((part): part is string => part !== null);
  return parts.length === 0 ? null : parts.join(' · ');
}

/** "郑州市 · 汽车及零部件 — 河南产业集群地图", for document.title. */
export function pageTitle(name: string | null, t: TFunction): string {
  return name === null ? t('app.title') : `${name} — ${t('app.title')}`;
}

/** The clusters a slide lists: the region's under the filters, else all the filtered clusters. */
export function slideClusters(atlas: Atlas, view: Pick<SlideView, 'regionCode'>, filtered: readonly Cluster[]): Cluster[] {
  const region = view.regionCode === null ? undefined : atlas.regions.byCode.get(view.regionCode);
  if (region === undefined) return [...filtered];
  return clustersOfRegion(atlas.placer, region.code, region.level, filtered).map((entry) => entry.cluster);
}

export function slideText(atlas: Atlas, slide: PlayedSlide, filtered: readonly Cluster[], language: Language, t: TFunction): TourText {
  if (slide.tourStep !== null) return tourText(atlas, slide.tourStep, filtered, language, t);
  const clusters = slideClusters(atlas, slide.view, filtered);
  const name = viewName(atlas, slide.view, language, t) ?? t('story.province');
  const title = slide.title === '' ? name : slide.title;
  const subtitle = [slide.title === '' ? null : name, t(`metric.${slide.view.metric}`), t(`level.${slide.view.level}`), countsText(clusters, language, t)]
    .filter((part): part is string => part !== null).join(' · ');
  return { title, subtitle, items: tourItems(atlas, clusters, language, t) };
}
