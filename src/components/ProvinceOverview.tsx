// With nothing selected: the province as the plan sees it — province-wide designations, totals by
// programme and industry, what the text names vs counts, and where the data comes from.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegionFigures } from '../model/aggregate';
import { DESIGNATION_ORIGINS, industriesOf, totalsOf } from '../model/contribution';
import type { RegionLevel } from '../model/regions';
import { namedVersusCounted, programmeCounts } from '../model/stated-counts';
import type { AdminCode, Cluster, Industry, IndustryId } from '../model/types';
import type { Atlas } from '../data/load-atlas';
import { colon, nameIn, placeName } from '../i18n/names';
import { figureText, sectionName } from '../i18n/plan-text';
import { sectionAnchor } from '../model/section-anchor';
import { sizeFigure, sizeWithUnit } from '../i18n/size-format';
import { VerbatimText } from './VerbatimText';
import { CodedText } from './CodedText';
import type { Language } from '../state/view-state';
import { sizeLabel } from './ClusterCard';
import { ReconcileNote } from './ReconcileNote';
import { SpecialProjectList } from './SpecialProjectList';

interface Props {
  atlas: Atlas;
  clusters: readonly Cluster[];
  figures: ReadonlyMap<AdminCode, RegionFigures>;
  level: RegionLevel;
  language: Language;
  selectedIndustries: readonly IndustryId[];
  regionHref: (code: AdminCode) => string;
  /** The plan reader at an anchor, for "read in context". */
  contextHref?: (anchor: string) => string;
}

export function ProvinceOverview({ atlas, clusters, figures, level, language, selectedIndustries, regionHref, contextHref }: Props) {
  const { t } = useTranslation();
  const { plan } = atlas;
  const provinceWide = clusters.filter((cluster) => cluster.scope === 'province');
  const local = clusters.filter((cluster) => cluster.scope === 'local');
  const totals = totalsOf(local);
  const namedRows = namedVersusCounted({ clusters: local, statedCounts: plan.statedCounts });
  const industryOf = (id: IndustryId) => atlas.industryById.get(id) as Industry;
  const singleIndustry = selectedIndustries.length === 1 ? industryOf(selectedIndustries[0]) : null;
  const ranked = [...figures.values()].filter((entry) => entry.clusterCount > 0)
    .sort((a, b) => b.totalSizeYi - a.totalSizeYi || b.clusterCount - a.clusterCount || a.code.localeCompare(b.code));
  return (
    <section className="overview" aria-labelledby="overview-title">
      <h2 id="overview-title">{t('detail.overview')}</h2>
      <p className="figures">
        {t('detail.figures', { count: totals.clusterCount, size: sizeFigure(totals.totalSizeYi, language) })}
      </p>
      <p className="muted">
        {/* Local clusters by tier; the 万亿级 designations are province-wide and listed below. */}
        {(['万亿', '千亿', '百亿', 'unsized'] as const).filter((tier) => totals.byTier[tier] > 0)
          .map((tier) => `${t(`tier.${tier}`)}${colon(language)}${totals.byTier[tier]}`).join(' · ')}
      </p>
      {totals.clusterCount > 0 && (
        <p className="muted origins">
          {t('overview.byOrigin', {
            count: totals.clusterCount,
            parts: DESIGNATION_ORIGINS.filter((origin) => totals.byOrigin[origin] > 0)
              .map((origin) => t(`origin.${origin}Count`, { count: totals.byOrigin[origin] })).join(t('list.plus')),
          })}
          {totals.nestedCount > 0 && <> {t('overview.nested', { count: totals.nestedCount })}</>}
        </p>
      )}
      <ReconcileNote placer={atlas.placer} level={level} clusters={local} figures={figures} language={language} />

      {singleIndustry !== null && (
        <section className="industry-view">
          <h3>{t('overview.industryView', { industry: nameIn(singleIndustry, language) })}</h3>
          {contextHref !== undefined && sectionAnchor(singleIndustry.section) !== null && (
            <p className="read-in-context"><Link to={contextHref(sectionAnchor(singleIndustry.section)!)}>{t('reader.sectionLink', { section: sectionName(singleIndustry.section, language, plan) })}</Link></p>
          )}
          <ol>
            {ranked.map((entry) => (
              <li key={entry.code}>
                <Link to={regionHref(entry.code)}>{placeName(atlas.regions.byCode.get(entry.code)?.name ?? entry.code, language, atlas.placeNames)}</Link>
                <span className="muted"> · {entry.clusterCount} · {sizeWithUnit(entry.totalSizeYi, language)}</span>
              </li>
            ))}
          </ol>
          <SpecialProjectList projects={plan.specialProjects} industryIds={[singleIndustry.id]} industryById={atlas.industryById} plan={plan} language={language} contextHref={contextHref} />
        </section>
      )}

      {provinceWide.length > 0 && (
        <section>
          <h3>{t('overview.provinceWide')}</h3>
          <ul className="province-wide">
            {provinceWide.map((cluster) => (
              <li key={cluster.id}>
                <strong>{nameIn(cluster, language)}</strong>
                <span className="badge">{sizeLabel(cluster.sizeYi, language) ?? t('tier.unsized')}</span>
                <blockquote lang="zh-CN" data-verbatim="">“{cluster.quote}”</blockquote>
                {contextHref !== undefined && <p className="read-in-context"><Link to={contextHref(`c-${cluster.id}`)}>{t('reader.readInContext')}</Link></p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section>
        <h3>{t('overview.byIndustry')}</h3>
        <table className="compact">
          <tbody>
            {plan.programmes.map((programme) => (
              <ProgrammeRows key={programme.id} programmeName={nameIn(programme, language)}
                industries={plan.industries.filter((industry) => industry.programme === programme.id)}
                clusters={local} language={language} contextHref={contextHref} />
            ))}
          </tbody>
        </table>
      </section>

      <section>
        <h3>{t('overview.named')}</h3>
        <p className="muted">{t('overview.namedExplain')}</p>
        <ul className="named-counted programme-counts">
          {programmeCounts(plan).map((row) => (
            <li key={`${row.programme}-${row.text}`}>
              {nameIn(plan.programmes.find((programme) => programme.id === row.programme)!, language)}{colon(language)}
              <VerbatimText text={t('overview.programmeCount', { text: row.text, named: row.named })} />
            </li>
          ))}
        </ul>
        <ul className="named-counted">
          {namedRows.map((row) => (
            <li key={`${row.industry}-${row.tier}`}>
              {nameIn(industryOf(row.industry), language)} · {t(`tier.${row.tier}`)}{colon(language)}
              {row.stated === null ? t('overview.namedOnly', { named: row.named }) : t('overview.namedOf', { named: row.named, stated: row.stated })}
            </li>
          ))}
        </ul>
      </section>

      {plan.goals.length > 0 && (
        <section>
          <h3>{t('overview.goals')}</h3>
          <ul>
            {plan.goals.map((goal) => (
              <li key={goal.id}>
                {language === 'en' ? goal.nameEn : `${goal.textZh}${goal.figure === null ? '' : `：${goal.figure.text}`}`}
                {contextHref !== undefined && <> · <Link className="read-in-context" to={contextHref(`g-${goal.id}`)}>{t('reader.readInContext')}</Link></>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="source">
        <h3>{t('overview.source')}</h3>
        <p className="muted"><CodedText i18nKey="overview.sourceText" /></p>
      </section>
    </section>
  );
}

function ProgrammeRows({ programmeName, industries, clusters, language, contextHref }: {
  programmeName: string; industries: readonly Industry[]; clusters: readonly Cluster[]; language: Language;
  contextHref?: (anchor: string) => string;
}) {
  const { t } = useTranslation();
  // One rule for every figure (contribution.ts): nested clusters add no size, each cluster counts once.
  const totalsFor = (ids: readonly IndustryId[]) => totalsOf(clusters.filter((cluster) => industriesOf(cluster).some((id) => ids.includes(id))));
  const programmeCount = totalsFor(industries.map((industry) => industry.id)).clusterCount;
  return (
    <>
      <tr className="programme-row"><th colSpan={2}>{programmeName}</th><td>{programmeCount}</td></tr>
      {industries.map((industry) => ({ industry, totals: totalsFor([industry.id]) })).map(({ industry, totals }) => (
        <tr key={industry.id}>
          <td>{nameIn(industry, language)}</td>
          <td className="muted">
            {industry.target2017 === null ? '' : `${t('detail.target')} `}
            {industry.target2017 !== null && (contextHref === undefined ? figureText(industry.target2017, language)
              : <Link to={contextHref(`t-${industry.id}-1`)} title={t('reader.readInContext')}>{figureText(industry.target2017, language)}</Link>)}
          </td>
          <td>{totals.clusterCount}{totals.totalSizeYi > 0 && <span className="muted"> · {sizeWithUnit(totals.totalSizeYi, language)}</span>}</td>
        </tr>
      ))}
    </>
  );
}
