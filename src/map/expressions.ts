// Data-driven paint by feature-state: each region's choropleth colour is a feature state, so a filter
// change updates states on the main thread; the GeoJSON is never re-tiled or re-uploaded.
import type { ExpressionSpecification } from 'maplibre-gl';
import type { AdminCode } from '../model/types';

/**
 * fill-color of the choropleth layers: the region's `fill` state; without one, its colour in `initial`
 * (the colours of the first view, baked into the style so that the first frame already shows them),
 * else `fallback`.
 */
export function fillColorFromState(fallback: string, initial: ReadonlyMap<AdminCode, string> = new Map()): ExpressionSpecification {
  return ['to-color', ['coalesce', ['feature-state', 'fill'], codeColorMatch(initial, fallback)]];
}

/** ['match', ['get', 'code'], [codes…], colour, …, fallback], or the fallback alone for no codes. */
function codeColorMatch(colors: ReadonlyMap<AdminCode, string>, fallback: string): ExpressionSpecification | string {
  const codesByColor = new Map<string, AdminCode[]>();
  for (const [code, color] of colors) codesByColor.set(color, [...(codesByColor.get(color) ?? []), code]);
  if (codesByColor.size === 0) return fallback;
  const branches = [...codesByColor].flatMap(([color, codes]) => [[...codes].sort(), color]);
  return ['match', ['get', 'code'], ...branches, fallback] as unknown as ExpressionSpecification;
}

export interface FillStateChange {
  code: AdminCode;
  fill: string;
}

/**
 * The feature-state updates that turn the `applied` colours into `next`; unchanged regions are skipped.
 * A region that loses its colour gets `fallback` explicitly (clearing the state would reveal the
 * colour baked into the style).
 */
export function fillStateChanges(applied: ReadonlyMap<AdminCode, string>, next: ReadonlyMap<AdminCode, string>, fallback: string): FillStateChange[] {
  const changes: FillStateChange[] = [];
  for (const [code, fill] of next) if (applied.get(code) !== fill) changes.push({ code, fill });
  for (const [code, fill] of applied) if (!next.has(code) && fill !== fallback) changes.push({ code, fill: fallback });
  return changes;
}
