// The one owner of the maplibregl.Map. It takes plain state (level, colours, selection, language …),
// applies only what changed, and reports hover and clicks as region codes. Nothing else touches the map.
import * as maplibregl from 'maplibre-gl';
import type { MapGeoJSONFeature, StyleSpecification } from 'maplibre-gl';
import type { AllLayoutProperties, AllPaintProperties } from '@maplibre/maplibre-gl-style-spec';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { AdminCode } from '../model/types';
import type { Bounds } from '../model/geometry';
import type { Level } from '../state/view-state';
import { ONLINE_BASEMAP } from './basemap';
import { HATCH_IMAGE, LAYER, SOURCE } from './layer-ids';
import { labelTextField, markerData, withInitialFills } from './style';
import { fillStateChanges, hatchTile, wideStateChanges } from './expressions';
import { styleChanges } from './style-changes';
import { NO_DESIGNATION_COLOR } from '../model/classify';
import { MAX_ZOOM, MIN_ZOOM } from './map-metrics';
import 'maplibre-gl/dist/maplibre-gl.css';

export interface MapViewProps {
  level: Level;
  /** Choropleth colour per region code of the current level; absent codes get the no-data colour. */
  fillColors: ReadonlyMap<AdminCode, string>;
  /** Prefectures named as a whole, hatched on the county view. */
  prefectureWide: ReadonlySet<AdminCode>;
  selectedCode: AdminCode | null;
  language: 'zh' | 'en';
  basemap: boolean;
  /** Bounds to show; a change (by value) moves the camera. */
  focusBounds: Bounds;
  /** A queried point to mark (nearby), or null. */
  marker: [number, number] | null;
  /** Extra space around the fitted bounds, e.g. for the side panel. */
  padding: { top: number; right: number; bottom: number; left: number };
}

export interface MapCallbacks {
  onHover: (hover: { code: AdminCode; point: { x: number; y: number } } | null) => void;
  onSelect: (code: AdminCode | null) => void;
  onPointClick?: (lngLat: [number, number]) => void;
  onReady: () => void;
  onError: (message: string) => void;
  /** The WebGL context was lost: this map cannot draw any more. */
  onContextLost?: () => void;
}

// MapLibre 6 runs its tiles in a module worker that it expects beside its own file; in our bundle it
// is an asset of its own, served from this origin like everything else.
maplibregl.setWorkerUrl(workerUrl);

const FILL_LAYER: Record<Level, string> = { prefecture: LAYER.prefectureFill, county: LAYER.countyFill };
const HOVER_LAYER: Record<Level, string> = { prefecture: LAYER.prefectureHover, county: LAYER.countyHover };
const FILL_SOURCE: Record<Level, string> = { prefecture: SOURCE.prefectures, county: SOURCE.counties };

export class AtlasMap {
  readonly renderer = 'gl';
  private readonly map: maplibregl.Map;
  /** The props the map shows: at construction, those baked into the style (level and colours). */
  private props: MapViewProps;
  /** The props handed over while the style loads, applied at 'load'. */
  private pending: MapViewProps | null = null;
  private loaded = false;
  private hovered: { source: string; code: AdminCode } | null = null;
  private selected: { source: string; code: AdminCode } | null = null;
  /** The fill colours set as feature states, per source, so that only changes are applied. */
  private readonly appliedFills = new Map<string, ReadonlyMap<AdminCode, string>>();
  private appliedWide: ReadonlySet<AdminCode>;
  private readonly resizeObserver: ResizeObserver;
  /** The style the map's paint and layout properties follow (before the first view's colours were baked in). */
  private style: StyleSpecification;
  /** A style handed over while the map loads, applied at 'load'. */
  private pendingStyle: StyleSpecification | null = null;

  constructor(container: HTMLElement, style: StyleSpecification, initial: MapViewProps, private readonly callbacks: MapCallbacks) {
    this.style = style;
    this.map = new maplibregl.Map({
      container,
      style: withInitialFills(style, initial.level, initial.fillColors, initial.prefectureWide),
      bounds: initial.focusBounds,
      fitBoundsOptions: { padding: initial.padding },
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxZoom: MAX_ZOOM,
      minZoom: MIN_ZOOM,
      // Lets the PNG export read the canvas at any time, not only inside a render callback.
      canvasContextAttributes: { preserveDrawingBuffer: true },
      // No label fade-in: the map is complete (and "idle") as soon as it is drawn.
      fadeDuration: 0,
    });
    this.map.touchZoomRotate.disableRotation();
    // The hatch pattern must exist before the first tiles are laid out: tiles laid out without it
    // would never draw it.
    this.map.addImage(HATCH_IMAGE, hatchTile());
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.on('error', (event) => callbacks.onError(event.error?.message ?? 'map error'));
    this.map.on('webglcontextlost', () => callbacks.onContextLost?.());
    this.map.once('load', () => {
      this.loaded = true;
      // The style already has the construction props' level and colours; apply the rest.
      this.apply(this.props, this.pending ?? this.props, true);
      this.pending = null;
      if (this.pendingStyle !== null) this.restyle(this.pendingStyle);
      this.pendingStyle = null;
      // The first frame already shows the data colours (baked into the style); wait for idle in case
      // the view changed while the map was loading.
      this.map.once('idle', () => callbacks.onReady());
    });
    this.map.on('mousemove', (event) => this.handleHover(event.point, this.featureAt(event.point)));
    this.map.on('mouseout', () => this.handleHover(null, undefined));
    this.map.on('click', (event) => {
      const feature = this.featureAt(event.point);
      this.callbacks.onPointClick?.([event.lngLat.lng, event.lngLat.lat]);
      this.callbacks.onSelect(feature === undefined ? null : String(feature.properties.code));
    });
    // Keep the focused bounds in view when the container changes size (panels, full screen, rotation).
    this.resizeObserver = new ResizeObserver(() => {
      this.map.resize();
      this.fit(this.pending ?? this.props);
    });
    this.resizeObserver.observe(container);
    this.props = initial;
    this.appliedFills.set(FILL_SOURCE[initial.level], initial.fillColors);
    this.appliedWide = initial.prefectureWide;
  }

  private featureAt(point: maplibregl.PointLike): MapGeoJSONFeature | undefined {
    if (!this.loaded) return undefined;
    return this.map.queryRenderedFeatures(point, { layers: [FILL_LAYER[this.props.level]] })[0];
  }

  private handleHover(point: { x: number; y: number } | null, feature: MapGeoJSONFeature | undefined): void {
    const code = feature === undefined ? null : String(feature.properties.code);
    const source = feature?.source ?? null;
    if (this.hovered !== null && (this.hovered.code !== code || this.hovered.source !== source)) {
      this.map.setFeatureState({ source: this.hovered.source, id: this.hovered.code }, { hover: false });
      this.hovered = null;
    }
    if (code !== null && source !== null && this.hovered === null) {
      this.map.setFeatureState({ source, id: code }, { hover: true });
      this.hovered = { source, code };
    }
    this.map.getCanvas().style.cursor = code === null ? '' : 'pointer';
    this.callbacks.onHover(code === null || point === null ? null : { code, point });
  }

  /**
   * Takes another style of the same sources and layers (the projector palette, larger labels) by
   * setting the properties that differ: no re-tiling, no new map.
   */
  restyle(style: StyleSpecification): void {
    if (style === this.style) return;
    if (!this.loaded) {
      this.pendingStyle = style;
      return;
    }
    for (const change of styleChanges(this.style, style)) {
      // The names and values come from a valid style of ours; the setters' types cannot know which.
      if (change.kind === 'paint') this.map.setPaintProperty(change.layer, change.name as keyof AllPaintProperties, change.value as never);
      else this.map.setLayoutProperty(change.layer, change.name as keyof AllLayoutProperties, change.value as never);
    }
    this.style = style;
  }

  /**
   * Outlines `code` as hovered without a pointer event: the region under the pointer when this map
   * takes over from the SVG map, so the hover survives the swap.
   */
  showHover(code: AdminCode | null): void {
    if (!this.loaded) return;
    if (this.hovered !== null) this.map.setFeatureState({ source: this.hovered.source, id: this.hovered.code }, { hover: false });
    this.hovered = null;
    if (code === null) return;
    const source = FILL_SOURCE[this.props.level];
    this.map.setFeatureState({ source, id: code }, { hover: true });
    this.hovered = { source, code };
  }

  /** Applies the props, touching only what differs from the previous ones. */
  update(next: MapViewProps): void {
    if (!this.loaded) {
      this.pending = next;
      return;
    }
    this.apply(this.props, next, false);
  }

  private apply(previous: MapViewProps, next: MapViewProps, first: boolean): void {
    const map = this.map;
    if (previous.level !== next.level) {
      for (const level of ['prefecture', 'county'] as const) {
        const visibility = level === next.level ? 'visible' : 'none';
        map.setLayoutProperty(FILL_LAYER[level], 'visibility', visibility);
        map.setLayoutProperty(HOVER_LAYER[level], 'visibility', visibility);
      }
      map.setLayoutProperty(LAYER.prefectureWide, 'visibility', next.level === 'county' ? 'visible' : 'none');
    }
    if (previous.prefectureWide !== next.prefectureWide) {
      for (const { code, wide } of wideStateChanges(this.appliedWide, next.prefectureWide)) {
        map.setFeatureState({ source: SOURCE.prefectures, id: code }, { wide });
      }
      this.appliedWide = next.prefectureWide;
    }
    if (previous.level !== next.level || previous.fillColors !== next.fillColors) {
      const changed = this.applyFills(FILL_SOURCE[next.level], next.fillColors);
      if (changed && !first && previous.level === next.level) {
        // A filter change: mark once the map has drawn the new colours — the next frame, as feature
        // states are applied at render time ('idle' would also wait for unrelated work).
        map.once('render', () => performance.mark('filter:applied'));
      }
    }
    if (first || previous.selectedCode !== next.selectedCode || previous.level !== next.level) this.select(next);
    // The style is built with Chinese labels, no basemap and no marker.
    if (first ? next.language !== 'zh' : previous.language !== next.language) {
      map.setLayoutProperty(LAYER.prefectureLabels, 'text-field', labelTextField(next.language));
      map.setLayoutProperty(LAYER.countyLabels, 'text-field', labelTextField(next.language));
    }
    if (first ? next.basemap : previous.basemap !== next.basemap) this.setBasemap(next.basemap);
    if (first ? next.marker !== null : previous.marker?.join() !== next.marker?.join()) {
      const source = map.getSource(SOURCE.marker) as maplibregl.GeoJSONSource | undefined;
      source?.setData(markerData(next.marker));
    }
    const moved = previous.focusBounds.some((value, index) => value !== next.focusBounds[index])
      || JSON.stringify(previous.padding) !== JSON.stringify(next.padding);
    this.props = next;
    if (moved) this.fit(next, !first);
  }

  /** Sets the changed fill states of one source; true when anything changed. */
  private applyFills(source: string, colors: ReadonlyMap<AdminCode, string>): boolean {
    const changes = fillStateChanges(this.appliedFills.get(source) ?? new Map(), colors, NO_DESIGNATION_COLOR);
    for (const { code, fill } of changes) this.map.setFeatureState({ source, id: code }, { fill });
    this.appliedFills.set(source, colors);
    return changes.length > 0;
  }

  private select(next: MapViewProps): void {
    if (this.selected !== null) {
      this.map.setFeatureState({ source: this.selected.source, id: this.selected.code }, { selected: false });
      this.selected = null;
    }
    if (next.selectedCode === null) return;
    // A county code selects the county outline; a prefecture code the prefecture outline.
    const isPrefecture = this.map.querySourceFeatures(SOURCE.prefectures, { filter: ['==', ['get', 'code'], next.selectedCode] }).length > 0;
    const source = isPrefecture ? SOURCE.prefectures : SOURCE.counties;
    this.map.setFeatureState({ source, id: next.selectedCode }, { selected: true });
    this.selected = { source, code: next.selectedCode };
  }

  private setBasemap(on: boolean): void {
    if (on && this.map.getSource(SOURCE.basemap) === undefined) {
      this.map.addSource(SOURCE.basemap, ONLINE_BASEMAP);
      this.map.addLayer({ id: LAYER.basemap, type: 'raster', source: SOURCE.basemap, paint: { 'raster-opacity': 0.6 } }, LAYER.countyFill);
    }
    if (this.map.getLayer(LAYER.basemap) !== undefined) {
      this.map.setLayoutProperty(LAYER.basemap, 'visibility', on ? 'visible' : 'none');
    }
  }

  private fit(props: MapViewProps, animate = false): void {
    const [west, south, east, north] = props.focusBounds;
    this.map.fitBounds([[west, south], [east, north]], { padding: props.padding, animate, duration: animate ? 600 : 0 });
  }

  /**
   * A copy of the map drawn at `scale` device pixels per CSS pixel, for exports: the map re-renders
   * at that pixel ratio, is copied once idle, and returns to the screen's ratio.
   */
  async capture(scale: number): Promise<{ canvas: HTMLCanvasElement; cssWidth: number; cssHeight: number }> {
    const container = this.map.getContainer();
    const cssWidth = container.clientWidth;
    const cssHeight = container.clientHeight;
    const original = this.map.getPixelRatio();
    this.map.setPixelRatio(scale);
    await new Promise<void>((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
    const source = this.map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    copy.getContext('2d')!.drawImage(source, 0, 0);
    this.map.setPixelRatio(original);
    return { canvas: copy, cssWidth, cssHeight };
  }

  /** Screen position of a coordinate, for tests that read pixels of the rendered map. */
  project(lngLat: [number, number]): { x: number; y: number } {
    const point = this.map.project(lngLat);
    return { x: point.x, y: point.y };
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.map.remove();
  }
}
