// Every designation of the dataset (clusters, 专项 and their targets, industry targets, goals, the
// programmes' opening counts, annex rows) placed at its words in the plan document.
// Pure: the parsed document and the plan data in, positions out.
//
// A quote is looked for inside the part of the plan its record names ("二(一) 电子信息产业 · 产业集群":
// section 二, subsection (一), the 产业集群 paragraph), because the plan repeats some wording: the
// annex restates the body's cluster sentences ("建设郑州千亿级综合性现代家居产业集群" is in 二(五) and in
// annex row 二-8), and 一(四) says "其中高成长性制造业比重达到55%" under two goal headings.
import type { PlanDocument, PlanParagraph } from './plan-document';
import type { AdminCode, IndustryId, PlanData } from './types';

export type DesignationKind = 'cluster' | 'project' | 'project-target' | 'target' | 'goal' | 'programme' | 'annex';

export interface DesignationPlace {
  /** The place as the quote writes it ("许昌尚集", "洛阳"). */
  asWritten: string;
  code: AdminCode;
}

export interface Designation {
  kind: DesignationKind;
  /** The anchor of the designation in the reader: "c-<cluster id>", "sp-<project id>", "annex-2-4" … */
  anchor: string;
  /** The record's id in its data file (for targets: the industry's or project's id). */
  recordId: string;
  quote: string;
  /** Where the plan has it: a section reference as the data writes it, or "annex". */
  section: string;
  /** The paragraph inside that section, by its name in the plan ("产业集群", "规模结构", "智能手机发展专项"). */
  part: string | null;
  industry: IndustryId | null;
  places: DesignationPlace[];
  /** The region the designation's map view selects: its first place, or null (province-wide). */
  regionCode: AdminCode | null;
}

export interface LocatedDesignation {
  designation: Designation;
  /** The paragraph id ("p-2-1-6") or annex row id ("annex-2-4") holding the words. */
  blockId: string;
  /** [start, end) in the flat text. */
  start: number;
  end: number;
  /** How often the quote occurs in the whole text (1, or more where the plan repeats it elsewhere). */
  occurrences: number;
}

export interface UnlocatedDesignation {
  designation: Designation;
  /** How often the quote occurs inside its scope: 0 (not there) or more than 1 (ambiguous). */
  inScope: number;
}

/** All designations of the dataset, in the data files' order. */
export function designationsOf(plan: PlanData): Designation[] {
  const designations: Designation[] = [];
  for (const programme of plan.programmes) {
    designations.push({ kind: 'programme', anchor: `pg-${programme.id}`, recordId: programme.id, quote: programme.quote, section: programme.section, part: null, industry: null, places: [], regionCode: null });
  }
  for (const goal of plan.goals) {
    const group = (goal as { group?: string }).group ?? null;
    designations.push({ kind: 'goal', anchor: `g-${goal.id}`, recordId: goal.id, quote: goal.quote, section: '一(四) 工作目标', part: group, industry: null, places: [], regionCode: null });
  }
  for (const industry of plan.industries) {
    const additional = (industry as { additionalTargets2017?: { quote: string }[] }).additionalTargets2017 ?? [];
    [...(industry.target2017 === null ? [] : [industry.target2017]), ...additional].forEach((target, index) => {
      designations.push({ kind: 'target', anchor: `t-${industry.id}-${index + 1}`, recordId: industry.id, quote: target.quote, section: industry.section, part: null, industry: industry.id, places: [], regionCode: null });
    });
  }
  for (const project of plan.specialProjects) {
    designations.push({ kind: 'project', anchor: `sp-${project.id}`, recordId: project.id, quote: project.quote, section: project.section, part: project.nameZh, industry: project.industry, places: [], regionCode: null });
    // The 2017 targets are stated inside the 专项's own paragraph; "主营业务收入突破 4000亿元" recurs in others.
    project.target2017.forEach((figure, index) => {
      designations.push({ kind: 'project-target', anchor: `spt-${project.id}-${index + 1}`, recordId: project.id, quote: figure.text, section: project.section, part: project.nameZh, industry: project.industry, places: [], regionCode: null });
    });
  }
  for (const cluster of plan.clusters) {
    const places = cluster.places.map((place) => ({ asWritten: place.asWritten ?? '', code: place.code })).filter((place) => place.asWritten !== '');
    const [sectionReference, part] = cluster.section.split(' · ');
    designations.push({
      kind: 'cluster', anchor: `c-${cluster.id}`, recordId: cluster.id, quote: cluster.quote, section: sectionReference, part: part ?? null,
      industry: cluster.industry, places, regionCode: cluster.places[0]?.code ?? null,
    });
  }
  for (const row of plan.annex) {
    designations.push({ kind: 'annex', anchor: row.id, recordId: row.id, quote: row.quote, section: 'annex', part: null, industry: null, places: [], regionCode: null });
  }
  return designations;
}

/** A block of text the locator searches: a paragraph, or an annex row's task cell. */
interface SearchBlock { id: string; text: string; start: number; name: string | null }

/** "二(一) 电子信息产业" → section 2, subsection 1; "二、实施…" → section 2; "annex" → the annex rows. */
export function scopeOf(document: PlanDocument, section: string, part: string | null): SearchBlock[] {
  if (section === 'annex') {
    return document.annex.rows.filter((row) => !row.group).map((row) => ({ id: row.id, text: row.task, start: row.taskStart, name: null }));
  }
  const match = /^([一二三四五六七八九十])(?:\(([一二三四五六七八九十]+)\)|、)?/.exec(section);
  if (match === null) return [];
  const planSection = document.sections.find((candidate) => candidate.number === match[1]);
  if (planSection === undefined) return [];
  let paragraphs: PlanParagraph[];
  if (match[2] === undefined) paragraphs = [...planSection.intro, ...planSection.subsections.flatMap((subsection) => subsection.paragraphs)];
  else paragraphs = planSection.subsections.find((subsection) => subsection.number === match[2])?.paragraphs ?? [];
  // Narrow to the named paragraph when the plan has one by that name (not for "产业集群(水泥…专项段内)").
  const named = part === null ? [] : paragraphs.filter((paragraph) => paragraph.name === part);
  const blocks = named.length > 0 ? named : paragraphs;
  return blocks.map((paragraph) => ({ id: paragraph.id, text: paragraph.text, start: paragraph.start, name: paragraph.name }));
}

function countIn(haystack: string, needle: string): number[] {
  const at: number[] = [];
  for (let index = haystack.indexOf(needle); index !== -1; index = haystack.indexOf(needle, index + 1)) at.push(index);
  return at;
}

export function locateDesignations(document: PlanDocument, designations: readonly Designation[]): { located: LocatedDesignation[]; unlocated: UnlocatedDesignation[] } {
  const located: LocatedDesignation[] = [];
  const unlocated: UnlocatedDesignation[] = [];
  for (const designation of designations) {
    const hits = scopeOf(document, designation.section, designation.part)
      .flatMap((block) => countIn(block.text, designation.quote).map((offset) => ({ block, offset })));
    if (hits.length !== 1) {
      unlocated.push({ designation, inScope: hits.length });
      continue;
    }
    const [{ block, offset }] = hits;
    located.push({
      designation, blockId: block.id, start: block.start + offset, end: block.start + offset + designation.quote.length,
      occurrences: countIn(document.flat, designation.quote).length,
    });
  }
  return { located, unlocated };
}
