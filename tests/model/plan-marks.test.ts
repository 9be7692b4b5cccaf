// Cutting a paragraph into highlighted runs and place links, on the 产业集群 paragraph of 四(一) 冶金工业:
// "产业集群 :建设巩义千亿级铝加工产业集群 ,洛阳、三门峡千亿级有色深加工产业基地 ,安阳千亿级精品钢产业基地。"
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from '../../src/model/plan-document';
import { designationsOf, locateDesignations } from '../../src/model/plan-designations';
import { placeLinksIn, runsOf } from '../../src/model/plan-marks';
import type { PlanData } from '../../src/model/types';
import { planText, readPlanFile } from '../data/plan-files';

const document = parsePlanDocument(planText);
const plan = {
  programmes: readPlanFile('programmes.json'), industries: readPlanFile('industries.json'), clusters: readPlanFile('clusters.json'),
  statedCounts: [], specialProjects: readPlanFile('special-projects.json'), goals: readPlanFile('goals.json'), annex: readPlanFile('annex.json'),
} as unknown as PlanData;
const { located } = locateDesignations(document, designationsOf(plan));
const paragraph = document.paragraphs.find((candidate) => candidate.id === 'p-4-1-5')!;
const prefectures = [{ name: '洛阳', code: '410300' }, { name: '安阳', code: '410500' }, { name: '郑州', code: '410100' }];

describe('runs of a paragraph', () => {
  const places = placeLinksIn(paragraph, located, prefectures);
  const runs = runsOf(paragraph, located, places);

  it('links each cluster place as the quote writes it, to the cluster\'s code and industry', () => {
    expect(places.map((place) => [paragraph.text.slice(place.start - paragraph.start, place.end - paragraph.start), place.code, place.industry])).toEqual([
      ['巩义', '410181', 'metallurgy'], ['洛阳', '410300', 'metallurgy'], ['三门峡', '411200', 'metallurgy'], ['安阳', '410500', 'metallurgy'],
    ]);
  });

  it('gives one run per set of designations: the lead-in, then the three sentences, with the separators plain', () => {
    expect(runs.map((run) => [run.pieces.map((piece) => piece.text).join(''), run.marks])).toEqual([
      ['产业集群 :', []],
      ['建设巩义千亿级铝加工产业集群', ['c-metallurgy-gongyi-aluminium']],
      [' ,', []],
      ['洛阳、三门峡千亿级有色深加工产业基地', ['c-metallurgy-luoyang-nonferrous-base', 'c-metallurgy-sanmenxia-nonferrous-base']],
      [' ,', []],
      ['安阳千亿级精品钢产业基地', ['c-metallurgy-anyang-steel-base']],
      ['。', []],
    ]);
    expect(runs[0].pieces[0].lead).toBe(true);
    expect(runs[3].pieces.map((piece) => [piece.text, piece.place?.code ?? null])).toEqual([
      ['洛阳', '410300'], ['、', null], ['三门峡', '411200'], ['千亿级有色深加工产业基地', null],
    ]);
  });

  it('links a prefecture named outside any designation, and not a second time inside one', () => {
    const heading = document.paragraphs.find((candidate) => candidate.id === 'p-2-3-1')!; // (三)汽车及零部件。重点推动郑州汽车制造基地…
    const links = placeLinksIn(heading, located, prefectures);
    expect(links[0]).toMatchObject({ code: '410100', industry: null });
    expect(heading.text.slice(links[0].start - heading.start, links[0].end - heading.start)).toBe('郑州');
  });

  it('links every place of every cluster in its sentence, but one: "郑汴产业带" names 郑州 and 开封 in one word and links to the first', () => {
    const unlinked: string[] = [];
    for (const entry of located) {
      const block = document.paragraphs.find((candidate) => candidate.id === entry.blockId);
      if (block === undefined) continue;
      const blockLinks = placeLinksIn(block, located.filter((other) => other.blockId === entry.blockId), prefectures);
      for (const place of entry.designation.places) {
        const linked = blockLinks.some((link) => link.code === place.code && link.start >= entry.start && link.end <= entry.end
          && document.flat.slice(link.start, link.end) === place.asWritten);
        if (!linked) unlinked.push(`${entry.designation.anchor} ${place.asWritten} ${place.code}`);
      }
    }
    expect(unlinked).toEqual(['c-automotive-zhengbian-parts-belt 郑汴产业带 410200']);
  });
});

