// The SVG map: draws the scene of the current view (svg-scene.ts) as SVG elements and reports hover and
// clicks as region codes, like the MapLibre map. It paints as soon as the data is there, and it is the
// whole map where WebGL 2 is missing. Only the fill attributes change on a filter change.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { Boundaries } from '../model/boundaries';
import type { PlaceNames } from '../model/place-pinyin';
import type { AdminCode } from '../model/types';
import { project, unproject, type Padding } from '../model/web-mercator';
import type { Bounds } from '../model/geometry';
import { LABEL_FONT } from './layer-ids';
import { hatchPixels } from './svg-hatch';
import { HATCH_PATTERN_ID } from './svg-markup';
import './map-renderers.css';
import { buildSvgScene, hoverOutline, sceneCamera, sceneLabelPoints, scenePaths, type SceneLevel, type SceneView, type SvgScene } from './svg-scene';

/** The scene's view (level, colours, selection, hover, palette …) plus what the component needs. */
export interface SvgMapProps extends SceneView {
  boundaries: Boundaries;
  placeNames: PlaceNames;
  focusBounds: Bounds;
  padding: Padding;
  label: string;
  /** False while another renderer shows the map: the SVG stays for print but takes no pointer. */
  active: boolean;
  onHover: (hover: { code: AdminCode; point: { x: number; y: number } } | null) => void;
  onSelect: (code: AdminCode | null) => void;
  onPointClick?: (lngLat: [number, number]) => void;
  /** After the first frame that shows the choropleth. */
  onReady: () => void;
  /** The current scene and projection, for exports and tests. */
  onScene?: (scene: { scene: SvgScene; project: (lngLat: [number, number]) => { x: number; y: number } } | null) => void;
}

/** Runs `callback` once the browser has painted the current frame. */
function afterPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => { timer = setTimeout(callback, 0); });
  return () => { cancelAnimationFrame(frame); if (timer !== undefined) clearTimeout(timer); };
}

export function SvgMap(props: SvgMapProps) {
  const { boundaries, placeNames, focusBounds, padding, active } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);

  // Measured before the first paint, so the first frame already has the map at its size.
  useLayoutEffect(() => {
    const container = containerRef.current!;
    const measure = () => {
      const width = container.clientWidth;
      const height = container.clientHeight;
      setSize((previous) => (previous?.width === width && previous.height === height ? previous : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(container);
    return () => observer.disconnect();
  }, []);

  const [west, south, east, north] = focusBounds;
  const cameraKey = size === null ? null : [west, south, east, north, size.width, size.height, padding.top, padding.right, padding.bottom, padding.left].join();
  const paths = useMemo(
    () => (size === null || size.width === 0 || size.height === 0 ? null : scenePaths(boundaries, sceneCamera([west, south, east, north], size, padding))),
    // The camera key holds every input of the camera by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [boundaries, cameraKey],
  );
  const labelAnchors = useMemo(() => sceneLabelPoints(boundaries, placeNames), [boundaries, placeNames]);
  // The scene without the hover: a pointer move changes one outline, not the regions and labels.
  const { level, fillColors, prefectureWide, selectedCode, language, marker, palette, labelScale } = props;
  const scene = useMemo(
    () => (paths === null || size === null ? null : buildSvgScene(paths, labelAnchors, size, {
      level, fillColors, prefectureWide, selectedCode, hoverCode: null, language, marker, palette, labelScale,
    })),
    [paths, labelAnchors, size, level, fillColors, prefectureWide, selectedCode, language, marker, palette, labelScale],
  );
  const hover = paths === null ? null : hoverOutline(paths, level, props.hoverCode, palette);

  const onSceneRef = useRef(props.onScene);
  onSceneRef.current = props.onScene;
  useEffect(() => {
    if (scene === null || paths === null) return;
    const camera = paths.camera;
    onSceneRef.current?.({ scene, project: (lngLat) => { const [x, y] = project(camera, lngLat); return { x, y }; } });
  });
  useEffect(() => () => onSceneRef.current?.(null), []);

  const onReadyRef = useRef(props.onReady);
  onReadyRef.current = props.onReady;
  const painted = scene !== null;
  useEffect(() => (painted ? afterPaint(() => onReadyRef.current()) : undefined), [painted]);

  // A filter change on the shown map: mark once the new colours are painted.
  const appliedFills = useRef<{ level: SceneLevel; fillColors: ReadonlyMap<AdminCode, string> } | null>(null);
  useEffect(() => {
    const previous = appliedFills.current;
    appliedFills.current = { level: props.level, fillColors: props.fillColors };
    if (!active || previous === null || previous.level !== props.level || previous.fillColors === props.fillColors) return undefined;
    return afterPaint(() => performance.mark('filter:applied'));
  }, [active, props.level, props.fillColors]);

  const codeAt = (target: EventTarget | null): AdminCode | null =>
    target instanceof Element ? target.closest('[data-code]')?.getAttribute('data-code') ?? null : null;
  const localPoint = (event: PointerEvent | React.MouseEvent) => {
    const box = containerRef.current!.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };
  const hoveredRef = useRef<AdminCode | null>(null);
  const onPointerMove = (event: PointerEvent) => {
    const code = codeAt(event.target);
    hoveredRef.current = code;
    props.onHover(code === null ? null : { code, point: localPoint(event) });
  };
  const onPointerLeave = () => {
    if (hoveredRef.current !== null) props.onHover(null);
    hoveredRef.current = null;
  };
  const onClick = (event: React.MouseEvent) => {
    if (paths !== null) {
      const { x, y } = localPoint(event);
      props.onPointClick?.(unproject(paths.camera, [x, y]));
    }
    props.onSelect(codeAt(event.target));
  };

  return (
    <div ref={containerRef} className={active ? 'map map-svg' : 'map map-svg map-svg-standby'}
      role={active ? 'region' : undefined} aria-label={active ? props.label : undefined} aria-hidden={active ? undefined : true}>
      {scene !== null && (
        <svg
          xmlns="http://www.w3.org/2000/svg" width={scene.width} height={scene.height} viewBox={`0 0 ${scene.width} ${scene.height}`}
          onPointerMove={active ? onPointerMove : undefined} onPointerLeave={active ? onPointerLeave : undefined} onClick={active ? onClick : undefined}
        >
          <SceneBelowHover scene={scene} />
          {hover !== null && <path d={hover.d} fill="none" stroke={hover.color} strokeWidth={hover.width} strokeLinejoin="round" pointerEvents="none" />}
          <SceneAboveHover scene={scene} />
        </svg>
      )}
    </div>
  );
}

/** The scene's elements up to the hover outline, in the MapLibre style's layer order. */
const SceneBelowHover = memo(function SceneBelowHover({ scene }: { scene: SvgScene }) {
  return (
    <>
      <defs>
        <pattern id={HATCH_PATTERN_ID} width={8} height={8} patternUnits="userSpaceOnUse">
          {hatchPixels().map(({ x, y, color, opacity }) => <rect key={`${x},${y}`} x={x} y={y} width={1} height={1} fill={color} fillOpacity={opacity} />)}
        </pattern>
      </defs>
      <rect width={scene.width} height={scene.height} fill={scene.background} />
      <g fillOpacity={scene.fillOpacity} fillRule="evenodd" cursor="pointer">
        {scene.regions.map((region) => <path key={region.code} data-code={region.code} d={region.d} fill={region.fill} />)}
      </g>
      <g fill={`url(#${HATCH_PATTERN_ID})`} fillRule="evenodd" pointerEvents="none">
        {scene.hatched.map((item) => <path key={item.code} d={item.d} />)}
      </g>
      <g fill="none" strokeLinejoin="round" pointerEvents="none">
        {scene.borders.map((border, index) => <path key={index} d={border.d} stroke={border.color} strokeWidth={border.width} />)}
      </g>
    </>
  );
});

/** The selection outline, labels and marker: above the hover outline, as in the MapLibre style. */
const SceneAboveHover = memo(function SceneAboveHover({ scene }: { scene: SvgScene }) {
  return (
    <>
      {scene.selected !== null && (
        <path className="map-selected" d={scene.selected.d} fill="none" stroke={scene.selected.color} strokeWidth={scene.selected.width} strokeLinejoin="round" pointerEvents="none" />
      )}
      <g fontFamily={`'${LABEL_FONT}', sans-serif`} textAnchor="middle" dominantBaseline="central" fill={scene.labelColor}
        stroke={scene.labelHalo} strokeLinejoin="round" paintOrder="stroke" pointerEvents="none">
        {scene.labels.map((label) => (
          <text key={`${label.level}-${label.code}`} x={label.x} y={label.y} fontSize={label.size} strokeWidth={label.haloWidth * 2}>{label.text}</text>
        ))}
      </g>
      {scene.marker !== null && (
        <circle cx={scene.marker.x} cy={scene.marker.y} r={7} fill={scene.marker.color} stroke="#ffffff" strokeWidth={2} pointerEvents="none" />
      )}
    </>
  );
});
