// The choropleth legend: metric, unit, classes, and the separate "no designation" swatch.
import { useTranslation } from 'react-i18next';
import type { Classification } from '../model/classify';
import { legendItems, legendUnit } from './legend-items';
import type { Language, Level } from '../state/view-state';

interface Props {
  classification: Classification;
  level: Level;
  language: Language;
  /** Active filters in words, so a screenshot or projector view says what it shows. */
  filterText: string | null;
  /** Whether the county view hatches prefectures named as a whole. */
  hatched?: boolean;
}

export function Legend({ classification, level, language, filterText, hatched = false }: Props) {
  const { t } = useTranslation();
  const unit = legendUnit(classification, t);
  return (
    <figure className="legend" aria-label={t('metric.' + classification.metric)}>
      <figcaption>
        <strong>{t(`metric.${classification.metric}`)}</strong>
        {unit !== null && <span className="unit">{language === 'en' ? ` (${unit})` : `（${unit}）`}</span>}
        <span className="level"> · {t(`level.${level}`)}</span>
      </figcaption>
      {filterText !== null && <p className="legend-filter">{t('filters.active', { text: filterText })}</p>}
      <ul>
        {legendItems(classification, language, t, hatched).map((item) => (
          <li key={item.label}>
            <span className={item.hatched ? 'swatch hatched' : 'swatch'} style={{ backgroundColor: item.color }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
      </ul>
      {level === 'county' && <p className="legend-note">{t('legend.countyNote')}</p>}
    </figure>
  );
}
