// A map scale bar: the longest "round" distance (1, 2 or 5 × 10^n km) that fits the given width.
// Web Mercator stretches distances by 1 / cos(latitude), so the bar holds at the latitude it was
// measured at (the map's centre); across Henan (31.4°–36.4° N) that varies by about 7 %.

export interface ScaleBar {
  /** Length of the bar in CSS pixels. */
  widthPx: number;
  kilometres: number;
}

const EARTH_RADIUS_M = 6_378_137; // WGS-84, as Web Mercator uses

/** Metres on the ground per CSS pixel, from two points' longitudes and their screen distance. */
export function metresPerPixel(longitudeA: number, longitudeB: number, latitude: number, pixelDistance: number): number {
  const metres = (Math.abs(longitudeB - longitudeA) * Math.PI / 180) * EARTH_RADIUS_M * Math.cos(latitude * Math.PI / 180);
  return metres / pixelDistance;
}

/** Metres per CSS pixel of a Web Mercator map at `zoom` (512-pixel tiles, as MapLibre) and a latitude. */
export function metresPerPixelAtZoom(zoom: number, latitude: number, tileSize = 512): number {
  return (2 * Math.PI * EARTH_RADIUS_M * Math.cos(latitude * Math.PI / 180)) / (tileSize * 2 ** zoom);
}

export function scaleBar(metresPerPx: number, maxWidthPx: number): ScaleBar | null {
  if (!(metresPerPx > 0) || !(maxWidthPx > 0)) return null;
  const maxKilometres = (metresPerPx * maxWidthPx) / 1000;
  const power = 10 ** Math.floor(Math.log10(maxKilometres));
  const step = [5, 2, 1].find((factor) => factor * power <= maxKilometres)!;
  const kilometres = step * power;
  return { widthPx: (kilometres * 1000) / metresPerPx, kilometres };
}
