// The English form of a section reference such as "二(一) 电子信息产业 · 产业集群": one rule for every
// section string in the data. The plan numbers its parts 一、二、… and (一)(二)…; in English these
// become I, II, … and .1, .2, … ("II.1"); the headings are the industries' and programmes' own English
// names, and the few other headings and sub-parts the data uses are listed below.
// Pure: strings and the plan's name lists in, a string out.
import type { Industry, Programme } from './types';

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Headings and sub-parts that are not an industry or a programme (一(四) and the paragraph names). */
const OTHER_HEADINGS: Record<string, string> = {
  工作目标: 'Targets',
  优势集群: 'Leading clusters',
  产业集群: 'Industrial clusters',
  产业发展专项: 'Special projects',
  关键零部件发展专项: 'Key automotive parts special project',
  '产业集群(水泥产业改造提升专项段内)': 'Industrial clusters (in the paragraph of the cement upgrading special project)',
};

export type SectionHeadings = ReadonlyMap<string, string>;

/** Heading (without its number) → English, from the industries' and programmes' `section` and `nameEn`. */
export function sectionHeadings(plan: { industries: readonly Industry[]; programmes: readonly Programme[] }): SectionHeadings {
  const headings = new Map(Object.entries(OTHER_HEADINGS));
  for (const item of [...plan.industries, ...plan.programmes]) headings.set(splitNumber(item.section).heading, item.nameEn);
  return headings;
}

function splitNumber(part: string): { number: string | null; heading: string } {
  const match = /^([一二三四五六七八九十])(?:\(([一二三四五六七八九十])\)\s*|、)(.*)$/.exec(part);
  if (match === null) return { number: null, heading: part };
  const [, chapter, paragraph, heading] = match;
  const number = paragraph === undefined ? `${ROMAN[NUMERALS[chapter]]}.` : `${ROMAN[NUMERALS[chapter]]}.${NUMERALS[paragraph]}`;
  return { number, heading: heading.trim() };
}

/**
 * "二(一) 电子信息产业 · 产业集群" → "II.1 Electronic information · Industrial clusters";
 * "二、实施高成长性制造业发展工程" → "II. High-growth manufacturing development programme".
 * A heading it does not know stays as written (the data test fails on any such).
 */
export function englishSection(section: string, headings: SectionHeadings): string {
  return section.split(' · ').map((part, index) => {
    const { number, heading } = index === 0 ? splitNumber(part) : { number: null, heading: part };
    const english = headings.get(heading) ?? heading;
    return number === null ? english : `${number} ${english}`;
  }).join(' · ');
}
