// Up to four pinned regions side by side: clusters by industry and tier, total nominal size, area,
// neighbours and 省直管 status. The pins live in the URL, so the comparison is a shareable link.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { aggregateRegions } from '../model/aggregate';
import { areaKm2 } from '../model/geometry';
import { clustersOfRegion } from '../model/region-clusters';
import type { AdminCode, Cluster } from '../model/types';
import type { Atlas } from '../data/load-atlas';
import { formatNumber, joinList, nameIn, placeName } from '../i18n/names';
import { sizeFigure } from '../i18n/size-format';
import type { Language } from '../state/view-state';
import { sizeLabel } from './ClusterCard';

interface Props {
  atlas: Atlas;
  pins: readonly AdminCode[];
  clusters: readonly Cluster[];
  language: Language;
  regionHref: (code: AdminCode) => string;
  onUnpin: (code: AdminCode) => void;
}

export function ComparePanel({ atlas, pins, clusters, language, regionHref, onUnpin }: Props) {
  const { t } = useTranslation();
  if (pins.length === 0) {
    return (
      <section className="compare">
        <h2>{t('compare.title')}</h2>
        <p className="muted">{t('compare.empty')}</p>
      </section>
    );
  }
  const regions = pins.map((code) => atlas.regions.byCode.get(code)!);
  const figuresByLevel = {
    prefecture: aggregateRegions(atlas.placer, 'prefecture', clusters),
    county: aggregateRegions(atlas.placer, 'county', clusters),
  };
  const featureOf = (code: AdminCode, level: 'prefecture' | 'county') =>
    (level === 'prefecture' ? atlas.boundaries.prefectures : atlas.boundaries.counties).features.find((feature) => feature.properties.code === code);
  const nameOf = (code: AdminCode) => placeName(atlas.regions.byCode.get(code)?.name ?? code, language, atlas.placeNames);
  return (
    <section className="compare">
      <h2>{t('compare.title')}</h2>
      <div className="compare-scroll">
        <table className="data-table compare-table" aria-label={t('compare.title')}>
          <thead>
            <tr>
              <th scope="col">{t('compare.region')}</th>
              {regions.map((region) => (
                <th key={region.code} scope="col">
                  <Link to={regionHref(region.code)}>{placeName(region.name, language, atlas.placeNames)}</Link>
                  <button type="button" className="link" aria-label={t('compare.remove', { name: placeName(region.name, language, atlas.placeNames) })}
                    onClick={() => onUnpin(region.code)}> ✕</button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('compare.level')}</th>
              {regions.map((region) => <td key={region.code}>{t(`detail.${region.level}`)}</td>)}
            </tr>
            <tr>
              <th scope="row">{t('compare.directlyAdministered')}</th>
              {regions.map((region) => <td key={region.code}>{region.directlyAdministered2014 ? t('compare.yes') : t('compare.no')}</td>)}
            </tr>
            <tr>
              <th scope="row">{t('compare.area')}</th>
              {regions.map((region) => {
                const feature = featureOf(region.code, region.level);
                return <td key={region.code} className="number">{feature === undefined ? '—' : formatNumber(Math.round(areaKm2(feature)), language)}</td>;
              })}
            </tr>
            <tr>
              <th scope="row">{t('compare.clusterCount')}</th>
              {regions.map((region) => <td key={region.code} className="number">{figuresByLevel[region.level].get(region.code)?.clusterCount ?? 0}</td>)}
            </tr>
            <tr>
              <th scope="row">{t('compare.totalSize')}</th>
              {regions.map((region) => <td key={region.code} className="number">{sizeFigure(figuresByLevel[region.level].get(region.code)?.totalSizeYi ?? 0, language)}</td>)}
            </tr>
            <tr>
              <th scope="row">{t('compare.clusters')}</th>
              {regions.map((region) => (
                <td key={region.code}>
                  <ul className="plain">
                    {clustersOfRegion(atlas.placer, region.code, region.level, clusters).map(({ cluster, relation }) => (
                      <li key={cluster.id}>
                        {nameIn(atlas.industryById.get(cluster.industry)!, language)} · {sizeLabel(cluster.sizeYi, language) ?? t('tier.unsized')}
                        {relation !== 'self' && <span className="muted"> ({t(`compare.relation.${relation}`)})</span>}
                      </li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('detail.neighbours')}</th>
              {regions.map((region) => (
                <td key={region.code}>{joinList((atlas.boundaries.neighbours.get(region.code) ?? []).map(nameOf), language)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
