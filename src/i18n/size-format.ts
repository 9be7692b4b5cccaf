// One convention for money figures. The plan states sizes in 亿元 (100 million yuan) and the data keeps
// them so (sizeYi). The Chinese UI shows 亿元 as the plan does; the English UI shows billion yuan,
// written "bn yuan" (1 bn yuan = 10 亿元), so that 3000亿元 reads "300 bn yuan" rather than
// "3,000 × 100 m yuan". Legends and column headers say "bn yuan"; the legend spells it out once.
import { sizeLabelZh } from '../model/catalog';
import type { Language } from '../state/view-state';
import { formatNumber } from './names';

/** The number to show for a size in 亿元: "3,000" in Chinese (亿元), "300" in English (bn yuan). */
export function sizeFigure(sizeYi: number, language: Language): string {
  return language === 'en' ? formatNumber(Math.round(sizeYi) / 10, language) : formatNumber(sizeYi, language);
}

/** A size with its unit: "3,000亿元" / "300 bn yuan". */
export function sizeWithUnit(sizeYi: number, language: Language): string {
  return language === 'en' ? `${sizeFigure(sizeYi, language)} bn yuan` : `${sizeFigure(sizeYi, language)}亿元`;
}

/** The class a cluster's nominal size names: "3000亿级" / "300 bn yuan class", "万亿级" / "1 tn yuan class". */
export function sizeClassLabel(sizeYi: number | null, language: Language): string | null {
  if (sizeYi === null) return null;
  if (language === 'zh') return sizeLabelZh(sizeYi);
  return sizeYi >= 10000 ? `${formatNumber(sizeYi / 10000, language)} tn yuan class` : `${formatNumber(sizeYi / 10, language)} bn yuan class`;
}
