// Web Mercator as MapLibre computes it, and the camera MapLibre's fitBounds chooses for bounds and
// padding, so that a second renderer (the SVG map) draws the same picture at the same pixels.
// Formulas: maplibre-gl src/geo/mercator_coordinate.ts (mercatorXfromLng, mercatorYfromLat) and
// src/geo/projection/camera_helper.ts (cameraForBoxAndBearing, bearing 0): 512-pixel tiles, zoom the
// largest that fits the box into the size minus the padding, the box's middle shifted by half the
// difference of opposite paddings.
import type { Bounds } from './geometry';

export interface Padding { top: number; right: number; bottom: number; left: number }

/** Screen pixel = mercator unit coordinate × scale + offset (the same for x and y). */
export interface Camera {
  zoom: number;
  /** Pixels per mercator unit (the whole world is 1 × 1): 512 × 2^zoom. */
  scale: number;
  offsetX: number;
  offsetY: number;
}

export const TILE_SIZE = 512;

export function mercatorX(longitude: number): number {
  return (180 + longitude) / 360;
}

export function mercatorY(latitude: number): number {
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360))) / 360;
}

export function longitudeOf(x: number): number {
  return x * 360 - 180;
}

export function latitudeOf(y: number): number {
  return (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;
}

/**
 * The camera of `map.fitBounds(bounds, { padding })` on a map of `size` CSS pixels, with the zoom kept
 * within [minZoom, maxZoom] as the map clamps it.
 */
export function fitCamera(
  bounds: Bounds,
  size: { width: number; height: number },
  padding: Padding,
  zoomRange: { minZoom: number; maxZoom: number },
): Camera {
  const [west, south, east, north] = bounds;
  const left = mercatorX(west);
  const right = mercatorX(east);
  const top = mercatorY(north);
  const bottom = mercatorY(south);
  const availableWidth = size.width - padding.left - padding.right;
  const availableHeight = size.height - padding.top - padding.bottom;
  const fitted = Math.log2(Math.min(availableWidth / ((right - left) * TILE_SIZE), availableHeight / ((bottom - top) * TILE_SIZE)));
  const zoom = Math.max(zoomRange.minZoom, Math.min(zoomRange.maxZoom, Number.isFinite(fitted) ? fitted : zoomRange.minZoom));
  const scale = TILE_SIZE * 2 ** zoom;
  // The middle of the box lands at the middle of the padded area.
  const screenX = size.width / 2 + (padding.left - padding.right) / 2;
  const screenY = size.height / 2 + (padding.top - padding.bottom) / 2;
  return { zoom, scale, offsetX: screenX - ((left + right) / 2) * scale, offsetY: screenY - ((top + bottom) / 2) * scale };
}

export function project(camera: Camera, [longitude, latitude]: readonly [number, number] | readonly number[]): [number, number] {
  return [mercatorX(longitude) * camera.scale + camera.offsetX, mercatorY(latitude) * camera.scale + camera.offsetY];
}

export function unproject(camera: Camera, [x, y]: readonly [number, number]): [number, number] {
  return [longitudeOf((x - camera.offsetX) / camera.scale), latitudeOf((y - camera.offsetY) / camera.scale)];
}
