// One designated cluster: what, where, how big, who leads it, and the plan's own sentence.
import { useTranslation } from 'react-i18next';
import { sizeLabelZh } from '../model/catalog';
import type { AnnexRow, Cluster, Industry } from '../model/types';
import type { RegionIndex } from '../model/regions';
import type { PlaceNames } from '../model/place-pinyin';
import { colon, nameIn, placeName } from '../i18n/names';
import type { Language } from '../state/view-state';
import { VerbatimText } from './VerbatimText';

interface Props {
  cluster: Cluster;
  industry: Industry | undefined;
  annexRow: AnnexRow | undefined;
  regions: RegionIndex;
  placeNames: PlaceNames;
  language: Language;
  /** "位于所辖 巩义市" or "规划点名到 郑州市 全市": how it relates to the region shown, if not directly. */
  relationText: string | null;
}

export function sizeLabel(sizeYi: number | null, language: Language): string | null {
  if (sizeYi === null) return null;
  if (language === 'zh') return sizeLabelZh(sizeYi);
  return sizeYi >= 10000 ? `${sizeYi / 10000} trillion-yuan class` : `${sizeYi / 10} billion-yuan class`;
}

export function ClusterCard({ cluster, industry, annexRow, regions, placeNames, language, relationText }: Props) {
  const { t } = useTranslation();
  const size = sizeLabel(cluster.sizeYi, language);
  const note = language === 'en' ? cluster.noteEn : cluster.noteZh;
  return (
    <article className="cluster-card" data-cluster-id={cluster.id}>
      <header>
        <h4>{nameIn(cluster, language)}</h4>
        <div className="badges">
          <span className={`badge tier-${cluster.tier ?? 'none'}`}>{size ?? t('detail.sizeUnknown')}</span>
          {industry !== undefined && <span className="badge">{nameIn(industry, language)}</span>}
          <span className="badge">{t(`detail.kind.${cluster.kind}`)}</span>
        </div>
      </header>
      {relationText !== null && <p className="relation">{relationText}</p>}
      {cluster.places.length > 0 && (
        <p className="places">
          <span className="label">{t('detail.places')}：</span>
          {cluster.places.map((place) => {
            const region = regions.byCode.get(place.code);
            const name = region === undefined ? place.code : placeName(region.name, language, placeNames);
            return place.zone === null ? name : `${name}（${place.zone}）`;
          }).join('、')}
        </p>
      )}
      {annexRow === undefined ? (
        <p className="annex muted">{t('detail.annexNone')}</p>
      ) : (
        <p className="annex">
          <span className="label">{t('detail.leadUnits')}：</span>{annexRow.lead.join('、')}
          {annexRow.participating.length > 0 && (
            <><br /><span className="label">{t('detail.participatingUnits')}：</span>{annexRow.participating.join('、')}</>
          )}
        </p>
      )}
      <blockquote lang="zh-CN" aria-label={t('detail.quote')}>“{cluster.quote}”</blockquote>
      <p className="section muted">{t('detail.section', { section: cluster.section })}</p>
      {note !== null && <p className="note muted"><span className="label">{t('detail.note')}{colon(language)}</span><VerbatimText text={note} /></p>}
    </article>
  );
}
