// What the app may ask of whichever renderer shows the map (MapLibre or SVG): exports and test hooks.
import type { SvgScene } from './svg-scene';

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
  /** The SVG map's scene of the view (the fitted view, whichever renderer shows it), for the SVG export. */
  svgScene(): SvgScene | null;
}
