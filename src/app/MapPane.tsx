// The map with its legend and hover card. Hover state lives here, so moving the mouse re-renders this
// pane only, not the filters and panels around it.
import { useState } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import type { RegionFigures } from '../model/aggregate';
import type { Classification } from '../model/classify';
import type { RegionIndex } from '../model/regions';
import type { PlaceNames } from '../model/place-pinyin';
import type { AdminCode } from '../model/types';
import type { AtlasMap, MapCallbacks, MapViewProps } from '../map/atlas-map';
import { MapView } from '../map/MapView';
import { Legend } from '../components/Legend';
import { Tooltip } from '../components/Tooltip';
import { placeName } from '../i18n/names';

interface Props extends MapViewProps {
  style: StyleSpecification;
  callbacks: Omit<MapCallbacks, 'onHover'>;
  onMap: (map: AtlasMap | null) => void;
  label: string;
  classification: Classification;
  figures: ReadonlyMap<AdminCode, RegionFigures>;
  regions: RegionIndex;
  placeNames: PlaceNames;
  filterText: string | null;
  hatched: boolean;
}

export function MapPane({ callbacks, classification, figures, regions, placeNames, filterText, hatched, ...mapProps }: Props) {
  const [hover, setHover] = useState<{ code: AdminCode; point: { x: number; y: number } } | null>(null);
  const hoverName = hover === null ? null : regions.byCode.get(hover.code)?.name ?? null;
  return (
    <div className="map-wrap">
      <MapView {...mapProps} callbacks={{ ...callbacks, onHover: setHover }} />
      <Legend classification={classification} level={mapProps.level} language={mapProps.language} filterText={filterText} hatched={hatched} />
      {hover !== null && hoverName !== null && (
        <Tooltip name={placeName(hoverName, mapProps.language, placeNames)} figures={figures.get(hover.code)} point={hover.point} language={mapProps.language} />
      )}
    </div>
  );
}
