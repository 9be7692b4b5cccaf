// Title, subtitle and list of a presentation step, in the current language. tourText is the rule;
// the hook gives it the current translation, and the slide exports call it for every step at once.
// Every figure comes from stepContent (model/tour.ts), i.e. from the map's contribution rule.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Atlas } from '../data/load-atlas';
import { industriesOf } from '../model/contribution';
import { stepContent, type TourStep } from '../model/tour';
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

/**
 * The list beside the map: the local clusters shown (highest tier and size first, at most 12 with a
 * "more" line), then the province-wide targets, each saying it is one and, when it is shared with
 * other industries, which.
 */
export function tourItems(atlas: Atlas, clusters: readonly Cluster[], language: Language, t: TFunction, step?: TourStep, content = stepContent(step, clusters)): TourItem[] {
  const { local, provinceWide } = content;
  // Several zones of one city are one place name here ("洛阳市、宜阳县", not "洛阳市、洛阳市、洛阳市、宜阳县").
  const placesOf = (cluster: Cluster) => joinList([...new Set(cluster.places.map((place) => placeName(atlas.regions.byCode.get(place.code)?.name ?? place.code, language, atlas.placeNames)))], language);
  // A nested cluster says what it is part of, which is why its size is not in the total (contribution.ts).
  const partOf = (cluster: Cluster) => {
    const parent = cluster.partOf === undefined ? undefined : atlas.plan.clusters.find((candidate) => candidate.id === cluster.partOf);
    return parent === undefined ? '' : t('present.partOf', { name: nameIn(parent, language) });
  };
  const shown = Math.max(MAX_ITEMS - provinceWide.length, 1);
  const items: TourItem[] = local.slice(0, shown).map((cluster) => ({
    key: cluster.id,
    text: nameIn(cluster, language),
    detail: [sizeLabel(cluster.sizeYi, language) ?? t('tier.unsized'), placesOf(cluster), partOf(cluster)].filter((part) => part !== '').join(' · '),
  }));
  if (local.length > shown) items.push({ key: 'more', text: t('present.more', { count: local.length - shown }), detail: '' });
  for (const cluster of provinceWide) {
    const industries = industriesOf(cluster);
    // The record's name states its size as the plan does ("食品万亿级产业集群", "…规模超过1万亿元").
    const detail = step?.kind === 'industry' && industries.length > 1
      ? t('present.provinceTargetShared', { industries: joinList(industries.map((id) => nameIn(atlas.industryById.get(id)!, language)), language) })
      : t('present.provinceTarget');
    items.push({ key: cluster.id, text: nameIn(cluster, language), detail });
  }
  return items;
}

/**
 * "12 个集群 · 名义规模合计 3,000 亿元" of the local clusters shown (contribution.ts), in words when the
 * plan sizes none of them, and the province-wide targets beside them, which are never added.
 */
export function countsText(clusters: readonly Cluster[], language: Language, t: TFunction, step?: TourStep, content = stepContent(step, clusters)): string {
  const { totals, provinceWide } = content;
  const parts: string[] = [];
  if (totals.clusterCount === 0) {
    parts.push(step?.kind === 'tier' ? t('present.noLocalOfTier', { tier: t(`tier.${step.tier}`) }) : t('present.noLocal'));
  } else if (totals.sizedCount === 0) {
    parts.push(t('present.countsUnsized', { count: totals.clusterCount }));
  } else {
    const unsized = totals.byTier.unsized;
    parts.push(t('present.counts', { count: totals.clusterCount, size: sizeFigure(totals.totalSizeYi, language) })
      + (unsized > 0 ? t('present.someUnsized', { count: unsized }) : ''));
  }
  if (provinceWide.length > 0) parts.push(t(totals.clusterCount === 0 ? 'present.provinceTargetsOnly' : 'present.provinceTargets', { count: provinceWide.length }));
  return parts.join(' · ');
}

export function tourText(atlas: Atlas, step: TourStep | undefined, clusters: readonly Cluster[], language: Language, t: TFunction): TourText {
  // One reading of the step for both the list and the counts.
  const content = stepContent(step, clusters);
  const items = tourItems(atlas, clusters, language, t, step, content);
  const counts = countsText(clusters, language, t, step, content);
  if (step === undefined || step.kind === 'opening') {
    return { title: t('present.openingTitle'), subtitle: t('present.openingSubtitle', { counts }), items: [] as TourItem[] };
  }
  if (step.kind === 'programme') {
    const programme = atlas.plan.programmes.find((item) => item.id === step.programme)!;
    const industries = atlas.plan.industries.filter((item) => item.programme === step.programme).map((item) => nameIn(item, language));
    return { title: nameIn(programme, language), subtitle: `${joinList(industries, language)} · ${counts}`, items };
  }
  if (step.kind === 'industry') {
    const industry = atlas.industryById.get(step.industry)!;
    const target = industry.target2017 === null ? '' : ` · ${t('detail.target')} ${figureText(industry.target2017, language)}`;
    return { title: nameIn(industry, language), subtitle: `${counts}${target}`, items };
  }
  return { title: t(`present.tierTitle.${step.tier}`), subtitle: counts, items };
}
