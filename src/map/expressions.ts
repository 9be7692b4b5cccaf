// Data-driven paint by feature-state: each region's choropleth colour is a feature state, so a filter
// change updates states on the main thread; the GeoJSON is never re-tiled or re-uploaded.
import type { ExpressionSpecification } from 'maplibre-gl';
import type { AdminCode } from '../model/types';

/** fill-color of the choropleth layers: the region's `fill` state, or `fallback` without one. */
export function fillColorFromState(fallback: string): ExpressionSpecification {
  return ['to-color', ['coalesce', ['feature-state', 'fill'], fallback]];
}

export interface FillStateChange {
  code: AdminCode;
  /** The new colour, or null to clear the state (back to the fallback). */
  fill: string | null;
}

/** The feature-state updates that turn the `applied` colours into `next`; unchanged regions are skipped. */
export function fillStateChanges(applied: ReadonlyMap<AdminCode, string>, next: ReadonlyMap<AdminCode, string>): FillStateChange[] {
  const changes: FillStateChange[] = [];
  for (const [code, fill] of next) if (applied.get(code) !== fill) changes.push({ code, fill });
  for (const code of applied.keys()) if (!next.has(code)) changes.push({ code, fill: null });
  return changes;
}
