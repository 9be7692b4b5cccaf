// What the header search can find, as plain documents: zones, clusters and bases, 专项, the annex's
// units, and every paragraph and annex row of the plan, each with the view it leads to. (Prefectures
// and counties are found by search.ts's place ranking, which knows pinyin and initials.)
// Pure: the plan data, the search entries and the plan reading in, documents out.
import type { PlanReading } from './plan-reading';
import type { SearchEntry } from './search';
import type { AdminCode, IndustryId, PlanData } from './types';

export type SearchKind = 'region' | 'zone' | 'cluster' | 'project' | 'unit' | 'paragraph';

/** Where a result leads: a map view (a region and/or an industry) or the reader at an anchor. */
export type SearchTarget =
  | { page: 'map'; regionCode: AdminCode | null; industry: IndustryId | null }
  | { page: 'plan'; anchor: string };

export interface SearchDocument {
  id: string;
  kind: SearchKind;
  titleZh: string;
  titleEn: string;
  /** A second line: the prefecture, the industry, the section … (null: none). */
  contextZh: string | null;
  contextEn: string | null;
  /** Chinese words to match: names, industry, sub-industry, places, the plan's sentence. */
  text: string;
  /** English words to match: the English names. */
  english: string;
  /** Pinyin and initials of a zone's name ("zhengzhouhangkonggangqu", "zzhkgq"), else "". */
  pinyin: string;
  target: SearchTarget;
}

export interface SearchDocumentNames {
  /** The English name of an annex unit (units-en.json), or the unit itself where none is known. */
  unitEn: (unit: string) => string;
  /** The English form of a section reference ("II.1 Electronic information"). */
  sectionEn: (section: string) => string;
}

const PARAGRAPH_TITLE_LENGTH = 28;

export function buildSearchDocuments(plan: PlanData, entries: readonly SearchEntry[], reading: PlanReading, names: SearchDocumentNames): SearchDocument[] {
  const documents: SearchDocument[] = [];
  const industryById = new Map(plan.industries.map((industry) => [industry.id, industry]));

  for (const entry of entries) {
    if (entry.kind !== 'zone') continue;
    documents.push({
      id: `zone-${entry.name}-${entry.code}`, kind: 'zone', titleZh: entry.name, titleEn: entry.nameEn,
      contextZh: entry.context, contextEn: entry.contextEn, text: entry.name, english: entry.nameEn,
      pinyin: `${entry.pinyin} ${entry.initials}`, target: { page: 'map', regionCode: entry.code, industry: null },
    });
  }

  for (const cluster of plan.clusters) {
    const industry = industryById.get(cluster.industry);
    const places = cluster.places.flatMap((place) => [place.asWritten ?? '', place.zone ?? '']).filter((word) => word !== '');
    documents.push({
      id: `cluster-${cluster.id}`, kind: 'cluster', titleZh: cluster.nameZh, titleEn: cluster.nameEn,
      contextZh: industry?.nameZh ?? null, contextEn: industry?.nameEn ?? null,
      text: [cluster.nameZh, cluster.subIndustryZh ?? '', industry?.nameZh ?? '', ...places, cluster.quote].join(' '),
      english: [cluster.nameEn, industry?.nameEn ?? ''].join(' '),
      pinyin: '', target: { page: 'map', regionCode: cluster.places[0]?.code ?? null, industry: cluster.industry },
    });
  }

  for (const project of plan.specialProjects) {
    const industry = industryById.get(project.industry);
    documents.push({
      id: `project-${project.id}`, kind: 'project', titleZh: project.nameZh, titleEn: project.nameEn,
      contextZh: industry?.nameZh ?? null, contextEn: industry?.nameEn ?? null,
      text: [project.nameZh, industry?.nameZh ?? '', ...project.examples, ...project.target2017.map((figure) => figure.text)].join(' '),
      english: [project.nameEn, industry?.nameEn ?? '', ...project.examplesEn, ...project.target2017.map((figure) => figure.textEn)].join(' '),
      pinyin: '', target: { page: 'map', regionCode: null, industry: project.industry },
    });
  }

  // The units of the annex 重点工作分工, leading or taking part; a result opens the first row it leads.
  const units = new Map<string, { leads: string[]; joins: string[] }>();
  for (const row of plan.annex) {
    for (const unit of row.lead) units.set(unit, { leads: [...(units.get(unit)?.leads ?? []), row.id], joins: units.get(unit)?.joins ?? [] });
    for (const unit of row.participating) units.set(unit, { leads: units.get(unit)?.leads ?? [], joins: [...(units.get(unit)?.joins ?? []), row.id] });
  }
  for (const [unit, { leads, joins }] of units) {
    documents.push({
      id: `unit-${unit}`, kind: 'unit', titleZh: unit, titleEn: names.unitEn(unit),
      contextZh: `牵头 ${leads.length} · 参加 ${joins.length}`, contextEn: `leads ${leads.length} · takes part in ${joins.length}`,
      text: unit, english: names.unitEn(unit), pinyin: '',
      target: { page: 'plan', anchor: leads[0] ?? joins[0] },
    });
  }

  // Every paragraph of the plan and every annex task, found by its full text.
  const { document } = reading;
  for (const section of document.sections) {
    const paragraphs = [...section.intro.map((paragraph) => ({ paragraph, reference: `${section.number}、${section.title}` })),
      ...section.subsections.flatMap((subsection) => subsection.paragraphs.map((paragraph) => ({ paragraph, reference: `${section.number}(${subsection.number}) ${subsection.title}` })))];
    for (const { paragraph, reference } of paragraphs) {
      if (paragraph.kind === 'projects-heading') continue;
      documents.push(paragraphDocument(paragraph.id, paragraph.text, reference, names));
    }
  }
  for (const paragraph of [...document.front, ...document.preamble]) documents.push(paragraphDocument(paragraph.id, paragraph.text, null, names));
  for (const row of document.annex.rows) {
    if (!row.group) documents.push(paragraphDocument(row.id, row.task, '附件 重点工作分工', names));
  }
  return documents;
}

function paragraphDocument(anchor: string, text: string, reference: string | null, names: SearchDocumentNames): SearchDocument {
  const title = text.length > PARAGRAPH_TITLE_LENGTH ? `${text.slice(0, PARAGRAPH_TITLE_LENGTH)}…` : text;
  const contextEn = reference === null ? null : reference.startsWith('附件') ? 'Annex: division of key tasks' : names.sectionEn(reference);
  return {
    id: `paragraph-${anchor}`, kind: 'paragraph', titleZh: title, titleEn: title,
    contextZh: reference, contextEn,
    // The text is Chinese only; in English a paragraph is found by the English name of its section.
    text, english: contextEn ?? '', pinyin: '', target: { page: 'plan', anchor },
  };
}
