// The map with its legend and hover card, and the choice of renderer: the SVG map paints first, as soon
// as the data is there; MapLibre loads after that paint (its own chunk) and takes over once its first
// frame is drawn. Without WebGL 2, or when MapLibre fails or loses its context, the SVG map stays the
// map. Hover state lives here, so moving the mouse re-renders this pane only, and it survives the swap
// (selection is in the URL, so both renderers get it).
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import type { RegionFigures } from '../model/aggregate';
import type { Boundaries } from '../model/boundaries';
import type { Classification } from '../model/classify';
import type { RegionIndex } from '../model/regions';
import type { PlaceNames } from '../model/place-pinyin';
import type { AdminCode } from '../model/types';
import type { AtlasMap, MapCallbacks, MapViewProps } from '../map/atlas-map';
import type { GlMapProps } from '../map/GlMap';
import type { MapHandle } from '../map/map-handle';
import { PROJECTOR_PALETTE, SCREEN_PALETTE } from '../map/palette';
import { SvgMap } from '../map/SvgMap';
import type { SvgScene } from '../map/svg-scene';
import { hasWebgl2Api, probeWebgl } from '../map/webgl-support';
import { PRERENDERED_MAP_ID } from '../map/prerendered-map';
import fontUrl from '../assets/fonts/atlas-sans-labels.woff2?url';
import { Legend } from '../components/Legend';
import { Tooltip } from '../components/Tooltip';
import { placeName } from '../i18n/names';

// A chunk that fails to load (a broken deployment, a flaky network) leaves the SVG map as the map.
const GlMap = lazy<ComponentType<GlMapProps>>(() => import('../map/GlMap').then(
  (module) => ({ default: module.GlMap }),
  () => ({ default: GlMapUnavailable }),
));

function GlMapUnavailable({ callbacks }: { callbacks: MapCallbacks }) {
  useEffect(() => callbacks.onContextLost?.(), [callbacks]);
  return null;
}

/** Why the SVG map is the whole map: no WebGL 2 in this browser, or MapLibre failed or lost its context. */
export type SvgOnlyReason = 'no-webgl' | 'webgl1-only' | 'gl-failed';

type Renderer =
  | { phase: 'svg-first' } // the SVG map is painting; MapLibre not started
  | { phase: 'gl-loading' } // MapLibre is loading behind the SVG map
  | { phase: 'gl' } // MapLibre shows the map
  | { phase: 'svg-only'; reason: SvgOnlyReason };

/** Marks a performance mark once per page load, whichever map (or remount) gets there first. */
function markOnce(name: string): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

interface Props extends MapViewProps {
  boundaries: Boundaries;
  placeNames: PlaceNames;
  /** The projector palette and larger labels. */
  presenting: boolean;
  callbacks: Omit<MapCallbacks, 'onHover' | 'onReady' | 'onContextLost'>;
  /** The renderer that shows the map, for exports and tests; null while there is none. */
  onMap: (map: MapHandle | null) => void;
  /** Called once when the SVG map becomes the whole map. */
  onSvgOnly: (reason: SvgOnlyReason) => void;
  label: string;
  classification: Classification;
  figures: ReadonlyMap<AdminCode, RegionFigures>;
  regions: RegionIndex;
  filterText: string | null;
  hatched: boolean;
}

export function MapPane({ callbacks, classification, figures, regions, placeNames, filterText, hatched, boundaries, presenting, onMap, onSvgOnly, ...mapProps }: Props) {
  const [hover, setHover] = useState<{ code: AdminCode; point: { x: number; y: number } } | null>(null);
  const [renderer, setRenderer] = useState<Renderer>({ phase: 'svg-first' });
  const hoverRef = useRef(hover);
  hoverRef.current = hover;
  const hoverName = hover === null ? null : regions.byCode.get(hover.code)?.name ?? null;
  const palette = presenting ? PROJECTOR_PALETTE : SCREEN_PALETTE;
  const labelScale = presenting ? 1.6 : 1;

  const svgRef = useRef<{ scene: SvgScene; project: (lngLat: [number, number]) => { x: number; y: number } } | null>(null);
  const glRef = useRef<AtlasMap | null>(null);
  const onMapRef = useRef(onMap);
  onMapRef.current = onMap;
  const svgHandle = useMemo<MapHandle>(() => ({
    renderer: 'svg',
    project: (lngLat) => svgRef.current?.project(lngLat) ?? { x: Number.NaN, y: Number.NaN },
    async capture(scale) {
      const current = svgRef.current;
      if (current === null) throw new Error('map not ready');
      const { drawScene } = await import('../export/scene-canvas');
      return { canvas: drawScene(current.scene, scale), cssWidth: current.scene.width, cssHeight: current.scene.height };
    },
    svgScene: () => svgRef.current?.scene ?? null,
  }), []);
  useEffect(() => {
    const gl = glRef.current;
    onMapRef.current(renderer.phase === 'gl' && gl !== null
      ? { renderer: 'gl', project: (lngLat) => gl.project(lngLat), capture: (scale) => gl.capture(scale), svgScene: svgHandle.svgScene }
      : svgHandle);
  }, [renderer.phase, svgHandle]);
  useEffect(() => () => onMapRef.current(null), []);

  const onSvgOnlyRef = useRef(onSvgOnly);
  onSvgOnlyRef.current = onSvgOnly;
  useEffect(() => {
    if (renderer.phase === 'svg-only') onSvgOnlyRef.current(renderer.reason);
  }, [renderer]);

  const onSvgReady = useCallback(() => {
    markOnce('map:ready');
    // The app's own map is painted: the default view's prerendered picture (index.html) steps aside.
    document.getElementById(PRERENDERED_MAP_ID)?.remove();
    // MapLibre starts after the first paint; without the WebGL 2 API it cannot start at all.
    setRenderer((current) => {
      if (current.phase !== 'svg-first') return current;
      return hasWebgl2Api() ? { phase: 'gl-loading' } : { phase: 'svg-only', reason: 'no-webgl' };
    });
  }, []);

  const glCallbacks = useMemo<MapCallbacks>(() => ({
    ...callbacks,
    onHover: setHover,
    onReady: () => {
      markOnce('map:gl-ready');
      glRef.current?.showHover(hoverRef.current?.code ?? null);
      setRenderer((current) => (current.phase === 'gl-loading' ? { phase: 'gl' } : current));
    },
    onContextLost: () => setRenderer((current) => {
      if (current.phase === 'svg-only') return current;
      // A map that drew and then lost its context failed; one that never drew (no context to be had)
      // says why: no WebGL 2 here, or only WebGL 1.
      if (current.phase === 'gl') return { phase: 'svg-only', reason: 'gl-failed' };
      const support = probeWebgl();
      return { phase: 'svg-only', reason: support === 'webgl1-only' ? 'webgl1-only' : support === 'none' ? 'no-webgl' : 'gl-failed' };
    }),
  }), [callbacks]);

  const glShown = renderer.phase === 'gl';
  return (
    <div className={`map-wrap renderer-${renderer.phase}`}>
      <SvgMap
        boundaries={boundaries} placeNames={placeNames} level={mapProps.level} fillColors={mapProps.fillColors}
        prefectureWide={mapProps.prefectureWide} selectedCode={mapProps.selectedCode} hoverCode={hover?.code ?? null}
        language={mapProps.language} focusBounds={mapProps.focusBounds} padding={mapProps.padding} marker={mapProps.marker}
        palette={palette} labelScale={labelScale} label={mapProps.label} active={!glShown}
        onHover={setHover} onSelect={callbacks.onSelect} onPointClick={callbacks.onPointClick} onReady={onSvgReady}
        onScene={(scene) => { svgRef.current = scene; }}
      />
      {(renderer.phase === 'gl-loading' || renderer.phase === 'gl') && (
        <Suspense fallback={null}>
          <GlMap
            {...mapProps} boundaries={boundaries} placeNames={placeNames} palette={palette} labelScale={labelScale} fontUrl={fontUrl}
            callbacks={glCallbacks} shown={glShown} onMap={(map) => { glRef.current = map; }}
          />
        </Suspense>
      )}
      <Legend classification={classification} level={mapProps.level} language={mapProps.language} filterText={filterText} hatched={hatched} />
      {hover !== null && hoverName !== null && (
        <Tooltip name={placeName(hoverName, mapProps.language, placeNames)} figures={figures.get(hover.code)} point={hover.point} language={mapProps.language} />
      )}
    </div>
  );
}
