// Everything the plan reader shows, derived once from the text and the dataset: the document, each
// designation at its words, the runs of every paragraph and annex task, and which anchors exist.
// Pure: the text, the plan data and the prefectures' names in, plain data out.
import { anchorsOf, parsePlanDocument, type PlanDocument } from './plan-document';
import { designationsOf, locateDesignations, type LocatedDesignation, type UnlocatedDesignation } from './plan-designations';
import { placeLinksIn, runsOf, type BlockText, type TextRun } from './plan-marks';
import type { AdminCode, PlanData } from './types';

export interface PlanReading {
  document: PlanDocument;
  located: LocatedDesignation[];
  unlocated: UnlocatedDesignation[];
  /** Designation anchor → where it is ("c-<id>" → its sentence). */
  byAnchor: Map<string, LocatedDesignation>;
  /** Block id (paragraph or annex row) → its runs. */
  runsByBlock: Map<string, TextRun[]>;
  /** Every anchor the reader can open at: document anchors and designation anchors. */
  anchors: Set<string>;
  /** For the README's closing note and the reader's own summary line. */
  counts: { designations: number; clusters: number; projects: number; placeLinks: number };
}

/** "郑州市" → "郑州": the plan names prefectures without 市. */
export function shortPrefectureName(name: string): string {
  return name.endsWith('市') && name.length > 2 ? name.slice(0, -1) : name;
}

export function buildPlanReading(source: string, plan: PlanData, prefectures: readonly { name: string; code: AdminCode }[]): PlanReading {
  const document = parsePlanDocument(source);
  const { located, unlocated } = locateDesignations(document, designationsOf(plan));
  const byBlock = new Map<string, LocatedDesignation[]>();
  for (const entry of located) byBlock.set(entry.blockId, [...(byBlock.get(entry.blockId) ?? []), entry]);
  const shortNames = prefectures.map((prefecture) => ({ name: shortPrefectureName(prefecture.name), code: prefecture.code }));
  const runsByBlock = new Map<string, TextRun[]>();
  let placeLinks = 0;
  const addBlock = (id: string, block: BlockText) => {
    const inBlock = byBlock.get(id) ?? [];
    const places = placeLinksIn(block, inBlock, shortNames);
    placeLinks += places.length;
    runsByBlock.set(id, runsOf(block, inBlock, places));
  };
  for (const paragraph of document.paragraphs) addBlock(paragraph.id, paragraph);
  for (const section of document.sections) addBlock(section.heading.id, section.heading);
  for (const row of document.annex.rows) if (!row.group) addBlock(row.id, { text: row.task, start: row.taskStart, leadLength: 0 });
  const anchors = anchorsOf(document);
  for (const entry of located) anchors.add(entry.designation.anchor);
  return {
    document, located, unlocated,
    byAnchor: new Map(located.map((entry) => [entry.designation.anchor, entry])),
    runsByBlock, anchors,
    counts: {
      designations: located.length,
      clusters: located.filter((entry) => entry.designation.kind === 'cluster').length,
      projects: located.filter((entry) => entry.designation.kind === 'project').length,
      placeLinks,
    },
  };
}
