// One designated cluster: what, where, how big, who leads it, and the plan's own sentence.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { originOf } from '../model/contribution';
import type { AnnexRow, Cluster, Industry, PlanData } from '../model/types';
import type { RegionIndex } from '../model/regions';
import type { PlaceNames } from '../model/place-pinyin';
import { colon, joinList, nameIn, placeName } from '../i18n/names';
import { sectionName, unitName, zoneName, type ZoneNamesEn } from '../i18n/plan-text';
import { sizeClassLabel } from '../i18n/size-format';
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
  /** The plan's industries and programmes, which name the sections in English. */
  plan: Pick<PlanData, 'industries' | 'programmes'>;
  /** The zone gazetteer, for the zones' English names. */
  zones: ZoneNamesEn;
  /** How the atlas locates the cluster's zones (ZonePlacements), under the places. */
  placementNote?: ReactNode;
  /** The plan reader at this cluster's sentence ("read in context"), when the app offers it. */
  readInContextHref?: string;
}

/** The size class of a cluster ("3000亿级" / "300 bn yuan class"); the rule is in i18n/size-format.ts. */
export const sizeLabel = sizeClassLabel;

export function ClusterCard({ cluster, industry, annexRow, regions, placeNames, language, relationText, plan, zones, placementNote, readInContextHref }: Props) {
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
          <span className="label">{t('detail.places')}{colon(language)}</span>
          {joinList(cluster.places.map((place) => {
            const region = regions.byCode.get(place.code);
            const name = region === undefined ? place.code : placeName(region.name, language, placeNames);
            if (place.zone === null) return name;
            const zone = zoneName(place.zone, language, { zones, placeNames });
            return language === 'en' ? `${name} (${zone})` : `${name}（${zone}）`;
          }), language)}
        </p>
      )}
      {placementNote}
      {annexRow === undefined ? (
        <p className="annex muted">{t('detail.annexNone')}</p>
      ) : (
        <p className="annex">
          <span className="label">{t('detail.leadUnits')}{colon(language)}</span>{joinList(annexRow.lead.map((unit) => unitName(unit, language)), language)}
          {annexRow.participating.length > 0 && (
            <><br /><span className="label">{t('detail.participatingUnits')}{colon(language)}</span>{joinList(annexRow.participating.map((unit) => unitName(unit, language)), language)}</>
          )}
        </p>
      )}
      <blockquote lang="zh-CN" data-verbatim="" aria-label={t('detail.quote')}>“{cluster.quote}”</blockquote>
      {readInContextHref !== undefined && <p className="read-in-context"><Link to={readInContextHref}>{t('reader.readInContext')}</Link></p>}
      <p className="section muted">{t('detail.section', { section: sectionName(cluster.section, language, plan) })} · <span className="origin">{t('origin.label', { origin: t(`origin.${originOf(cluster)}`) })}</span></p>
      {note !== null && <p className="note muted"><span className="label">{t('detail.note')}{colon(language)}</span><VerbatimText text={note} /></p>}
    </article>
  );
}
