// Every lead and participating unit of the annex has an English name in data/plan/units-en.json.
import { describe, expect, it } from 'vitest';
import type { AnnexRow } from '../../src/model/types';
import { readPlanFile } from './plan-files';

const annex = readPlanFile<AnnexRow[]>('annex.json');
const unitsEn = readPlanFile<Record<string, string>>('units-en.json');
const units = new Set(annex.flatMap((row) => [...row.lead, ...row.participating]));

describe('units-en.json', () => {
  it('has an English name for each of the 38 distinct units of the annex', () => {
    expect(units.size).toBe(38);
    expect([...units].filter((unit) => !Object.hasOwn(unitsEn, unit))).toEqual([]);
  });

  it('lists no unit the annex does not use', () => {
    expect(Object.keys(unitsEn).filter((unit) => !units.has(unit))).toEqual([]);
  });

  it('names are English: no Chinese characters', () => {
    expect(Object.values(unitsEn).filter((name) => /[\u3400-\u9fff]/.test(name))).toEqual([]);
  });

  it('gives the department and the government names as published (hand-checked)', () => {
    expect(unitsEn['省工业和信息化厅']).toBe('Provincial Department of Industry and Information Technology');
    expect(unitsEn['省发展改革委']).toBe('Provincial Development and Reform Commission');
    expect(unitsEn['郑州市政府']).toBe('Zhengzhou Municipal Government');
    expect(unitsEn['兰考县政府']).toBe('Lankao County Government');
  });
});

describe('English fields of the plan files', () => {
  it('every annex row has an English task without Chinese outside “…” quotes', () => {
    expect(annex.filter((row) => /[\u3400-\u9fff]/.test(row.taskEn.replace(/“[^”]*”/g, ''))).map((row) => row.id)).toEqual([]);
  });

  it('every special-project figure and example has an English text', () => {
    const projects = readPlanFile<{ id: string; target2017: { text: string; textEn: string }[]; examples: string[]; examplesEn: string[] }[]>('special-projects.json');
    const english = projects.flatMap((project) => [...project.target2017.map((figure) => figure.textEn), ...project.examplesEn]);
    expect(english.length).toBe(projects.reduce((sum, project) => sum + project.target2017.length + project.examples.length, 0));
    expect(english.filter((text) => /[\u3400-\u9fff]/.test(text))).toEqual([]);
    expect(projects.find((project) => project.id === 'smartphones')?.target2017[0].textEn).toBe('Provincial smartphone output over 200 million handsets in 2017');
  });
});
