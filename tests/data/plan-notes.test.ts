// The clusters' notes exist in both languages, and each reads as its language: no Chinese in an English
// note outside the plan's words it quotes in “…”, and no English words in a Chinese note.
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../src/model/types';
import { flatPlan, readPlanFile } from './plan-files';

const clusters = readPlanFile<Cluster[]>('clusters.json');
const noted = clusters.filter((cluster) => cluster.noteEn !== null);

describe('cluster notes', () => {
  it('77 clusters carry a note, each in Chinese and in English', () => {
    expect(noted).toHaveLength(77);
    expect(clusters.filter((cluster) => (cluster.noteZh === null) !== (cluster.noteEn === null))).toEqual([]);
  });

  it('English notes have no Chinese outside “…” quotes of the plan', () => {
    const offending = noted.filter((cluster) => /[\u3400-\u9fff]/.test(cluster.noteEn!.replace(/“[^”]*”/g, '')));
    expect(offending.map((cluster) => cluster.id)).toEqual([]);
  });

  it('every Chinese “…” quote in an English note is the words of the plan', () => {
    const quotes = noted.flatMap((cluster) => [...cluster.noteEn!.matchAll(/“([^”]*[\u3400-\u9fff][^”]*)”/g)].map((match) => match[1]));
    expect(quotes.length).toBeGreaterThan(10);
    expect(quotes.filter((quote) => !flatPlan.includes(quote))).toEqual([]);
  });

  it('Chinese notes have no English words', () => {
    const offending = noted.filter((cluster) => /[A-Za-z]{2,}/.test(cluster.noteZh!));
    expect(offending.map((cluster) => cluster.id)).toEqual([]);
  });

  it('translates the 二-2 note with the plan words kept (hand-checked pair)', () => {
    const airport = noted.find((cluster) => cluster.noteZh?.startsWith('附件第 二-2 行称其为'));
    expect(airport?.noteEn).toBe('Annex row II-2 calls it “郑州航空港区 3000亿级电子信息” (electronic information); the body says smartphones. Body followed.');
  });
});
