// The plan text parsed into its document structure, and every designation of the dataset placed at its
// words. Expected values are read off the plan text (data/plan/source/) by hand.
import { describe, expect, it } from 'vitest';
import { anchorsOf, parsePlanDocument } from '../../src/model/plan-document';
import { designationsOf, locateDesignations } from '../../src/model/plan-designations';
import type { PlanData } from '../../src/model/types';
import { flatPlan, planText, readPlanFile } from '../data/plan-files';

const document = parsePlanDocument(planText);
const plan = {
  programmes: readPlanFile('programmes.json'), industries: readPlanFile('industries.json'), clusters: readPlanFile('clusters.json'),
  statedCounts: readPlanFile('stated-counts.json'), specialProjects: readPlanFile('special-projects.json'),
  goals: readPlanFile('goals.json'), annex: readPlanFile('annex.json'),
} as PlanData;
const designations = designationsOf(plan);
const { located, unlocated } = locateDesignations(document, designations);
const at = (anchor: string) => located.find((entry) => entry.designation.anchor === anchor)!;

describe('the plan document', () => {
  it('has the notice, the plan title and six sections with their titles as printed', () => {
    expect(document.front[0].text).toBe('河南省人民政府关于印发先进制造业大省建设行动计划的通知');
    expect(document.front.filter((paragraph) => paragraph.kind === 'signature').map((paragraph) => paragraph.text)).toEqual(['河南省人民政府', '2014年11月18日']);
    expect(document.planTitle.text).toBe('先进制造业大省建设行动计划');
    expect(document.sections.map((section) => `${section.number}、${section.title}`)).toEqual([
      '一、总体要求', '二、实施高成长性制造业发展工程', '三、实施战略性新兴产业培育工程', '四、实施传统支柱产业转型工程', '五、强化支撑保障', '六、加强组织实施',
    ]);
    expect(document.sections[1].subsections.map((subsection) => subsection.title)).toEqual(['电子信息产业', '装备制造产业', '汽车及零部件', '食品产业', '现代家居产业', '服装服饰产业']);
  });

  it('keeps every paragraph as the exact run of the text without line breaks', () => {
    for (const paragraph of document.paragraphs) expect(flatPlan.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    // No text is lost: all paragraphs and annex lines together hold every non-space character of the text.
    const kept = [...document.paragraphs.map((paragraph) => paragraph.text), ...document.sections.map((section) => section.heading.text),
      document.annex.label, document.annex.title, ...document.annex.rows.map((row) => row.text)].join('').replace(/\s/g, '').length;
    expect(kept + '号序专项工作牵头单位参加单位'.length).toBe(flatPlan.replace(/\s/g, '').length);
  });

  it('joins a sentence the source breaks across lines ("推动制造业向更" / "高层次")', () => {
    const paragraph = document.paragraphs.find((candidate) => candidate.text.includes('推动制造业向更高层次'))!;
    expect(paragraph.id).toBe('p-1-2-4');
  });

  it('joins a numbered heading to its text ("1.突出重点" / ",扩大优势。…") and bolds the lead-in', () => {
    const paragraph = document.sections[0].subsections[2].paragraphs[1];
    expect(paragraph.kind).toBe('numbered');
    expect(paragraph.name).toBe('突出重点,扩大优势');
    expect(paragraph.text.slice(0, paragraph.leadLength)).toBe('1.突出重点,扩大优势。');
  });

  it('finds the 44 专项 the plan announces ("以44个产业发展专项为抓手") as "——…专项" items', () => {
    const projects = document.paragraphs.filter((paragraph) => paragraph.kind === 'item' && paragraph.name!.endsWith('专项'));
    expect(projects).toHaveLength(44);
    expect(projects[0]).toMatchObject({ id: 'p-2-1-3', name: '智能手机发展专项' });
  });

  it('finds 13 产业集群 paragraphs: every industry but 建材工业, whose cluster sits in its 水泥 专项', () => {
    const clusterParagraphs = document.paragraphs.filter((paragraph) => paragraph.kind === 'clusters');
    expect(clusterParagraphs).toHaveLength(13);
    expect(clusterParagraphs.some((paragraph) => paragraph.id.startsWith('p-4-2-'))).toBe(false);
  });

  it('reads the annex as a table: 4 group rows and 27 task rows with their lead and participating units', () => {
    expect(document.annex.title).toBe('重点工作分工');
    expect(document.annex.rows.filter((row) => row.group).map((row) => row.task)).toEqual(['实施高成长性制造业发展工程', '实施战略性新兴产业培育工程', '实施传统支柱产业转型工程', '强化支撑保障']);
    const tasks = document.annex.rows.filter((row) => !row.group);
    expect(tasks.map((row) => row.id)).toEqual(plan.annex.map((row) => row.id));
    expect(tasks.find((row) => row.id === 'annex-2-4')).toMatchObject({
      task: '建设鹤壁金山、漯河东城、南阳光电等百亿级电子信息特色产业集群', lead: '鹤壁、漯河、南阳市政府', participating: '省发展改革委、工业和信息化厅、科技厅、商务厅',
    });
    // A task with a space inside it keeps it: "长葛大周 “城市矿产”示范基地".
    expect(tasks.find((row) => row.id === 'annex-3-3')!.task.endsWith('长葛大周 “城市矿产”示范基地')).toBe(true);
    for (const row of tasks) expect(flatPlan.slice(row.taskStart, row.taskStart + row.task.length)).toBe(row.task);
  });

  it('offers an anchor for every section, subsection, paragraph and annex row', () => {
    const anchors = anchorsOf(document);
    for (const anchor of ['s-2', 's-2-1', 'p-2-1-6', 'p-0-1-1', 'annex', 'annex-2-4', 'plan-title']) expect(anchors.has(anchor)).toBe(true);
    expect(anchors.has('p-9-9-9')).toBe(false);
  });
});

describe('designations in the text', () => {
  it('places every designation: 3 programmes, 21 goals, 16 industry targets, 44 专项 and their 50 targets, 118 clusters, 27 annex rows', () => {
    expect(unlocated).toEqual([]);
    const count = (kind: string) => located.filter((entry) => entry.designation.kind === kind).length;
    expect([count('programme'), count('goal'), count('target'), count('project'), count('project-target'), count('cluster'), count('annex')])
      .toEqual([3, 21, 16, 44, 50, 118, 27]);
  });

  it('finds each of the 118 cluster quotes exactly once in its own section', () => {
    const clusters = located.filter((entry) => entry.designation.kind === 'cluster');
    expect(clusters).toHaveLength(118);
    expect(at('c-electronics-hebi-jinshan').blockId).toBe('p-2-1-6');
    expect(at('c-metallurgy-gongyi-aluminium').blockId).toBe('p-4-1-5');
    // 郑汴产业带千亿元零部件集群 is stated inside the 关键零部件发展专项, not in the 产业集群 paragraph.
    expect(at('c-automotive-zhengbian-parts-belt').blockId).toBe('p-2-3-6');
  });

  it('explains every cluster quote that occurs twice: the annex repeats the body sentence (26 clusters)', () => {
    const repeated = located.filter((entry) => entry.designation.kind === 'cluster' && entry.occurrences > 1);
    expect(repeated).toHaveLength(26);
    for (const entry of repeated) {
      expect(entry.occurrences).toBe(2);
      const inAnnex = document.annex.rows.filter((row) => row.task.includes(entry.designation.quote));
      expect(inAnnex).toHaveLength(1);
      expect(entry.blockId.startsWith('p-')).toBe(true);
    }
    expect(repeated.map((entry) => entry.designation.anchor)).toContain('c-home-zhengzhou');
  });

  it('maps clusters that share one sentence to the same span (the two 万亿级, the five 纺织 clusters)', () => {
    const equipment = at('c-equipment-province-10000');
    const food = at('c-food-province-10000');
    expect([food.start, food.end]).toEqual([equipment.start, equipment.end]);
    expect(flatPlan.slice(equipment.start, equipment.end)).toBe('全省形成装备制造和食品2个万亿级产业集群');
    expect(equipment.blockId).toBe('p-1-4-3');
    const textiles = located.filter((entry) => entry.designation.anchor.startsWith('c-light-textile-'));
    expect(textiles).toHaveLength(5);
    expect(new Set(textiles.map((entry) => entry.start)).size).toBe(1);
  });

  it('tells the goal "其中高成长性制造业比重达到55%" apart by its heading (规模结构, not 产业集聚)', () => {
    expect(at('g-high-growth-share').blockId).toBe('p-1-4-2');
  });

  it('places a 专项 target inside its own 专项 although the words recur in other 专项', () => {
    const target = at('spt-smart-complete-equipment-1');
    expect(target.designation.quote).toBe('主营业务收入突破 4000亿元');
    expect(target.occurrences).toBe(3);
    expect(target.blockId).toBe('p-2-2-3');
  });

  it('places an annex row in its table row, not in the body sentence it repeats', () => {
    expect(at('annex-2-8').blockId).toBe('annex-2-8');
    expect(at('c-home-zhengzhou').blockId).toBe('p-2-5-6');
  });
});
