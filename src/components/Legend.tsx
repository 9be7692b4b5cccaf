// The choropleth legend: metric, unit, classes, and the separate "no designation" swatch.
import { useTranslation } from 'react-i18next';
import { NO_DESIGNATION_COLOR, type Classification } from '../model/classify';
import { formatNumber } from '../i18n/names';
import type { Language, Level } from '../state/view-state';

interface Props {
  classification: Classification;
  level: Level;
  language: Language;
  /** Active filters in words, so a screenshot or projector view says what it shows. */
  filterText: string | null;
}

export function Legend({ classification, level, language, filterText }: Props) {
  const { t } = useTranslation();
  const unit = classification.metric === 'count' ? t('legend.countUnit') : classification.metric === 'size' ? t('legend.sizeUnit') : null;
  return (
    <figure className="legend" aria-label={t('metric.' + classification.metric)}>
      <figcaption>
        <strong>{t(`metric.${classification.metric}`)}</strong>
        {unit !== null && <span className="unit">（{unit}）</span>}
        <span className="level"> · {t(`level.${level}`)}</span>
      </figcaption>
      {filterText !== null && <p className="legend-filter">{t('filters.active', { text: filterText })}</p>}
      <ul>
        {classification.classes.map((entry) => (
          <li key={entry.color}>
            <span className="swatch" style={{ background: entry.color }} aria-hidden="true" />
            {entry.kind === 'tier'
              ? t(`tier.${entry.tier}`)
              : entry.min === entry.max
                ? formatNumber(entry.min, language)
                : `${formatNumber(entry.min, language)}–${formatNumber(entry.max, language)}`}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: NO_DESIGNATION_COLOR }} aria-hidden="true" />
          {t('legend.noDesignation')}
        </li>
      </ul>
      {level === 'county' && <p className="legend-note">{t('legend.countyNote')}</p>}
    </figure>
  );
}
