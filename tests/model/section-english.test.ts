import { describe, expect, it } from 'vitest';
import { englishSection, sectionHeadings } from '../../src/model/section-english';
import type { Industry, Programme } from '../../src/model/types';
import { readPlanFile } from '../data/plan-files';

const industries = readPlanFile<Industry[]>('industries.json');
const programmes = readPlanFile<Programme[]>('programmes.json');
const headings = sectionHeadings({ industries, programmes });

describe('englishSection', () => {
  it('numbers a paragraph of a chapter as II.1 and names the industry and the sub-part', () => {
    expect(englishSection('二(一) 电子信息产业 · 产业集群', headings)).toBe('II.1 Electronic information · Industrial clusters');
  });

  it('translates the targets section of chapter one', () => {
    expect(englishSection('一(四) 工作目标 · 优势集群', headings)).toBe('I.4 Targets · Leading clusters');
  });

  it('translates a programme chapter written with 、', () => {
    expect(englishSection('四、实施传统支柱产业转型工程', headings)).toBe('IV. Traditional pillar industries transformation programme');
  });

  it('translates a special-project section of chapter three', () => {
    expect(englishSection('三(四) 新能源产业 · 产业发展专项', headings)).toBe('III.4 New energy · Special projects');
  });

  it('keeps an unknown heading as written', () => {
    expect(englishSection('五(一) 强化项目带动', headings)).toBe('V.1 强化项目带动');
  });

  it('leaves no Chinese in any section of the plan files', () => {
    const sections = ['clusters.json', 'special-projects.json', 'stated-counts.json', 'industries.json', 'programmes.json']
      .flatMap((file) => readPlanFile<{ section: string }[]>(file).map((item) => item.section));
    expect(sections).toHaveLength(118 + 44 + 2 + 14 + 3);
    expect([...new Set(sections)].filter((section) => /[\u3400-\u9fff]/.test(englishSection(section, headings)))).toEqual([]);
  });
});
