// The plan reader's anchor of a section reference as the data writes it (plan-document.ts numbers
// sections and subsections the same way): "二(一) 电子信息产业" → "s-2-1", "二、实施…" → "s-2".
// Its own small module so that the map's panels can link into the reader without loading it.
const NUMERALS = '一二三四五六七八九十';

export function sectionAnchor(section: string): string | null {
  const match = /^([一二三四五六七八九十])(?:\(([一二三四五六七八九十]+)\)|、)/.exec(section);
  if (match === null) return null;
  const number = (numeral: string) => NUMERALS.indexOf(numeral) + 1;
  return match[2] === undefined ? `s-${number(match[1])}` : `s-${number(match[1])}-${number(match[2])}`;
}
