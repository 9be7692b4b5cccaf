// An SVG map scene as SVG markup: the same elements, in the same order, as the SvgMap component draws,
// for the SVG export and the build-time prerender. Pure: strings in, a string out.
import { LABEL_FONT } from './layer-ids';
import { hatchPixels } from './svg-hatch';
import type { SvgScene } from './svg-scene';

export const HATCH_PATTERN_ID = 'atlas-hatch';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The 8 × 8 hatch tile as an SVG pattern (the MapLibre style's fill-pattern, pixel for pixel). */
export function hatchPatternMarkup(id = HATCH_PATTERN_ID): string {
  const pixels = hatchPixels().map(({ x, y, color, opacity }) => `<rect x="${x}" y="${y}" width="1" height="1" fill="${color}" fill-opacity="${opacity}"/>`);
  return `<pattern id="${id}" width="8" height="8" patternUnits="userSpaceOnUse">${pixels.join('')}</pattern>`;
}

/** The scene's elements (no <svg> around them); region paths carry data-code for hit testing. */
export function sceneMarkup(scene: SvgScene): string {
  const parts: string[] = [];
  parts.push(`<defs>${hatchPatternMarkup()}</defs>`);
  parts.push(`<rect width="${scene.width}" height="${scene.height}" fill="${scene.background}"/>`);
  parts.push(`<g fill-opacity="${scene.fillOpacity}" fill-rule="evenodd">`);
  for (const region of scene.regions) parts.push(`<path data-code="${region.code}" d="${region.d}" fill="${region.fill}"/>`);
  parts.push('</g>');
  if (scene.hatched.length > 0) {
    parts.push(`<g fill="url(#${HATCH_PATTERN_ID})" fill-rule="evenodd">`);
    for (const item of scene.hatched) parts.push(`<path d="${item.d}"/>`);
    parts.push('</g>');
  }
  parts.push('<g fill="none" stroke-linejoin="round">');
  for (const line of [...scene.borders, scene.hover, scene.selected]) {
    if (line !== null) parts.push(`<path d="${line.d}" stroke="${line.color}" stroke-width="${line.width}"/>`);
  }
  parts.push('</g>');
  parts.push(`<g font-family="'${LABEL_FONT}', sans-serif" text-anchor="middle" dominant-baseline="central" fill="${scene.labelColor}" stroke="${escapeXml(scene.labelHalo)}" stroke-linejoin="round" paint-order="stroke">`);
  for (const label of scene.labels) {
    parts.push(`<text x="${label.x}" y="${label.y}" font-size="${label.size}" stroke-width="${label.haloWidth * 2}">${escapeXml(label.text)}</text>`);
  }
  parts.push('</g>');
  if (scene.marker !== null) {
    parts.push(`<circle cx="${scene.marker.x}" cy="${scene.marker.y}" r="7" fill="${scene.marker.color}" stroke="#ffffff" stroke-width="2"/>`);
  }
  return parts.join('');
}
