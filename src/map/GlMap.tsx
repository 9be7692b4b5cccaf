// The MapLibre map with its style, in a chunk of its own: loaded after the SVG map has painted, so that
// MapLibre (its code, worker, shaders and first frame) is never on the first map's critical path.
import { useMemo } from 'react';
import type { Boundaries } from '../model/boundaries';
import type { PlaceNames } from '../model/place-pinyin';
import type { AtlasMap, MapCallbacks, MapViewProps } from './atlas-map';
import { MapView } from './MapView';
import type { MapPalette } from './palette';
import { buildStyle } from './style';

export interface GlMapProps extends MapViewProps {
  boundaries: Boundaries;
  placeNames: PlaceNames;
  palette: MapPalette;
  labelScale: number;
  fontUrl: string;
  callbacks: MapCallbacks;
  onMap: (map: AtlasMap | null) => void;
  label: string;
  /** Hidden until its first frame is drawn; the SVG map shows the view until then. */
  shown: boolean;
}

export function GlMap({ boundaries, placeNames, palette, labelScale, fontUrl, shown, ...props }: GlMapProps) {
  // Only the style in use is built: the projector style when presenting, the screen style otherwise.
  const style = useMemo(
    () => buildStyle(boundaries, { palette, fontUrl, labelScale, placeNames }),
    [boundaries, palette, fontUrl, labelScale, placeNames],
  );
  return (
    <div className={shown ? 'map-gl' : 'map-gl map-gl-loading'} aria-hidden={shown ? undefined : true}>
      <MapView style={style} {...props} />
    </div>
  );
}
