// The active filters in words ("电子信息产业、食品产业 · 千亿级"), for the legend, exports and titles.
import type { TFunction } from 'i18next';
import type { Atlas } from '../data/load-atlas';
import { nameIn } from '../i18n/names';
import type { ViewState } from '../state/view-state';

export function describeFilters(atlas: Atlas, state: ViewState, t: TFunction): string | null {
  const parts: string[] = [];
  if (state.programme !== null) {
    const programme = atlas.plan.programmes.find((item) => item.id === state.programme);
    if (programme !== undefined) parts.push(nameIn(programme, state.language));
  }
  if (state.industries.length > 0) {
    parts.push(state.industries.map((id) => nameIn(atlas.industryById.get(id)!, state.language)).join(state.language === 'en' ? ', ' : '、'));
  }
  if (state.tier !== null) parts.push(t(`tier.${state.tier}`));
  return parts.length === 0 ? null : parts.join(' · ');
}
