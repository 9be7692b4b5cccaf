// How the atlas locates each zone of a cluster (placement.ts and the zone gazetteer): the counties it
// lies in with the gazetteer's confidence, or that its county is not established — with the sources,
// so that a reader can check every placement that is not obvious from the plan's words.
import { useTranslation } from 'react-i18next';
import type { Placement } from '../model/placement';
import type { PlaceNames } from '../model/place-pinyin';
import type { RegionIndex } from '../model/regions';
import type { ZoneGazetteer } from '../model/zone-gazetteer';
import { colon, joinList, placeName } from '../i18n/names';
import { zoneName } from '../i18n/plan-text';
import type { Language } from '../state/view-state';

interface Props {
  placements: readonly Placement[];
  regions: RegionIndex;
  placeNames: PlaceNames;
  zones: ZoneGazetteer;
  language: Language;
}

export function ZonePlacements({ placements, regions, placeNames, zones, language }: Props) {
  const { t } = useTranslation();
  const withZone = placements.filter((placement) => placement.zone !== null && placement.place.zone !== null);
  // A zone named after its county (宜阳县产业集聚区 → 宜阳县) needs no explanation.
  const explained = withZone.filter((placement) => placement.kind !== 'county' || (placement.zone!.sources.length > 0 && placement.zone!.confidence !== 'high'));
  if (explained.length === 0) return null;
  const nameOf = (code: string) => placeName(regions.byCode.get(code)?.name ?? code, language, placeNames);
  return (
    <ul className="zone-placements muted">
      {explained.map((placement) => {
        const entry = placement.zone!;
        const zone = zoneName(placement.place.zone!, language, { zones, placeNames });
        const where = placement.countyCodes.length > 0
          ? t('zone.inCounties', { counties: joinList(placement.countyCodes.map(nameOf), language), confidence: t(`zone.confidence.${entry.confidence ?? 'high'}`) })
          : entry.counties.length > 0
            ? t('zone.probably', { prefecture: nameOf(placement.prefectureCode), counties: joinList(entry.counties.map(nameOf), language) })
            : t('zone.notEstablished', { prefecture: nameOf(placement.prefectureCode) });
        const sources = entry.sources.filter((source) => source.url !== undefined && /^https:\/\//.test(source.url));
        return (
          <li key={`${placement.place.code}-${placement.place.zone}`} data-placement={placement.kind}>
            {zone}{colon(language)}{where}
            {sources.length > 0 && (
              <> · {t('zone.sources')}{colon(language)}{sources.map((source, index) => (
                <span key={source.url}>{index > 0 && ' '}<a href={source.url} target="_blank" rel="noreferrer noopener" title={source.title}>[{index + 1}]</a></span>
              ))}</>
            )}
          </li>
        );
      })}
    </ul>
  );
}
