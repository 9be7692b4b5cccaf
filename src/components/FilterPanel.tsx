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

      <ButtonGroup legend={t('filters.tier')} value={props.tier} onChange={(tier) => onChange({ tier })}
        options={[{ value: null, label: t('filters.allTiers') }, ...TIERS.map((tier) => ({ value: tier, label: t(`tier.${tier}`) }))]} />
      <ButtonGroup legend={t('filters.metric')} value={props.metric} onChange={(metric) => onChange({ metric })}
        options={METRICS.map((metric) => ({ value: metric, label: t(`metric.${metric}`) }))} />
      <ButtonGroup legend={t('filters.level')} value={props.level} onChange={(level) => onChange({ level })}
        options={LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }))} />

      <label className="check basemap">
        <input type="checkbox" checked={props.basemap} onChange={() => onChange({ basemap: !props.basemap })} />
        <span>{t('filters.basemap')}</span>
      </label>
    </section>
  );
}

/** One choice out of a few, as toggle buttons (aria-pressed) under a legend. */
function ButtonGroup<Value extends string | null>({ legend, options, value, onChange }: {
  legend: string;
  options: { value: Value; label: string }[];
  value: Value;
  onChange: (value: Value) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="segmented">
        {options.map((option) => (
          <button key={option.value ?? 'all'} type="button" aria-pressed={value === option.value} onClick={() => onChange(option.value)}>
            {option.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
