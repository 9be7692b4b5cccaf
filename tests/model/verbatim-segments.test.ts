import { describe, expect, it } from 'vitest';
import { verbatimSegments } from '../../src/model/verbatim-segments';

describe('verbatimSegments', () => {
  it('marks a Chinese “…” quote inside an English sentence as verbatim', () => {
    expect(verbatimSegments('Annex row II-2 calls it “郑州航空港区 3000亿级电子信息” (electronic information).')).toEqual([
      { text: 'Annex row II-2 calls it ', verbatim: false },
      { text: '“郑州航空港区 3000亿级电子信息”', verbatim: true },
      { text: ' (electronic information).', verbatim: false },
    ]);
  });

  it('keeps an English “…” quote as ordinary text', () => {
    expect(verbatimSegments('the word “over” matters')).toEqual([{ text: 'the word “over” matters', verbatim: false }]);
  });

  it('handles several quotes and a quote at the start', () => {
    expect(verbatimSegments('“等” (and others) and “级”')).toEqual([
      { text: '“等”', verbatim: true },
      { text: ' (and others) and ', verbatim: false },
      { text: '“级”', verbatim: true },
    ]);
  });

  it('leaves an unclosed quote as text', () => {
    expect(verbatimSegments('open “新乡 only')).toEqual([{ text: 'open “新乡 only', verbatim: false }]);
  });

  it('returns nothing for an empty string', () => {
    expect(verbatimSegments('')).toEqual([]);
  });
});
