// Legend entries as text, shared by the on-screen legend and the exported picture.
import type { TFunction } from 'i18next';
import { NO_DESIGNATION_COLOR, type Classification } from '../model/classify';
import { formatNumber } from '../i18n/names';
import type { Language } from '../state/view-state';
import type { LegendItem } from '../export/map-image';

export function legendItems(classification: Classification, language: Language, t: TFunction, hatched = false): LegendItem[] {
  const items = classification.classes.map((entry) => ({
    color: entry.color,
    label: entry.kind === 'tier'
      ? t(`tier.${entry.tier}`)
      : entry.min === entry.max ? formatNumber(entry.min, language) : `${formatNumber(entry.min, language)}–${formatNumber(entry.max, language)}`,
  }));
  const noDesignation = { color: NO_DESIGNATION_COLOR, label: t('legend.noDesignation') };
  return hatched
    ? [...items, noDesignation, { color: NO_DESIGNATION_COLOR, label: t('legend.prefectureWide'), hatched: true }]
    : [...items, noDesignation];
}
