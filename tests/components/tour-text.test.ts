// What the presentation says at the steps that used to say untrue things, in both languages, on the
// real data. Expected words and figures are counted by hand from the plan text.
import { beforeAll, describe, expect, it } from 'vitest';
import { tourText } from '../../src/app/use-tour-text';
import type { Atlas } from '../../src/data/load-atlas';
import { i18n } from '../../src/i18n/i18n';
import { filterClusters } from '../../src/model/cluster-filter';
import { buildTour, viewOfStep } from '../../src/model/tour';
import { loadRealAtlas } from './atlas-fixture';

let atlas: Atlas;
beforeAll(async () => {
  atlas = await loadRealAtlas();
});

/** The text of /present/<stepNumber>, with the clusters the map shows for it. */
function textAt(stepNumber: number, language: 'zh' | 'en') {
  const tour = buildTour(atlas.plan.programmes, atlas.plan.industries, atlas.plan.clusters);
  const step = tour[stepNumber - 1];
  const shown = filterClusters(atlas.plan.clusters, atlas.plan.industries, viewOfStep(step));
  return tourText(atlas, step, shown, language, i18n.getFixedT(language));
}

describe('tour step 11 (生物医药)', () => {
  it('counts its own 5 clusters and 500 亿元, and names the shared target apart', () => {
    // 三(一): 郑州航空港区 and 平原新区 (百亿级 each), and "汤阴、商丘梁园、驻马店等3个百亿级": 5 × 100 亿元.
    const text = textAt(11, 'zh');
    expect(text.title).toBe('生物医药产业');
    expect(text.subtitle.startsWith('5 个集群 · 名义规模合计 500 亿元 · 另有 1 项全省目标（不计入合计）')).toBe(true);
    expect(text.items.slice(0, 5).every((item) => item.detail.startsWith('百亿级'))).toBe(true);
    expect(text.items).toHaveLength(6);
    expect(text.items[5]).toEqual({
      key: 'strategic-emerging-province-10000',
      text: '战略性新兴产业集群(规模超过1万亿元)',
      detail: '生物医药产业、节能环保产业、新材料产业、新能源产业共同的全省目标，不计入合计',
    });
  });

  it('says the same in English: 5 clusters of 50 bn yuan, the shared target last', () => {
    const text = textAt(11, 'en');
    expect(text.subtitle.startsWith('5 clusters · total nominal size 50 bn yuan · plus 1 province-wide target (not added)')).toBe(true);
    expect(text.items[5].detail).toMatch(/^province-wide target shared by .+, not added to totals$/);
  });
});

describe('tour step 3 (战略性新兴产业培育工程)', () => {
  it('adds its four industries, says how many have no size, and names the province-wide target apart', () => {
    // 三(一) 生物医药 5 × 100; 三(二) 节能环保 郑州、洛阳 100 each, 洛阳、焦作、鹤壁、永城 4 × 100, 长葛大周 500 (7, 1100);
    // 三(三) 新材料 洛阳 500, 郸城、南阳新能源、商丘经济技术、新乡电源 4 × 100, 长葛、柘城 2 × 100, 鹤壁金山 100 (8, 1200);
    // 三(四) 新能源 9 without a size. 5 + 7 + 8 + 9 = 29 clusters, 500 + 1100 + 1200 = 2800 亿元.
    expect(textAt(3, 'zh').subtitle).toBe('生物医药产业、节能环保产业、新材料产业、新能源产业 · 29 个集群 · 名义规模合计 2,800 亿元（其中 9 个未给出规模） · 另有 1 项全省目标（不计入合计）');
    expect(textAt(3, 'en').subtitle.endsWith('29 clusters · total nominal size 280 bn yuan (9 without a stated size) · plus 1 province-wide target (not added)')).toBe(true);
  });
});

describe('tour step 7 (汽车及零部件)', () => {
  it('adds 郑汴 2000 and ten 百亿级 clusters, and says the 郑汴产业带 parts cluster is part of 郑汴', () => {
    // 二(三): "建设郑汴 2000亿级整车及零部件产业集群 ;打造孟州、博爱、许昌尚集、西峡、淅川、林州、新乡工业、鹤壁金山、
    // 长垣、兰考等百亿级特色产业集群" = 2000 + 10 × 100; its 专项 "打造郑汴产业带千亿元零部件集群" lies inside 郑汴.
    const text = textAt(7, 'zh');
    expect(text.subtitle.startsWith('12 个集群 · 名义规模合计 3,000 亿元 · ')).toBe(true);
    expect(text.items.find((item) => item.key === 'automotive-zhengbian-parts-belt')?.detail)
      .toBe('千亿级 · 郑州市、开封市 · 属郑汴整车及零部件产业集群，规模不另计');
  });

  it('names each place once', () => {
    // 二(三): "依托郑州经济技术、中牟汽车、开封汴西、郑州国际物流、荥阳市等产业集聚区": two zones in 郑州.
    expect(textAt(7, 'zh').items[0]).toMatchObject({ text: '郑汴整车及零部件产业集群', detail: '2000亿级 · 郑州市、中牟县、开封市、荥阳市' });
  });
});

describe('tour step 14 (新能源)', () => {
  it('says in words that the plan gives its 9 clusters no size, never "0 亿元"', () => {
    // 三(四): 三门峡、驻马店、南阳 wind bases, 洛阳、安阳 photovoltaics, 许昌 wind equipment, 南阳、濮阳、新乡
    // biomass: 9 places, none with a size.
    const text = textAt(14, 'zh');
    expect(text.title).toBe('新能源产业');
    expect(text.subtitle.startsWith('9 个集群 · 规划未给出其规模')).toBe(true);
    expect(text.subtitle).not.toMatch(/\b0 亿元/);
    expect(text.items.slice(0, 9).every((item) => item.detail.startsWith('未定规模'))).toBe(true);
    expect(textAt(14, 'en').subtitle.startsWith('9 clusters · the plan gives none of them a size')).toBe(true);
  });
});

describe('tour step 19 (万亿级)', () => {
  it('lists the three province-wide 万亿 targets of 一(四), and says no region has one', () => {
    // 一(四) 优势集群: "全省形成装备制造和食品2个万亿级产业集群,战略性新兴产业集群规模超过1万亿元".
    const text = textAt(19, 'zh');
    expect(text.title).toBe('万亿级产业集群');
    expect(text.subtitle).toBe('规划没有在任何地区认定万亿级集群 · 全省目标 3 项（不属于任何地区）');
    expect(text.items.map((item) => item.text)).toEqual(['装备制造万亿级产业集群', '食品万亿级产业集群', '战略性新兴产业集群(规模超过1万亿元)']);
    expect(text.items.every((item) => item.detail === '全省目标，不计入合计')).toBe(true);
  });

  it('says so in English too, with no "0 clusters"', () => {
    const text = textAt(19, 'en');
    expect(text.subtitle).toBe('The plan places no 1 tn yuan tier cluster in any region · 3 province-wide targets (in no region)');
  });
});
