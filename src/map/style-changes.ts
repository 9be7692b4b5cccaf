// The paint and layout properties that turn one style into another with the same sources and layers
// (the screen and the projector style): the map applies them in place instead of being rebuilt, so
// entering or leaving the presentation swaps palette and label sizes without re-tiling anything.
import type { StyleSpecification } from 'maplibre-gl';

export interface PropertyChange {
  layer: string;
  kind: 'paint' | 'layout';
  name: string;
  /** undefined: the property is unset in the next style. */
  value: unknown;
}

export function styleChanges(previous: StyleSpecification, next: StyleSpecification): PropertyChange[] {
  const before = new Map(previous.layers.map((layer) => [layer.id, layer]));
  const changes: PropertyChange[] = [];
  for (const layer of next.layers) {
    const old = before.get(layer.id);
    if (old === undefined) throw new Error(`layer ${layer.id} is not in the previous style: rebuild the map instead`);
    for (const kind of ['paint', 'layout'] as const) {
      const was = (old[kind] ?? {}) as Record<string, unknown>;
      const is = (layer[kind] ?? {}) as Record<string, unknown>;
      for (const name of new Set([...Object.keys(was), ...Object.keys(is)])) {
        if (JSON.stringify(was[name]) !== JSON.stringify(is[name])) changes.push({ layer: layer.id, kind, name, value: is[name] });
      }
    }
  }
  return changes;
}
