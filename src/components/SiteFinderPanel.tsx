// Investors: one industry (and optionally a minimum tier) → counties and prefectures ranked by how
// strongly the plan designates it there, with zones, lead units and the industry's special projects.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TIERS } from '../model/catalog';
import { findSites, type SiteCandidate } from '../model/site-finder';
import { regionAtLevel } from '../model/regions';
import type { AdminCode, Cluster, IndustryId, Tier } from '../model/types';
import type { Atlas } from '../data/load-atlas';
import { colon, joinList, nameIn, placeName } from '../i18n/names';
import { unitName, zoneName } from '../i18n/plan-text';
import { sizeFigure } from '../i18n/size-format';
import type { Language } from '../state/view-state';
import { SpecialProjectList } from './SpecialProjectList';

interface Props {
  atlas: Atlas;
  industry: IndustryId | null;
  minimumTier: Tier | null;
  language: Language;
  onChange: (change: { industries?: IndustryId[]; tier?: Tier | null }) => void;
  regionHref: (code: AdminCode) => string;
  pins: readonly AdminCode[];
  onPin: (code: AdminCode) => void;
  canPin: boolean;
  /** The plan reader at an anchor, for the 专项's "read in context". */
  contextHref?: (anchor: string) => string;
}

function CandidateList({ candidates, atlas, language, regionHref, pins, onPin, canPin, clustersById }: {
  candidates: SiteCandidate[]; atlas: Atlas; language: Language; regionHref: (code: AdminCode) => string;
  pins: readonly AdminCode[]; onPin: (code: AdminCode) => void; canPin: boolean; clustersById: Map<string, Cluster>;
}) {
  const { t } = useTranslation();
  return (
    <ol className="candidates">
      {candidates.map((candidate) => {
        const region = regionAtLevel(atlas.regions, candidate.code, candidate.level);
        const lead = [...new Set(candidate.annexRowIds.flatMap((id) => atlas.annexById.get(id)?.lead ?? []))];
        const pinned = pins.includes(candidate.code);
        return (
          <li key={candidate.code} data-code={candidate.code}>
            <div className="candidate-head">
              <Link to={regionHref(candidate.code)}><strong>{placeName(region?.name ?? candidate.code, language, atlas.placeNames)}</strong></Link>
              {candidate.level === 'county' && region !== undefined && region.prefectureCode !== region.code && (
                <span className="muted"> · {placeName(atlas.regions.byCode.get(region.prefectureCode)?.name ?? '', language, atlas.placeNames)}</span>
              )}
              <span className={`badge directness-${candidate.directness}`}>{t(`finder.directness.${candidate.directness}`)}</span>
              {candidate.highestTier !== null && <span className={`badge tier-${candidate.highestTier}`}>{t(`tier.${candidate.highestTier}`)}</span>}
              <button type="button" className="pin small" aria-pressed={pinned} disabled={!pinned && !canPin}
                onClick={() => onPin(candidate.code)}>{pinned ? t('detail.unpin') : t('detail.pin')}</button>
            </div>
            <div className="muted">
              {t('finder.sizeAndCount', { size: sizeFigure(candidate.totalSizeYi, language), count: candidate.clusterIds.length })}
              {' · '}{joinList(candidate.clusterIds.map((id) => nameIn(clustersById.get(id)!, language)), language)}
            </div>
            {candidate.zones.length > 0 && <div>{t('finder.zones')}{colon(language)}{joinList(candidate.zones.map((zone) => zoneName(zone, language, atlas)), language)}</div>}
            {lead.length > 0 && <div>{t('detail.leadUnits')}{colon(language)}{joinList(lead.map((unit) => unitName(unit, language)), language)}</div>}
          </li>
        );
      })}
    </ol>
  );
}

export function SiteFinderPanel({ atlas, industry, minimumTier, language, onChange, regionHref, pins, onPin, canPin, contextHref }: Props) {
  const { t } = useTranslation();
  const { plan } = atlas;
  const result = industry === null ? null : findSites(atlas.placer, plan.clusters, { industry, minimumTier });
  const clustersById = new Map(plan.clusters.map((cluster) => [cluster.id, cluster]));
  return (
    <section className="finder" aria-labelledby="finder-title">
      <h2 id="finder-title">{t('finder.title')}</h2>
      <label className="field">
        <span>{t('finder.industry')}</span>
        <select aria-label={t('finder.industry')} value={industry ?? ''}
          onChange={(event) => onChange({ industries: event.target.value === '' ? [] : [event.target.value as IndustryId] })}>
          <option value="">{t('finder.chooseIndustry')}</option>
          {plan.programmes.map((programme) => (
            <optgroup key={programme.id} label={nameIn(programme, language)}>
              {plan.industries.filter((item) => item.programme === programme.id).map((item) => (
                <option key={item.id} value={item.id}>{nameIn(item, language)}</option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('finder.minimumTier')}</span>
        <select aria-label={t('finder.minimumTier')} value={minimumTier ?? ''}
          onChange={(event) => onChange({ tier: (event.target.value || null) as Tier | null })}>
          <option value="">{t('finder.anyTier')}</option>
          {TIERS.map((tier) => <option key={tier} value={tier}>{t('finder.atLeast', { tier: t(`tier.${tier}`) })}</option>)}
        </select>
      </label>
      <p className="rule">{t('finder.rule')}</p>
      {result === null ? (
        <p className="muted">{t('finder.chooseIndustryHint')}</p>
      ) : (
        <>
          <h3>{t('finder.counties', { count: result.counties.length })}</h3>
          {result.counties.length === 0 && <p className="muted">{t('finder.none')}</p>}
          <CandidateList candidates={result.counties} atlas={atlas} language={language} regionHref={regionHref}
            pins={pins} onPin={onPin} canPin={canPin} clustersById={clustersById} />
          <h3>{t('finder.prefectures', { count: result.prefectures.length })}</h3>
          <CandidateList candidates={result.prefectures} atlas={atlas} language={language} regionHref={regionHref}
            pins={pins} onPin={onPin} canPin={canPin} clustersById={clustersById} />
          <SpecialProjectList projects={plan.specialProjects} industryIds={[industry!]} industryById={atlas.industryById} plan={plan} language={language} contextHref={contextHref} />
        </>
      )}
    </section>
  );
}
