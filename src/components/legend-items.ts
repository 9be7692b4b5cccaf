// Legend entries as text, shared by the on-screen legend and the exported picture.
import type { TFunction } from 'i18next';
import { NO_DESIGNATION_COLOR, type Classification } from '../model/classify';
import { formatNumber } from '../i18n/names';
import { sizeFigure } from '../i18n/size-format';
import type { Language } from '../state/view-state';
import type { LegendItem } from '../export/map-image';

/** The metric's unit ("clusters", "billion yuan (bn yuan), nominal"), or null for the tier metric. */
export function legendUnit(classification: Classification, t: TFunction): string | null {
  return classification.metric === 'count' ? t('legend.countUnit') : classification.metric === 'size' ? t('legend.sizeUnit') : null;
}

/** "Total nominal size (billion yuan (bn yuan), nominal)": the legend's title, on screen and in the PNG. */
export function legendTitle(classification: Classification, language: Language, t: TFunction): string {
  const unit = legendUnit(classification, t);
  const metric = t(`metric.${classification.metric}`);
  return unit === null ? metric : language === 'en' ? `${metric} (${unit})` : `${metric}（${unit}）`;
}

export function legendItems(classification: Classification, language: Language, t: TFunction, hatched = false): LegendItem[] {
  // Class bounds of the size metric are in 亿元; English shows them in bn yuan like every other figure.
  const figure = (value: number) => (classification.metric === 'size' ? sizeFigure(value, language) : formatNumber(value, language));
  const items = classification.classes.map((entry) => ({
    color: entry.color,
    label: entry.kind === 'tier'
      ? t(`tier.${entry.tier}`)
      : entry.min === entry.max ? figure(entry.min) : `${figure(entry.min)}–${figure(entry.max)}`,
  }));
  const noDesignation = { color: NO_DESIGNATION_COLOR, label: t('legend.noDesignation') };
  return hatched
    ? [...items, noDesignation, { color: NO_DESIGNATION_COLOR, label: t('legend.prefectureWide'), hatched: true }]
    : [...items, noDesignation];
}
