// Title, subtitle and list of a presentation step, in the current language. tourText is the rule;
// the hook gives it the current translation, and the slide exports call it for every step at once.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Atlas } from '../data/load-atlas';
import { provinceTotals } from '../model/aggregate';
import { tierRank } from '../model/catalog';
import type { TourStep } from '../model/tour';
import type { Cluster } from '../model/types';
import { joinList, nameIn, placeName } from '../i18n/names';
import { figureText } from '../i18n/plan-text';
import { sizeFigure } from '../i18n/size-format';
import type { TourItem } from '../components/TourSidebar';
import { sizeLabel } from '../components/ClusterCard';
import type { Language } from '../state/view-state';

const MAX_ITEMS = 12;

export interface TourText { title: string; subtitle: string; items: TourItem[] }

export function useTourText(atlas: Atlas, step: TourStep | undefined, clusters: readonly Cluster[], language: Language): TourText {
  const { t } = useTranslation();
  return tourText(atlas, step, clusters, language, t);
}

/** The list beside the map: the clusters shown, largest tier and size first, at most 12 and a "more" line. */
export function tourItems(atlas: Atlas, clusters: readonly Cluster[], language: Language, t: TFunction): TourItem[] {
  const placesOf = (cluster: Cluster) => joinList(cluster.places.map((place) => placeName(atlas.regions.byCode.get(place.code)?.name ?? place.code, language, atlas.placeNames)), language);
  const sorted = [...clusters].sort((a, b) => tierRank(b.tier) - tierRank(a.tier) || (b.sizeYi ?? 0) - (a.sizeYi ?? 0));
  const items: TourItem[] = sorted.slice(0, MAX_ITEMS).map((cluster) => ({
    key: cluster.id,
    text: nameIn(cluster, language),
    detail: [sizeLabel(cluster.sizeYi, language), cluster.scope === 'province' ? t('present.provinceWide') : placesOf(cluster)].filter(Boolean).join(' · '),
  }));
  if (sorted.length > MAX_ITEMS) items.push({ key: 'more', text: t('present.more', { count: sorted.length - MAX_ITEMS }), detail: '' });
  return items;
}

/** "12 个集群 · 名义规模合计 … 亿元" of the clusters shown. */
export function countsText(clusters: readonly Cluster[], language: Language, t: TFunction): string {
  const totals = provinceTotals(clusters);
  return t('present.counts', { count: totals.clusterCount, size: sizeFigure(totals.totalSizeYi, language) });
}

export function tourText(atlas: Atlas, step: TourStep | undefined, clusters: readonly Cluster[], language: Language, t: TFunction): TourText {
  const items = tourItems(atlas, clusters, language, t);
  const counts = countsText(clusters, language, t);
  if (step === undefined || step.kind === 'opening') {
    return { title: t('present.openingTitle'), subtitle: t('present.openingSubtitle', { counts }), items: [] as TourItem[] };
  }
  if (step.kind === 'programme') {
    const programme = atlas.plan.programmes.find((item) => item.id === step.programme)!;
    const industries = atlas.plan.industries.filter((item) => item.programme === step.programme).map((item) => nameIn(item, language));
    return { title: nameIn(programme, language), subtitle: `${industries.join(language === 'en' ? ', ' : '、')} · ${counts}`, items };
  }
  if (step.kind === 'industry') {
    const industry = atlas.industryById.get(step.industry)!;
    const target = industry.target2017 === null ? '' : ` · ${t('detail.target')} ${figureText(industry.target2017, language)}`;
    return { title: nameIn(industry, language), subtitle: `${counts}${target}`, items };
  }
  return { title: t(`present.tierTitle.${step.tier}`), subtitle: counts, items };
}
