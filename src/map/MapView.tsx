// React's handle on the map owner: creates it once, hands it new props (and restyles) on every render.
import { useEffect, useRef } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import { AtlasMap, type MapCallbacks, type MapViewProps } from './atlas-map';

interface Props extends MapViewProps {
  style: StyleSpecification;
  callbacks: MapCallbacks;
  /** Receives the owner once it exists (for exports and tests); null when it is removed. */
  onMap?: (map: AtlasMap | null) => void;
  label: string;
}

export function MapView({ style, callbacks, onMap, label, ...props }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<AtlasMap | null>(null);
  const callbacksRef = useRef(callbacks);
  callbacksRef.current = callbacks;

  useEffect(() => {
    // Stable forwarding callbacks, so the map never sees stale closures and is never recreated for them.
    const forward: MapCallbacks = {
      onHover: (hover) => callbacksRef.current.onHover(hover),
      onSelect: (code) => callbacksRef.current.onSelect(code),
      onPointClick: (lngLat) => callbacksRef.current.onPointClick?.(lngLat),
      onReady: () => callbacksRef.current.onReady(),
      onError: (message) => callbacksRef.current.onError(message),
      onContextLost: () => callbacksRef.current.onContextLost?.(),
    };
    let map: AtlasMap;
    try {
      map = new AtlasMap(containerRef.current!, style, props, forward);
    } catch (error) {
      // No WebGL 2 context (creation failed, blocked, or out of contexts): the SVG map stays the map,
      // and the pane says so in the user's language (MapLibre's own message is English, for developers).
      console.warn('MapLibre could not start; the SVG map stays the map:', error);
      callbacksRef.current.onContextLost?.();
      return undefined;
    }
    mapRef.current = map;
    onMap?.(map);
    return () => {
      onMap?.(null);
      map.destroy();
      mapRef.current = null;
    };
    // Created once: a new style (the presentation's) is applied in place by restyle() below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    mapRef.current?.restyle(style);
    mapRef.current?.update(props);
  });

  return <div ref={containerRef} className="map" role="region" aria-label={label} />;
}
