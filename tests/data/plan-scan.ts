// Finds the places in the plan where designations can hide, for the completeness test.
// Pure: text in, occurrences out. Offsets are in the plan text with line breaks removed.
export interface Occurrence {
  term: string;
  start: number;
  end: number;
  region: 'cluster-paragraph' | 'annex' | 'elsewhere';
}

/** Size words anywhere in the plan. */
export const sizeTerms = /亿级|千亿元|百亿元/g;
/** Cluster/base words inside the 产业集群 paragraphs and the annex. */
export const clusterTerms = /基地|集群/g;

/**
 * The 产业集群 paragraphs: from "产业集群:" / "产业集群 :" at the start of a line or after "。"
 * to the end of the line, continuing onto the next line when the line stops mid-sentence
 * (三(三) 新材料 breaks after "南阳").
 */
export function clusterParagraphs(planText: string): [number, number][] {
  const lines = planText.split(/\r?\n/);
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) { starts.push(offset); offset += line.length; }
  const paragraphs: [number, number][] = [];
  lines.forEach((line, index) => {
    const match = /(^|。)\s*产业集群\s*:/.exec(line);
    if (!match) return;
    // Start after the "产业集群:" label itself: the label is a heading, not a designation.
    const start = starts[index] + match.index + match[0].length;
    let last = index;
    while (!/。\s*$/.test(lines[last]) && last + 1 < lines.length) last += 1;
    paragraphs.push([start, starts[last] + lines[last].length]);
  });
  return paragraphs;
}

export function annexSpan(flatText: string): [number, number] {
  const start = flatText.indexOf('重点工作分工');
  if (start === -1) throw new Error('annex heading 重点工作分工 not found');
  return [start, flatText.length];
}

export function scanOccurrences(planText: string): Occurrence[] {
  const flat = planText.replace(/\r?\n/g, '');
  const paragraphs = clusterParagraphs(planText);
  const annex = annexSpan(flat);
  const regionOf = (at: number): Occurrence['region'] =>
    at >= annex[0] ? 'annex' : paragraphs.some(([s, e]) => at >= s && at < e) ? 'cluster-paragraph' : 'elsewhere';
  const found: Occurrence[] = [];
  for (const match of flat.matchAll(sizeTerms)) {
    found.push({ term: match[0], start: match.index, end: match.index + match[0].length, region: regionOf(match.index) });
  }
  for (const match of flat.matchAll(clusterTerms)) {
    const region = regionOf(match.index);
    if (region !== 'elsewhere') found.push({ term: match[0], start: match.index, end: match.index + match[0].length, region });
  }
  return found.sort((a, b) => a.start - b.start);
}

export function covers(spans: [number, number][], occurrence: Occurrence): boolean {
  return spans.some(([start, end]) => start <= occurrence.start && occurrence.end <= end);
}
