// The hatch of prefectures named as a whole, as SVG pixels: the very tile the MapLibre style's
// fill-pattern uses (expressions.hatchTile), one 1 × 1 square per painted pixel.
import { hatchTile } from './expressions';

export interface HatchPixel { x: number; y: number; color: string; opacity: number }

export function hatchPixels(): HatchPixel[] {
  const tile = hatchTile();
  const pixels: HatchPixel[] = [];
  for (let y = 0; y < tile.height; y += 1) {
    for (let x = 0; x < tile.width; x += 1) {
      const offset = (y * tile.width + x) * 4;
      const alpha = tile.data[offset + 3];
      if (alpha === 0) continue;
      const [red, green, blue] = tile.data.subarray(offset, offset + 3);
      pixels.push({ x, y, color: `rgb(${red},${green},${blue})`, opacity: Math.round((alpha / 255) * 1000) / 1000 });
    }
  }
  return pixels;
}
