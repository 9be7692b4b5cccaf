// Each data/plan file validates against its schema in src/model/planSchema.ts.
import { describe, expect, it } from 'vitest';
import { tierOfSize } from '../../src/model/catalog';
import { planDataSchema, planFileSchemas } from '../../src/model/planSchema';
import { readPlanFile } from './plan-files';

const files = {
  programmes: 'programmes.json',
  industries: 'industries.json',
  clusters: 'clusters.json',
  statedCounts: 'stated-counts.json',
  specialProjects: 'special-projects.json',
  goals: 'goals.json',
  annex: 'annex.json',
} as const satisfies Record<keyof typeof planFileSchemas, string>;

describe('plan data files match their schemas', () => {
  for (const [key, file] of Object.entries(files) as [keyof typeof files, string][]) {
    it(`${file} is valid`, () => {
      const result = planFileSchemas[key].safeParse(readPlanFile(file));
      expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
    });
  }

  it('the files together form a valid PlanData', () => {
    const plan = Object.fromEntries(Object.entries(files).map(([key, file]) => [key, readPlanFile(file)]));
    expect(planDataSchema.safeParse(plan).success).toBe(true);
  });
});

describe('schemas reject bad records', () => {
  const cluster = readPlanFile<Record<string, unknown>[]>('clusters.json').find((record) => record.scope === 'local')!;

  it('rejects a tier that does not match sizeYi', () => {
    expect(planFileSchemas.clusters.safeParse([{ ...cluster, sizeYi: 3000, tier: '百亿' }]).success).toBe(false);
  });

  it('rejects an unknown industry id', () => {
    expect(planFileSchemas.clusters.safeParse([{ ...cluster, industry: 'textiles' }]).success).toBe(false);
  });

  it('rejects a place code that is not six digits', () => {
    expect(planFileSchemas.clusters.safeParse([{ ...cluster, places: [{ code: '4101', zone: null }] }]).success).toBe(false);
  });

  it('rejects a local cluster without places', () => {
    expect(planFileSchemas.clusters.safeParse([{ ...cluster, places: [] }]).success).toBe(false);
  });

  it('rejects a misspelt field', () => {
    expect(planFileSchemas.clusters.safeParse([{ ...cluster, sizeyi: 100 }]).success).toBe(false);
  });
});

describe('tierOfSize', () => {
  it('puts 100 to 999 in 百亿, 1000 to 9999 in 千亿, 10000 and up in 万亿', () => {
    expect([100, 500, 999, 1000, 3000, 9999, 10000].map(tierOfSize)).toEqual(['百亿', '百亿', '百亿', '千亿', '千亿', '千亿', '万亿']);
  });

  it('gives no tier without a size or below 百亿 (100 亿元, the smallest class of the plan)', () => {
    expect(tierOfSize(null)).toBeNull();
    expect(tierOfSize(99)).toBeNull();
  });
});
