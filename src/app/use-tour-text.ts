// Title, subtitle and list of a presentation step, in the current language.
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

export function useTourText(atlas: Atlas, step: TourStep | undefined, clusters: readonly Cluster[], language: Language) {
  const { t } = useTranslation();
  const placesOf = (cluster: Cluster) => joinList(cluster.places.map((place) => placeName(atlas.regions.byCode.get(place.code)?.name ?? place.code, language, atlas.placeNames)), language);
  const sorted = [...clusters].sort((a, b) => tierRank(b.tier) - tierRank(a.tier) || (b.sizeYi ?? 0) - (a.sizeYi ?? 0));
  const items: TourItem[] = sorted.slice(0, MAX_ITEMS).map((cluster) => ({
    key: cluster.id,
    text: nameIn(cluster, language),
    detail: [sizeLabel(cluster.sizeYi, language), cluster.scope === 'province' ? t('present.provinceWide') : placesOf(cluster)].filter(Boolean).join(' · '),
  }));
  if (sorted.length > MAX_ITEMS) items.push({ key: 'more', text: t('present.more', { count: sorted.length - MAX_ITEMS }), detail: '' });
  const totals = provinceTotals(clusters);
  const counts = t('present.counts', { count: totals.clusterCount, size: sizeFigure(totals.totalSizeYi, language) });
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
