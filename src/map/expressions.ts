// Data-driven paint: the choropleth colour of each region as one `match` expression on its code, so a
// filter change is a single paint-property update and the geometry is never re-uploaded.
import type { ExpressionSpecification } from 'maplibre-gl';
import type { AdminCode } from '../model/types';

export function fillColorExpression(
  colors: ReadonlyMap<AdminCode, string>,
  fallback: string,
): ExpressionSpecification | string {
  const codesByColor = new Map<string, AdminCode[]>();
  for (const [code, color] of colors) {
    const codes = codesByColor.get(color) ?? [];
    codes.push(code);
    codesByColor.set(color, codes);
  }
  if (codesByColor.size === 0) return fallback;
  const branches: (string | string[])[] = [];
  for (const [color, codes] of codesByColor) branches.push([...codes].sort(), color);
  return ['match', ['get', 'code'], ...branches, fallback] as unknown as ExpressionSpecification;
}
