// Draws an SVG map scene on a 2D canvas at any scale, for the PNG export of the SVG map: the same
// scene the SVG shows, so the picture matches the screen. Labels use the page's fonts (the bundled
// "Atlas Sans" once loaded), which an SVG drawn as an image could not.
import { LABEL_FONT } from '../map/layer-ids';
import { hatchPixels } from '../map/svg-hatch';
import type { SvgScene } from '../map/svg-scene';

function hatchPattern(context: CanvasRenderingContext2D): CanvasPattern | null {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const tileContext = tile.getContext('2d')!;
  for (const pixel of hatchPixels()) {
    tileContext.globalAlpha = pixel.opacity;
    tileContext.fillStyle = pixel.color;
    tileContext.fillRect(pixel.x, pixel.y, 1, 1);
  }
  return context.createPattern(tile, 'repeat');
}

export function drawScene(scene: SvgScene, scale: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(scene.width * scale);
  canvas.height = Math.round(scene.height * scale);
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.fillStyle = scene.background;
  context.fillRect(0, 0, scene.width, scene.height);
  context.globalAlpha = scene.fillOpacity;
  for (const region of scene.regions) {
    context.fillStyle = region.fill;
    context.fill(new Path2D(region.d), 'evenodd');
  }
  context.globalAlpha = 1;
  const pattern = scene.hatched.length > 0 ? hatchPattern(context) : null;
  if (pattern !== null) {
    context.fillStyle = pattern;
    for (const item of scene.hatched) context.fill(new Path2D(item.d), 'evenodd');
  }
  context.lineJoin = 'round';
  for (const line of [...scene.borders, scene.hover, scene.selected]) {
    if (line === null) continue;
    context.strokeStyle = line.color;
    context.lineWidth = line.width;
    context.stroke(new Path2D(line.d));
  }
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  for (const label of scene.labels) {
    context.font = `${label.size}px "${LABEL_FONT}", sans-serif`;
    context.strokeStyle = scene.labelHalo;
    context.lineWidth = label.haloWidth * 2;
    context.strokeText(label.text, label.x, label.y);
    context.fillStyle = scene.labelColor;
    context.fillText(label.text, label.x, label.y);
  }
  if (scene.marker !== null) {
    context.beginPath();
    context.arc(scene.marker.x, scene.marker.y, 7, 0, Math.PI * 2);
    context.fillStyle = scene.marker.color;
    context.fill();
    context.strokeStyle = '#ffffff';
    context.lineWidth = 2;
    context.stroke();
  }
  return canvas;
}
