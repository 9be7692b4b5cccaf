// "What is near this point?": the county it falls in and the designated clusters within a radius,
// by distance to each cluster's place boundary.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { clustersNear, countyAt } from '../model/nearby';
import { parsePoint, MAX_RADIUS_KM, type Language } from '../state/view-state';
import type { AdminCode, Cluster } from '../model/types';
import type { Atlas } from '../data/load-atlas';
import type { RegionGeometry } from '../model/geometry';
import { nameIn, placeName } from '../i18n/names';
import { sizeLabel } from './ClusterCard';
import { CodedText } from './CodedText';

interface Props {
  atlas: Atlas;
  point: [number, number] | null;
  radiusKm: number;
  clusters: readonly Cluster[];
  language: Language;
  onChange: (change: { point?: [number, number] | null; radiusKm?: number }) => void;
  regionHref: (code: AdminCode) => string;
}

const RADII = [10, 25, 50, 100, 200];

export function NearbyPanel({ atlas, point, radiusKm, clusters, language, onChange, regionHref }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState(false);
  const geometryOf = useMemo(() => {
    const counties = new Map(atlas.boundaries.counties.features.map((feature) => [feature.properties.code, feature as RegionGeometry]));
    const prefectures = new Map(atlas.boundaries.prefectures.features.map((feature) => [feature.properties.code, feature as RegionGeometry]));
    return (code: AdminCode) => (atlas.regions.byCode.get(code)?.level === 'prefecture' ? prefectures.get(code) : counties.get(code));
  }, [atlas]);
  const county = point === null ? null : countyAt(atlas.boundaries.counties.features, point, (feature) => String(feature.properties?.code));
  const nearby = useMemo(() => (point === null ? [] : clustersNear(atlas.placer, clusters, geometryOf, point, radiusKm)), [clusters, geometryOf, point, radiusKm]);
  const nameOf = (code: AdminCode) => placeName(atlas.regions.byCode.get(code)?.name ?? code, language, atlas.placeNames);
  return (
    <section className="nearby" aria-labelledby="nearby-title">
      <h2 id="nearby-title">{t('nearby.title')}</h2>
      <p className="muted"><CodedText i18nKey="nearby.hint" /></p>
      <form onSubmit={(event) => {
        event.preventDefault();
        const parsed = parsePoint(typed);
        setTypedError(parsed === null);
        if (parsed !== null) onChange({ point: parsed });
      }}>
        <label className="field">
          <span>{t('nearby.coordinate')}</span>
          <input value={typed} onChange={(event) => setTyped(event.target.value)} placeholder="113.65,34.76"
            aria-invalid={typedError} aria-describedby={typedError ? 'nearby-error' : undefined} />
        </label>
        <button type="submit">{t('nearby.go')}</button>
        {typedError && <p id="nearby-error" role="alert">{t('nearby.badCoordinate')}</p>}
      </form>
      <label className="field">
        <span>{t('nearby.radius')}</span>
        <select value={radiusKm} onChange={(event) => onChange({ radiusKm: Number(event.target.value) })}>
          {[...new Set([...RADII, radiusKm])].filter((km) => km <= MAX_RADIUS_KM).sort((a, b) => a - b).map((km) => (
            <option key={km} value={km}>{km} km</option>
          ))}
        </select>
      </label>
      {point !== null && (
        <>
          <p className="figures">
            {point[0].toFixed(4)}, {point[1].toFixed(4)} ·{' '}
            {county === null ? t('nearby.outside') : <Link to={regionHref(county)}>{t('nearby.inCounty', { name: nameOf(county) })}</Link>}
          </p>
          <h3>{t('nearby.within', { radius: radiusKm, count: nearby.length })}</h3>
          <ol className="nearby-list">
            {nearby.map(({ cluster, placeCode, distanceKm, approximate }) => (
              <li key={cluster.id}>
                <strong>{nameIn(cluster, language)}</strong> · {sizeLabel(cluster.sizeYi, language) ?? t('tier.unsized')}
                <div className="muted">
                  <Link to={regionHref(placeCode)}>{nameOf(placeCode)}</Link>
                  {' · '}{distanceKm === 0 ? t('nearby.inside') : t('nearby.distance', { km: distanceKm.toFixed(1) })}
                  {approximate && <> · {t('nearby.approximate', { name: nameOf(placeCode) })}</>}
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
