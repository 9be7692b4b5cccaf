import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTour, viewOfStep } from '../../src/model/tour';
import type { Industry, Programme } from '../../src/model/types';

const programmes = JSON.parse(readFileSync('data/plan/programmes.json', 'utf8')) as Programme[];
const industries = JSON.parse(readFileSync('data/plan/industries.json', 'utf8')) as Industry[];
const tour = buildTour(programmes, industries);

describe('the presentation tour', () => {
  it('opens, then shows the 3 programmes, the 14 industries, and ends with 万亿级 and 千亿级', () => {
    expect(tour).toHaveLength(1 + 3 + 14 + 2);
    expect(tour[0]).toEqual({ kind: 'opening' });
    expect(tour.slice(1, 4).map((step) => step.kind)).toEqual(['programme', 'programme', 'programme']);
    expect(tour.slice(4, 18).every((step) => step.kind === 'industry')).toBe(true);
    expect(tour.slice(18)).toEqual([{ kind: 'tier', tier: '万亿' }, { kind: 'tier', tier: '千亿' }]);
  });

  it('takes the industries programme by programme, each exactly once', () => {
    const industrySteps = tour.filter((step) => step.kind === 'industry');
    expect(new Set(industrySteps.map((step) => step.industry)).size).toBe(14);
    const programmeOrder = industrySteps.map((step) => step.programme);
    expect(programmeOrder).toEqual([...programmeOrder].sort((a, b) => programmes.findIndex((p) => p.id === a) - programmes.findIndex((p) => p.id === b)));
  });

  it('turns each step into a view that filters to it', () => {
    expect(viewOfStep({ kind: 'industry', industry: 'food', programme: 'high-growth' })).toMatchObject({ industries: ['food'], programme: null, tier: null });
    expect(viewOfStep({ kind: 'programme', programme: 'strategic-emerging' })).toMatchObject({ industries: [], programme: 'strategic-emerging' });
    expect(viewOfStep({ kind: 'tier', tier: '千亿' })).toMatchObject({ tier: '千亿', industries: [] });
    expect(viewOfStep({ kind: 'opening' })).toMatchObject({ industries: [], programme: null, tier: null, metric: 'tier' });
  });
});
