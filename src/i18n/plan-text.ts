// The plan's data strings in the UI language: lead and participating units, section references,
// annex tasks, stated figures and examples, zones. Chinese stays as the plan writes it; English comes
// from the English fields of the data files, from data/plan/units-en.json, or from one rule
// (sections: model/section-english.ts; zones: the gazetteer's nameEn, else the place-name rule).
import unitsEn from '../../data/plan/units-en.json';
import { englishSection, sectionHeadings, type SectionHeadings } from '../model/section-english';
import type { AnnexRow, Industry, Programme, SpecialProject, TranslatedFigure } from '../model/types';
import type { Language } from '../state/view-state';

const UNITS_EN: Readonly<Record<string, string>> = unitsEn;

/** "省工业和信息化厅" → "Provincial Department of Industry and Information Technology" in English. */
export function unitName(unit: string, language: Language): string {
  return language === 'en' ? (Object.hasOwn(UNITS_EN, unit) ? UNITS_EN[unit] : unit) : unit;
}

export function annexTask(row: AnnexRow, language: Language): string {
  return language === 'en' ? row.taskEn : row.taskZh;
}

export function figureText(figure: TranslatedFigure, language: Language): string {
  return language === 'en' ? figure.textEn : figure.text;
}

export function projectExamples(project: SpecialProject, language: Language): readonly string[] {
  return language === 'en' ? project.examplesEn : project.examples;
}

// The headings come from the plan's own lists, so they are built once per loaded plan.
const headingsByPlan = new WeakMap<readonly Industry[], SectionHeadings>();

export function sectionName(section: string, language: Language, plan: { industries: readonly Industry[]; programmes: readonly Programme[] }): string {
  if (language === 'zh') return section;
  let headings = headingsByPlan.get(plan.industries);
  if (headings === undefined) {
    headings = sectionHeadings(plan);
    headingsByPlan.set(plan.industries, headings);
  }
  return englishSection(section, headings);
}

/** The English names of zones from the gazetteer (data/places/zones.json), when it is loaded. */
export interface ZoneNamesEn {
  byZone: ReadonlyMap<string, { nameEn: string }>;
}

/**
 * A zone as the plan writes it ("郑州航空港区") in Chinese; in English the gazetteer's nameEn, else the
 * pinyin-based English of the place-name rule. `names` is the loaded Atlas (or its two parts).
 */
export function zoneName(zone: string, language: Language, names: { zones: ZoneNamesEn; placeNames: { english(name: string): string } }): string {
  if (language === 'zh') return zone;
  return names.zones.byZone.get(zone)?.nameEn ?? names.placeNames.english(zone);
}
