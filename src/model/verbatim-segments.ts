// English notes quote the plan's own words in Chinese inside “…”. Splitting them out lets the view mark
// those quotes as Chinese (lang="zh-CN", data-verbatim) while the rest of the sentence is English.
// Pure: strings in, segments out.

export interface TextSegment {
  text: string;
  /** true for a “…” quote that contains Chinese: the plan's words, kept as written. */
  verbatim: boolean;
}

const HAN = /[\u3400-\u9fff]/;

export function verbatimSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let rest = text;
  for (;;) {
    const open = rest.indexOf('“');
    const close = open < 0 ? -1 : rest.indexOf('”', open + 1);
    if (close < 0) break;
    const quoted = rest.slice(open, close + 1);
    const before = rest.slice(0, open);
    if (HAN.test(quoted)) {
      if (before !== '') segments.push({ text: before, verbatim: false });
      segments.push({ text: quoted, verbatim: true });
    } else {
      segments.push({ text: before + quoted, verbatim: false });
    }
    rest = rest.slice(close + 1);
  }
  if (rest !== '') segments.push({ text: rest, verbatim: false });
  // merge neighbouring plain segments so the output is minimal
  return segments.reduce<TextSegment[]>((merged, segment) => {
    const last = merged[merged.length - 1];
    if (last !== undefined && !last.verbatim && !segment.verbatim) last.text += segment.text;
    else merged.push({ ...segment });
    return merged;
  }, []);
}
