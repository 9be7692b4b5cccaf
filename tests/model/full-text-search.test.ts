// Search over everything, on the real data: hand-picked queries and the result the plan makes right.
import { beforeAll, describe, expect, it } from 'vitest';
import unitsEn from '../../data/plan/units-en.json';
import { buildFullTextIndex, searchTokens, type FullTextIndex } from '../../src/model/full-text-search';
import { searchEverything, type SearchGroup } from '../../src/model/search-groups';
import { buildPlanReading } from '../../src/model/plan-reading';
import { buildSearchDocuments } from '../../src/model/search-documents';
import { englishSection, sectionHeadings } from '../../src/model/section-english';
import type { Atlas } from '../../src/data/load-atlas';
import { loadRealAtlas } from '../components/atlas-fixture';
import { planText } from '../data/plan-files';

let atlas: Atlas;
let index: FullTextIndex;
beforeAll(async () => {
  atlas = await loadRealAtlas();
  const reading = buildPlanReading(planText, atlas.plan, atlas.regions.prefectures);
  const headings = sectionHeadings(atlas.plan);
  const units: Record<string, string> = unitsEn;
  index = buildFullTextIndex(buildSearchDocuments(atlas.plan, atlas.searchEntries, reading, {
    unitEn: (unit) => units[unit] ?? unit, sectionEn: (section) => englishSection(section, headings),
  }));
});

const search = (query: string) => searchEverything(atlas.searchEntries, index, query);
const group = (groups: SearchGroup[], kind: string) => groups.find((entry) => entry.kind === kind)?.results ?? [];
const ids = (groups: SearchGroup[], kind: string) => group(groups, kind).map((result) => result.kind === 'region' ? result.entry.code : result.document.id);

describe('search tokens', () => {
  it('cuts Chinese into character pairs and keeps Latin words whole, lower-cased', () => {
    expect(searchTokens('超硬材料')).toEqual(['超硬', '硬材', '材料']);
    expect(searchTokens('Zhengzhou Airport 3000亿级')).toEqual(['zhengzhou', 'airport', '3000', '亿级']);
    expect(searchTokens('洛')).toEqual(['洛']);
  });
});

describe('search everything', () => {
  it('finds the two 超硬材料 clusters (长葛, 柘城) by their sub-industry, and the 超硬材料专项', () => {
    const groups = search('超硬材料');
    expect(ids(groups, 'cluster').slice(0, 2).sort()).toEqual(['cluster-new-materials-changge-superhard', 'cluster-new-materials-zhecheng-superhard']);
    expect(ids(groups, 'project')[0]).toBe('project-superhard-materials');
  });

  it('finds the 洛阳 500亿级 tungsten-molybdenum cluster first for 钨钼', () => {
    expect(ids(search('钨钼'), 'cluster')[0]).toBe('cluster-new-materials-luoyang-tungsten-molybdenum-titanium');
  });

  it('finds the Zhengzhou Airport zone and its clusters for the English "airport"', () => {
    const groups = search('airport');
    expect(ids(groups, 'zone')[0]).toBe('zone-郑州航空港区-410100');
    expect(ids(groups, 'cluster')).toContain('cluster-electronics-zhengzhou-airport-smartphone');
  });

  it('finds a lead unit by part of its name: 工业和信息化 → 省工业和信息化厅, which leads the annual work plans', () => {
    const units = group(search('工业和信息化'), 'unit');
    expect(units[0].kind === 'unit' && units[0].document).toMatchObject({ titleZh: '省工业和信息化厅', target: { page: 'plan', anchor: 'annex-2-1' } });
  });

  it('finds a lead unit by its English name', () => {
    expect(ids(search('Science and Technology'), 'unit')[0]).toBe('unit-省科技厅');
  });

  it('finds the paragraph that holds a phrase of the plan and leads to it in the reader', () => {
    const paragraphs = group(search('招商引资作为推动先进制造业'), 'paragraph');
    expect(paragraphs[0].kind === 'paragraph' && paragraphs[0].document.target).toEqual({ page: 'plan', anchor: 'p-1-3-5' });
  });

  it('still finds regions by Chinese, pinyin and initials, first in the list', () => {
    expect(search('巩义')[0]).toMatchObject({ kind: 'region' });
    expect(ids(search('gongyi'), 'region')[0]).toBe('410181');
    expect(ids(search('zz'), 'region')[0]).toBe('410100');
  });

  it('groups results in a fixed order of kinds', () => {
    const order = ['region', 'zone', 'cluster', 'project', 'unit', 'paragraph'];
    const kinds = search('郑州').map((entry) => entry.kind);
    expect(kinds).toEqual(order.filter((kind) => kinds.includes(kind as never)));
    expect(kinds.slice(0, 3)).toEqual(['region', 'zone', 'cluster']);
  });

  it('answers an English industry name with clusters of that industry', () => {
    const clusters = group(search('biomass'), 'cluster');
    expect(clusters.length).toBe(3);
  });

  it('indexes six kinds: 36 zone entries, 118 clusters and bases, 44 专项, 38 annex units, the plan\'s paragraphs and 27 annex tasks', () => {
    const count = (kind: string) => [...index.documents.values()].filter((document) => document.kind === kind).length;
    // 35 zone names in clusters.json; 郑汴产业带 is listed under both regions it names (郑州, 开封).
    expect([count('zone'), count('cluster'), count('project'), count('unit')]).toEqual([36, 118, 44, 38]);
    expect([...index.documents.keys()].filter((id) => id.startsWith('zone-郑汴产业带-'))).toEqual(['zone-郑汴产业带-410100', 'zone-郑汴产业带-410200']);
    expect([...index.documents.keys()].filter((id) => id.startsWith('paragraph-annex-'))).toHaveLength(27);
  });

  it('finds every kind in English too: a region by pinyin, a zone, a cluster, a 专项, a unit, a section\'s paragraphs', () => {
    expect(ids(search('luoyang'), 'region')[0]).toBe('410300');
    expect(ids(search('Airport Economy'), 'zone')[0]).toBe('zone-郑州航空港区-410100');
    expect(ids(search('superhard'), 'cluster')).toHaveLength(2);
    expect(ids(search('Smartphones'), 'project')[0]).toBe('project-smartphones');
    expect(ids(search('Department of Commerce'), 'unit')[0]).toBe('unit-省商务厅');
    expect(ids(search('New materials'), 'paragraph')).toContain('paragraph-p-3-3-6');
  });
});

