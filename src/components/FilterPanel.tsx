// Filters: industries grouped by programme, programme, tier, metric and level. Real form controls,
// each named by what it filters, so they work from the keyboard and with screen readers.
import { useTranslation } from 'react-i18next';
import { TIERS } from '../model/catalog';
import type { Industry, IndustryId, Programme, ProgrammeId, Tier } from '../model/types';
import { nameIn } from '../i18n/names';
import { LEVELS, METRICS, type Language, type Level, type Metric } from '../state/view-state';

export interface FilterValues {
  industries: IndustryId[];
  programme: ProgrammeId | null;
  tier: Tier | null;
  metric: Metric;
  level: Level;
  basemap: boolean;
}

interface Props extends FilterValues {
  programmes: readonly Programme[];
  allIndustries: readonly Industry[];
  language: Language;
  /** Clusters per industry under the other filters, shown beside each industry. */
  countsByIndustry: ReadonlyMap<IndustryId, number>;
  onChange: (change: Partial<FilterValues>) => void;
}

export function FilterPanel(props: Props) {
  const { t } = useTranslation();
  const { programmes, allIndustries, language, onChange } = props;
  const toggleIndustry = (id: IndustryId) => {
    const next = props.industries.includes(id) ? props.industries.filter((item) => item !== id) : [...props.industries, id];
    onChange({ industries: next });
  };
  return (
    <section className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title">{t('filters.title')}</h2>

      <fieldset>
        <legend>{t('filters.programme')}</legend>
        <select
          aria-label={t('filters.programme')}
          value={props.programme ?? ''}
          onChange={(event) => onChange({ programme: (event.target.value || null) as ProgrammeId | null })}
        >
          <option value="">{t('filters.allProgrammes')}</option>
          {programmes.map((programme) => (
            <option key={programme.id} value={programme.id}>{nameIn(programme, language)}</option>
          ))}
        </select>
      </fieldset>

      <fieldset className="industries">
        <legend>{t('filters.industries')}</legend>
        {programmes.map((programme) => (
          <div key={programme.id} className="programme-group" role="group" aria-label={nameIn(programme, language)}>
            <div className="programme-name">{nameIn(programme, language)}</div>
            {allIndustries.filter((industry) => industry.programme === programme.id).map((industry) => (
              <label key={industry.id} className="check">
                <input
                  type="checkbox"
                  data-bench="industry-filter"
                  checked={props.industries.includes(industry.id)}
                  onChange={() => toggleIndustry(industry.id)}
                />
                <span>{nameIn(industry, language)}</span>
                <span className="count" aria-hidden="true">{props.countsByIndustry.get(industry.id) ?? 0}</span>
              </label>
            ))}
          </div>
        ))}
        {props.industries.length > 0 && (
          <button type="button" className="link" onClick={() => onChange({ industries: [] })}>{t('filters.clearIndustries')}</button>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('filters.tier')}</legend>
        <div className="segmented">
          <button type="button" aria-pressed={props.tier === null} onClick={() => onChange({ tier: null })}>{t('filters.allTiers')}</button>
          {TIERS.map(({ tier }) => (
            <button key={tier} type="button" aria-pressed={props.tier === tier} onClick={() => onChange({ tier })}>{t(`tier.${tier}`)}</button>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('filters.metric')}</legend>
        <div className="segmented">
          {METRICS.map((metric) => (
            <button key={metric} type="button" aria-pressed={props.metric === metric} onClick={() => onChange({ metric })}>{t(`metric.${metric}`)}</button>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('filters.level')}</legend>
        <div className="segmented">
          {LEVELS.map((level) => (
            <button key={level} type="button" aria-pressed={props.level === level} onClick={() => onChange({ level })}>{t(`level.${level}`)}</button>
          ))}
        </div>
      </fieldset>

      <label className="check basemap">
        <input type="checkbox" checked={props.basemap} onChange={() => onChange({ basemap: !props.basemap })} />
        <span>{t('filters.basemap')}</span>
      </label>
    </section>
  );
}
