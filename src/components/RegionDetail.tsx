// The detail panel of one prefecture or county under the current filter.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegionFigures } from '../model/aggregate';
import { clustersOfRegion } from '../model/region-clusters';
import type { Region } from '../model/regions';
import type { AdminCode, Cluster } from '../model/types';
import type { Atlas } from '../data/load-atlas';
import { joinList, placeName } from '../i18n/names';
import { zoneName } from '../i18n/plan-text';
import { sizeFigure } from '../i18n/size-format';
import type { Language } from '../state/view-state';
import { ClusterCard } from './ClusterCard';
import { ZonePlacements } from './ZonePlacements';
import { SpecialProjectList } from './SpecialProjectList';

interface Props {
  atlas: Atlas;
  region: Region;
  clusters: readonly Cluster[];
  figures: RegionFigures | undefined;
  language: Language;
  regionHref: (code: AdminCode | null) => string;
  pinned: boolean;
  canPin: boolean;
  onTogglePin: () => void;
  /** Switch the map to the counties of this prefecture, or null where that does not apply. */
  onDrill: (() => void) | null;
  /** The plan reader at an anchor, for "read in context". */
  contextHref?: (anchor: string) => string;
}

export function RegionDetail({ atlas, region, clusters, figures, language, regionHref, pinned, canPin, onTogglePin, onDrill, contextHref }: Props) {
  const { t } = useTranslation();
  const related = clustersOfRegion(atlas.placer, region.code, region.level, clusters);
  const industries = [...new Set(related.map((entry) => entry.cluster.industry))];
  const neighbours = atlas.boundaries.neighbours.get(region.code) ?? [];
  const prefecture = atlas.regions.byCode.get(region.prefectureCode);
  const nameOf = (code: AdminCode) => placeName(atlas.regions.byCode.get(code)?.name ?? code, language, atlas.placeNames);
  return (
    <section className="detail" aria-labelledby="detail-title">
      <Link className="back" to={regionHref(null)}>← {t('detail.close')}</Link>
      <h2 id="detail-title">{placeName(region.name, language, atlas.placeNames)}</h2>
      <p className="muted">
        {language === 'zh'
          ? <span translate="no" data-pinyin="">{atlas.placeNames.withTones(region.name)}</span>
          : <span lang="zh-CN" data-place-original="">{region.name}</span>} · {region.code} · {t(`detail.${region.level}`)}
        {region.level === 'county' && prefecture !== undefined && prefecture.code !== region.code && (
          <> · <Link to={regionHref(prefecture.code)}>{t('detail.inPrefecture', { name: placeName(prefecture.name, language, atlas.placeNames) })}</Link></>
        )}
      </p>
      {region.directlyAdministered2014 && <p className="badge">{t('detail.directlyAdministered')}</p>}
      <p className="figures">
        {t('detail.figures', { count: figures?.clusterCount ?? 0, size: sizeFigure(figures?.totalSizeYi ?? 0, language) })}
      </p>
      <button type="button" className="pin" aria-pressed={pinned} disabled={!pinned && !canPin} onClick={onTogglePin}>
        {pinned ? t('detail.unpin') : t('detail.pin')}
      </button>
      {onDrill !== null && <button type="button" onClick={onDrill}>{t('detail.drill')}</button>}

      <h3>{t('detail.clusters')}</h3>
      {related.length === 0 && <p className="muted">{t('detail.noClusters')}</p>}
      {related.map(({ cluster, relation, viaCodes, zones }) => (
        <ClusterCard
          key={cluster.id}
          cluster={cluster}
          industry={atlas.industryById.get(cluster.industry)}
          annexRow={cluster.annexRowId === null ? undefined : atlas.annexById.get(cluster.annexRowId)}
          regions={atlas.regions}
          plan={atlas.plan}
          zones={atlas.zones}
          placeNames={atlas.placeNames}
          language={language}
          readInContextHref={contextHref?.(`c-${cluster.id}`)}
          placementNote={<ZonePlacements placements={atlas.placer.placementsOf(cluster)} regions={atlas.regions} placeNames={atlas.placeNames} zones={atlas.zones} language={language} />}
          relationText={
            relation === 'county' ? t('detail.viaCounty', { names: joinList(viaCodes.map(nameOf), language), count: viaCodes.length })
              : relation === 'prefecture' ? t('detail.viaPrefecture', { name: nameOf(viaCodes[0]) })
                : relation === 'zone-unlocated' ? t('detail.viaZoneUnlocated', { name: nameOf(viaCodes[0]), zones: joinList(zones.map((zone) => zoneName(zone, language, atlas)), language) })
                  : null
          }
        />
      ))}

      <SpecialProjectList projects={atlas.plan.specialProjects} industryIds={industries} industryById={atlas.industryById} plan={atlas.plan} language={language} contextHref={contextHref} />

      {region.level === 'prefecture' && atlas.regions.countiesOf(region.code).length > 1 && (
        <section>
          <h3>{t('detail.counties')}</h3>
          <ul className="link-list">
            {atlas.regions.countiesOf(region.code).map((county) => (
              <li key={county.code}><Link to={regionHref(county.code)}>{placeName(county.name, language, atlas.placeNames)}</Link></li>
            ))}
          </ul>
        </section>
      )}
      {neighbours.length > 0 && (
        <section>
          <h3>{t('detail.neighbours')}</h3>
          <ul className="link-list">
            {neighbours.map((code) => <li key={code}><Link to={regionHref(code)}>{nameOf(code)}</Link></li>)}
          </ul>
        </section>
      )}
    </section>
  );
}
