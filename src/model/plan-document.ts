// The plan text as the document it is: the notice, the plan's title and preamble, sections 一…六 with
// their subsections (一)…, numbered items, "——…" items (专项 and goal groups), the 产业集群 paragraphs,
// and the annex table 重点工作分工. Pure: a string in, a structure out.
//
// Positions are offsets into the text with its line breaks removed (the "flat" text), because the
// source breaks some sentences mid-line ("推动制造业向更\n高层次") and the dataset's quotes match the text
// only with the breaks removed (data/plan/source/README.md). Every paragraph's `text` is exactly
// `flat.slice(start, end)`, so a quote found in a paragraph has a position in the whole text too.

export type ParagraphKind =
  | 'title'            // 河南省人民政府关于印发…的通知
  | 'meta'             // 发布日期:…
  | 'notice'           // the notice's body
  | 'signature'        // 河南省人民政府 / 2014年11月18日
  | 'plan-title'       // 先进制造业大省建设行动计划
  | 'text'             // an ordinary paragraph
  | 'subsection'       // "(一)重要意义。…": the subsection's first line, heading and text together
  | 'numbered'         // "1.突出重点,扩大优势。…"
  | 'item'             // "——智能手机发展专项。…" / "——规模结构。…"
  | 'projects-heading' // "产业发展专项 :"
  | 'clusters';        // "产业集群 :建设…"

export interface PlanParagraph {
  /** Anchor, e.g. "p-2-1-3": section 二, subsection (一), third paragraph (subsection 0: before the first). */
  id: string;
  kind: ParagraphKind;
  text: string;
  start: number;
  end: number;
  /** Length of the bold lead-in ("(一)重要意义。", "1.突出重点,扩大优势。", "——智能手机发展专项。"), 0 if none. */
  leadLength: number;
  /** What the paragraph is called in the plan's own words: "智能手机发展专项", "规模结构", "产业集群", or null. */
  name: string | null;
}

export interface PlanSubsection {
  id: string;                   // "s-2-1"
  number: string;               // "一"
  title: string;                // "电子信息产业"
  paragraphs: PlanParagraph[];
}

export interface PlanSection {
  id: string;                   // "s-2"
  number: string;               // "二"
  title: string;                // "实施高成长性制造业发展工程"
  heading: PlanParagraph;       // the heading line itself (kind "text", for its position)
  /** Paragraphs between the heading and the first subsection (the programme's opening paragraph). */
  intro: PlanParagraph[];
  subsections: PlanSubsection[];
}

export interface AnnexTableRow {
  id: string;                   // "annex-2-4" (a task) or "annex-2" (a group heading such as 二 实施…)
  number: string;               // as printed: "一", "1" … "10"
  /** A group heading spans the table; a task row has its three columns. */
  group: boolean;
  task: string;
  /** Where the task cell starts in the flat text (its marks are positioned from here). */
  taskStart: number;
  lead: string;
  participating: string;
  text: string;
  start: number;
  end: number;
}

export interface PlanAnnex {
  id: 'annex';
  label: string;                // 附件
  title: string;                // 重点工作分工
  header: string[];             // the header row as printed, one string per column
  rows: AnnexTableRow[];
}

export interface PlanDocument {
  flat: string;
  /** The notice: title, date line, body and signature. */
  front: PlanParagraph[];
  /** The plan's own title and preamble. */
  planTitle: PlanParagraph;
  preamble: PlanParagraph[];
  sections: PlanSection[];
  annex: PlanAnnex;
  /** Every paragraph in reading order (front, preamble, headings, section paragraphs), annex rows excluded. */
  paragraphs: PlanParagraph[];
}

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const SECTION_LINE = /^([一二三四五六七八九十])、\s*(.*?)\s*$/;
const SUBSECTION_LINE = /^\(([一二三四五六七八九十]+)\)\s*([^。\s]*)/;
const NUMBERED_LINE = /^\d+\./;
const ITEM_LINE = /^——/;
const PROJECTS_LINE = /^产业发展专项\s*[:：]/;
const CLUSTERS_LINE = /^产业集群\s*[:：]/;
/** A line ending in one of these closes its paragraph; any other continues on the next line. */
const CLOSING = /[。；;：:！？”」)]$/;
const ANNEX_LABEL = '附件';

/** The 1-based number of a Chinese numeral 一…十. */
function numberOf(chinese: string): number {
  return CHINESE_NUMBERS.indexOf(chinese) + 1;
}

function startsBlock(line: string): boolean {
  return SECTION_LINE.test(line) || SUBSECTION_LINE.test(line) || NUMBERED_LINE.test(line) || ITEM_LINE.test(line)
    || PROJECTS_LINE.test(line) || CLUSTERS_LINE.test(line) || line === ANNEX_LABEL;
}

interface RawBlock { text: string; start: number; end: number }

/** Lines → blocks: a line that does not close its sentence runs on into the next (the source's breaks).
 * Offsets count characters without the line breaks, so they are offsets into the flat text. */
function blocksOf(source: string, flat: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let offset = 0;
  let open: RawBlock | null = null;
  let inAnnex = false;
  source.split(/\r?\n/).forEach((line, lineIndex) => {
    const lineStart = offset;
    offset += line.length;
    const trimmed = line.trim();
    if (trimmed === '') { open = null; return; }
    const lineEnd = lineStart + line.trimEnd().length;
    // Indented lines (signature, plan title, headings), the notice's title and date line, and every
    // line of the annex table (one row a line) stand alone.
    const alone = inAnnex || lineIndex < 2 || trimmed !== line.trimEnd();
    if (trimmed === ANNEX_LABEL) inAnnex = true;
    if (open !== null && !alone && !startsBlock(trimmed)) {
      open.end = lineEnd;
      open.text = flat.slice(open.start, open.end);
    } else {
      open = { text: trimmed, start: lineStart + line.length - line.trimStart().length, end: lineEnd };
      blocks.push(open);
    }
    // A section heading, the annex label and a closed sentence end their block.
    if (alone || SECTION_LINE.test(trimmed) || trimmed === ANNEX_LABEL || CLOSING.test(open.text)) open = null;
  });
  return blocks;
}

function paragraphOf(block: RawBlock, id: string): PlanParagraph {
  const { text } = block;
  const firstStop = text.indexOf('。');
  const leadTo = firstStop === -1 ? 0 : firstStop + 1;
  let kind: ParagraphKind = 'text';
  let leadLength = 0;
  let name: string | null = null;
  const subsection = SUBSECTION_LINE.exec(text);
  if (subsection !== null) {
    kind = 'subsection';
    leadLength = leadTo === 0 ? text.length : leadTo;
    name = subsection[2];
  } else if (NUMBERED_LINE.test(text)) {
    kind = 'numbered';
    leadLength = leadTo;
    name = leadTo === 0 ? null : text.slice(text.indexOf('.') + 1, firstStop).trim();
  } else if (ITEM_LINE.test(text)) {
    kind = 'item';
    leadLength = leadTo;
    name = leadTo === 0 ? null : text.slice(2, firstStop).trim();
  } else if (PROJECTS_LINE.test(text)) {
    kind = 'projects-heading';
    leadLength = text.length;
    name = '产业发展专项';
  } else if (CLUSTERS_LINE.test(text)) {
    kind = 'clusters';
    leadLength = (/^产业集群\s*[:：]\s*/.exec(text) as RegExpExecArray)[0].length;
    name = '产业集群';
  }
  return { id, kind, text, start: block.start, end: block.end, leadLength, name };
}

/** An annex line: "2 建设…集群 郑州、…市政府 省发展改革委、…": number, task, lead, participating. */
function annexRowOf(block: RawBlock, groupNumber: number): { row: AnnexTableRow; groupNumber: number } {
  const { text } = block;
  const tokens = text.split(/\s+/);
  const number = tokens[0];
  const isGroupNumber = CHINESE_NUMBERS.includes(number);
  // A Chinese numeral starts a group (二 实施高成长性制造业发展工程) — except 一, the one top-level task row.
  const group = isGroupNumber && tokens.length <= 2;
  const nextGroup = isGroupNumber ? numberOf(number) : groupNumber;
  const id = isGroupNumber ? `annex-${nextGroup}` : `annex-${groupNumber}-${number}`;
  const taskFrom = text.indexOf(tokens[1] ?? '', number.length);
  // The task may hold spaces ("郑州航空港区 3000亿级…"); the units never do: they are the last two columns.
  const participating = group ? '' : tokens[tokens.length - 1];
  const lead = group ? '' : tokens[tokens.length - 2];
  const taskTo = group ? text.length : text.lastIndexOf(lead, text.lastIndexOf(participating) - 1);
  const task = text.slice(taskFrom, taskTo).trim();
  const row: AnnexTableRow = { id, number, group, task, taskStart: block.start + taskFrom, lead, participating, text, start: block.start, end: block.end };
  return { row, groupNumber: nextGroup };
}

export function parsePlanDocument(source: string): PlanDocument {
  const flat = source.replace(/\r?\n/g, '');
  const blocks = blocksOf(source, flat);

  const planTitleIndex = blocks.findIndex((block, index) => index > 0 && /行动计划$/.test(block.text) && !block.text.includes('通知'));
  const front = blocks.slice(0, planTitleIndex).map((block, index) => {
    const paragraph = paragraphOf(block, `p-0-0-${index + 1}`);
    paragraph.kind = index === 0 ? 'title' : block.text.startsWith('发布日期') ? 'meta' : /^(河南省人民政府|\d{4}年\d+月\d+日)$/.test(block.text) ? 'signature' : 'notice';
    return paragraph;
  });
  const planTitle = { ...paragraphOf(blocks[planTitleIndex], 'plan-title'), kind: 'plan-title' as const };
  const preamble: PlanParagraph[] = [];
  const sections: PlanSection[] = [];
  const annex: PlanAnnex = { id: 'annex', label: ANNEX_LABEL, title: '', header: [], rows: [] };
  const paragraphs: PlanParagraph[] = [...front, planTitle];

  let section: PlanSection | null = null;
  let subsection: PlanSubsection | null = null;
  let inAnnex = false;
  let annexGroup = 1;
  for (const block of blocks.slice(planTitleIndex + 1)) {
    if (inAnnex) {
      if (annex.title === '') annex.title = block.text;
      else if (annex.header.length === 0) {
        // The header as printed ("号 序 专项工作 牵头单位 参加单位"): the last three are columns, the rest the first.
        const tokens = block.text.split(/\s+/);
        annex.header = [tokens.slice(0, -3).join(' '), ...tokens.slice(-3)];
      } else {
        const { row, groupNumber } = annexRowOf(block, annexGroup);
        annexGroup = groupNumber;
        annex.rows.push(row);
      }
      continue;
    }
    if (block.text === ANNEX_LABEL) { inAnnex = true; continue; }
    const sectionMatch = SECTION_LINE.exec(block.text);
    if (sectionMatch !== null) {
      const number = numberOf(sectionMatch[1]);
      const heading = paragraphOf(block, `s-${number}`);
      section = { id: `s-${number}`, number: sectionMatch[1], title: sectionMatch[2], heading, intro: [], subsections: [] };
      sections.push(section);
      subsection = null;
      continue;
    }
    if (section === null) {
      const paragraph = paragraphOf(block, `p-0-1-${preamble.length + 1}`);
      preamble.push(paragraph);
      paragraphs.push(paragraph);
      continue;
    }
    const subsectionMatch = SUBSECTION_LINE.exec(block.text);
    if (subsectionMatch !== null) {
      const sectionNumber = numberOf(section.number);
      const number = numberOf(subsectionMatch[1]);
      subsection = { id: `s-${sectionNumber}-${number}`, number: subsectionMatch[1], title: subsectionMatch[2], paragraphs: [] };
      section.subsections.push(subsection);
    }
    const list = subsection === null ? section.intro : subsection.paragraphs;
    const paragraph = paragraphOf(block, `p-${numberOf(section.number)}-${subsection === null ? 0 : numberOf(subsection.number)}-${list.length + 1}`);
    list.push(paragraph);
    paragraphs.push(paragraph);
  }
  return { flat, front, planTitle, preamble, sections, annex, paragraphs };
}

/** Every anchor the reader can scroll to: sections, subsections, paragraphs, the annex and its rows. */
export function anchorsOf(document: PlanDocument): Set<string> {
  const anchors = new Set<string>(['annex', ...document.paragraphs.map((paragraph) => paragraph.id)]);
  for (const section of document.sections) {
    anchors.add(section.id);
    for (const subsection of section.subsections) anchors.add(subsection.id);
  }
  for (const row of document.annex.rows) anchors.add(row.id);
  return anchors;
}
