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

/**
 * fill-opacity of the prefecture hatch: opaque where the prefecture's `wide` state is true; without a
 * state, where it is in `initial` (baked into the style like the fill colours).
 */
export function hatchOpacityFromState(initial: ReadonlySet<AdminCode> = new Set()): ExpressionSpecification {
  return ['case', ['coalesce', ['feature-state', 'wide'], ['in', ['get', 'code'], ['literal', [...initial].sort()]]], 1, 0];
}

/** The `wide` states that turn the `applied` set into `next`: true for added codes, false for removed. */
export function wideStateChanges(applied: ReadonlySet<AdminCode>, next: ReadonlySet<AdminCode>): { code: AdminCode; wide: boolean }[] {
  return [
    ...[...next].filter((code) => !applied.has(code)).map((code) => ({ code, wide: true })),
    ...[...applied].filter((code) => !next.has(code)).map((code) => ({ code, wide: false })),
  ];
}

/** An 8 × 8 tile of diagonal strokes, RGBA, for the hatch pattern. */
export function hatchTile(size = 8, rgba: [number, number, number, number] = [40, 40, 40, 150]): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      // One-pixel stroke on the anti-diagonal, repeating seamlessly across tiles.
      if ((x + y) % size === 0 || (x + y + 1) % size === 0) data.set(rgba, (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
