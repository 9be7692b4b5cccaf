// The same filtered data as sortable tables: an accessible alternative to the map, and what the app
// shows when WebGL is unavailable.
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tierRank } from '../model/catalog';
import type { RegionFigures } from '../model/aggregate';
import type { RegionIndex } from '../model/regions';
import type { PlaceNames } from '../model/place-pinyin';
import type { AdminCode, Cluster, Industry, IndustryId } from '../model/types';
import { joinList, nameIn, placeName } from '../i18n/names';
import { zoneName, type ZoneNamesEn } from '../i18n/plan-text';
import { sizeFigure } from '../i18n/size-format';
import type { Language } from '../state/view-state';
import { sizeLabel } from './ClusterCard';

type RegionColumn = 'name' | 'count' | 'size' | 'tier';

interface Props {
  regions: RegionIndex;
  placeNames: PlaceNames;
  figures: ReadonlyMap<AdminCode, RegionFigures>;
  clusters: readonly Cluster[];
  industryById: ReadonlyMap<IndustryId, Industry>;
  language: Language;
  regionHref: (code: AdminCode) => string;
  /** The zone gazetteer, for the zones' English names (none: the place-name rule). */
  zones?: ZoneNamesEn;
  /** Why the regions need not add up to the province (ReconcileNote), under the regions' heading. */
  reconcileNote?: ReactNode;
}

const NO_ZONES: ZoneNamesEn = { byZone: new Map() };

function compareRegions(column: RegionColumn, a: RegionFigures, b: RegionFigures, nameOf: (code: AdminCode) => string): number {
  if (column === 'name') return nameOf(a.code).localeCompare(nameOf(b.code), 'zh-CN');
  if (column === 'count') return a.clusterCount - b.clusterCount;
  if (column === 'size') return a.totalSizeYi - b.totalSizeYi;
  return tierRank(a.highestTier) - tierRank(b.highestTier);
}

export function TableView({ regions, placeNames, figures, clusters, industryById, language, regionHref, zones = NO_ZONES, reconcileNote }: Props) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<{ column: RegionColumn; descending: boolean }>({ column: 'size', descending: true });
  const nameOf = (code: AdminCode) => placeName(regions.byCode.get(code)?.name ?? code, language, placeNames);
  const rows = useMemo(() => {
    const list = [...figures.values()];
    list.sort((a, b) => {
      const order = compareRegions(sort.column, a, b, nameOf) * (sort.descending ? -1 : 1);
      return order !== 0 ? order : a.code.localeCompare(b.code);
    });
    return list;
    // nameOf depends on language and regions only
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [figures, sort, language, regions, placeNames]);
  const header = (column: RegionColumn, label: string) => (
    <th scope="col" aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" aria-label={t('table.sortBy', { column: label })}
        onClick={() => setSort((current) => ({ column, descending: current.column === column ? !current.descending : column !== 'name' }))}>
        {label}{sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
  return (
    <div className="table-view">
      <h2>{t('table.regions')}</h2>
      {reconcileNote}
      <table className="data-table" aria-label={t('table.regions')}>
        <thead>
          <tr>
            {header('name', t('table.name'))}
            <th scope="col">{t('table.code')}</th>
            {header('count', t('table.count'))}
            {header('size', t('table.size'))}
            {header('tier', t('table.highestTier'))}
          </tr>
        </thead>
        <tbody>
          {rows.map((entry) => (
            <tr key={entry.code}>
              <th scope="row"><Link to={regionHref(entry.code)}>{nameOf(entry.code)}</Link></th>
              <td>{entry.code}</td>
              <td className="number">{entry.clusterCount}</td>
              <td className="number">{sizeFigure(entry.totalSizeYi, language)}</td>
              <td>{entry.highestTier === null ? '—' : t(`tier.${entry.highestTier}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('table.rows', { count: rows.length })}</p>

      <h2>{t('table.clusters')}</h2>
      <table className="data-table" aria-label={t('table.clusters')}>
        <thead>
          <tr>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('table.industry')}</th>
            <th scope="col">{t('table.sizeLabel')}</th>
            <th scope="col">{t('table.kind')}</th>
            <th scope="col">{t('table.places')}</th>
          </tr>
        </thead>
        <tbody>
          {clusters.map((cluster) => (
            <tr key={cluster.id}>
              <th scope="row">{nameIn(cluster, language)}</th>
              <td>{nameIn(industryById.get(cluster.industry)!, language)}</td>
              <td>{sizeLabel(cluster.sizeYi, language) ?? '—'}</td>
              <td>{t(`detail.kind.${cluster.kind}`)}</td>
              <td>{joinList(cluster.places.map((place) => {
                if (place.zone === null) return nameOf(place.code);
                const zone = zoneName(place.zone, language, { zones, placeNames });
                return language === 'en' ? `${nameOf(place.code)} (${zone})` : `${nameOf(place.code)}（${zone}）`;
              }), language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('table.rows', { count: clusters.length })}</p>
    </div>
  );
}
