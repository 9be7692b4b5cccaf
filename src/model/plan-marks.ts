// A block of the plan cut into runs for the reader: highlighted designations (one run per set of
// designations covering the same words), place names linked to their regions, and the bold lead-in.
// Pure: positions in, runs out.
import type { LocatedDesignation } from './plan-designations';
import type { AdminCode, IndustryId } from './types';

export interface PlaceLink {
  start: number;
  end: number;
  code: AdminCode;
  /** The industry of the designation that names the place (its map view filters to it), or null. */
  industry: IndustryId | null;
}

export interface TextPiece {
  text: string;
  start: number;
  lead: boolean;
  place: PlaceLink | null;
}

export interface TextRun {
  start: number;
  end: number;
  /** Anchors of the designations covering these words, in data order; empty for plain text. */
  marks: string[];
  pieces: TextPiece[];
}

export interface BlockText {
  text: string;
  start: number;
  leadLength: number;
}

/**
 * The place links inside a block: each cluster's places as its quote writes them ("许昌尚集"), then the
 * prefectures' short names ("洛阳") wherever the text names them outside those. Longer names first, and
 * a place already linked is not linked again inside another's words.
 */
export function placeLinksIn(block: BlockText, located: readonly LocatedDesignation[], prefectures: readonly { name: string; code: AdminCode }[]): PlaceLink[] {
  const links: PlaceLink[] = [];
  const overlaps = (start: number, end: number) => links.some((link) => start < link.end && link.start < end);
  const candidates = located.flatMap((entry) => entry.designation.places.map((place) => ({ entry, place })))
    .sort((a, b) => b.place.asWritten.length - a.place.asWritten.length);
  for (const { entry, place } of candidates) {
    const from = entry.start - block.start;
    const to = entry.end - block.start;
    for (let index = block.text.indexOf(place.asWritten, from); index !== -1 && index + place.asWritten.length <= to; index = block.text.indexOf(place.asWritten, index + 1)) {
      const start = block.start + index;
      const end = start + place.asWritten.length;
      if (overlaps(start, end)) continue;
      links.push({ start, end, code: place.code, industry: entry.designation.industry });
      break;
    }
  }
  for (const prefecture of [...prefectures].sort((a, b) => b.name.length - a.name.length)) {
    for (let index = block.text.indexOf(prefecture.name); index !== -1; index = block.text.indexOf(prefecture.name, index + 1)) {
      const start = block.start + index;
      const end = start + prefecture.name.length;
      if (!overlaps(start, end)) links.push({ start, end, code: prefecture.code, industry: null });
    }
  }
  return links.sort((a, b) => a.start - b.start);
}

/** Cuts a block at every designation, place and lead-in boundary. */
export function runsOf(block: BlockText, located: readonly LocatedDesignation[], places: readonly PlaceLink[]): TextRun[] {
  const blockEnd = block.start + block.text.length;
  const inside = located.filter((entry) => entry.start >= block.start && entry.end <= blockEnd);
  const cuts = new Set<number>([block.start, blockEnd, block.start + block.leadLength]);
  for (const entry of inside) { cuts.add(entry.start); cuts.add(entry.end); }
  for (const place of places) { cuts.add(place.start); cuts.add(place.end); }
  const points = [...cuts].filter((point) => point >= block.start && point <= blockEnd).sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index];
    const end = points[index + 1];
    if (end === start) continue;
    const marks = inside.filter((entry) => entry.start <= start && entry.end >= end).map((entry) => entry.designation.anchor);
    const piece: TextPiece = {
      text: block.text.slice(start - block.start, end - block.start), start,
      lead: end <= block.start + block.leadLength,
      place: places.find((place) => place.start <= start && place.end >= end) ?? null,
    };
    const previous = runs[runs.length - 1];
    if (previous !== undefined && previous.marks.join(' ') === marks.join(' ')) {
      previous.end = end;
      previous.pieces.push(piece);
    } else {
      runs.push({ start, end, marks, pieces: [piece] });
    }
  }
  return runs;
}
