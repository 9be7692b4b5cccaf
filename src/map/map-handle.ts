// What the app may ask of whichever renderer shows the map (MapLibre or SVG): exports and test hooks.
export interface MapCapture {
  canvas: HTMLCanvasElement;
  cssWidth: number;
  cssHeight: number;
}

export interface MapHandle {
  readonly renderer: 'gl' | 'svg';
  /** Screen position (CSS pixels in the map) of a coordinate. */
  project(lngLat: [number, number]): { x: number; y: number };
  /** The map drawn at `scale` device pixels per CSS pixel, for the PNG export. */
  capture(scale: number): Promise<MapCapture>;
}
