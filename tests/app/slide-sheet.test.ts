// Slides say what the screen says: the exported sheet and the presentation take their words, clusters,
// colours and map from the same model functions; the expected clusters come from the plan text.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Atlas } from '../../src/data/load-atlas';
import { aggregateRegions } from '../../src/model/aggregate';
import { classify } from '../../src/model/classify';
import { filterClusters } from '../../src/model/cluster-filter';
import { tourSlides, type PlayedSlide, type SlideView } from '../../src/model/story';
import { buildTour } from '../../src/model/tour';
import { i18n } from '../../src/i18n/i18n';
import { slideSheet } from '../../src/app/slide-sheet';
import { pageTitle, slideText, viewName } from '../../src/app/slide-text';
import { tourText } from '../../src/app/use-tour-text';
import { loadRealAtlas } from '../components/atlas-fixture';

let atlas: Atlas;
beforeAll(async () => {
  atlas = await loadRealAtlas();
});
const zh = () => i18n.getFixedT('zh');
const en = () => i18n.getFixedT('en');

const view = (change: Partial<SlideView>): SlideView => ({ page: 'map', regionCode: null, industries: [], programme: null, tier: null, metric: 'count', level: 'prefecture', ...change });
const userSlide = (change: Partial<SlideView>, title = '', note = ''): PlayedSlide => ({ view: view(change), title, note, tourStep: null });

describe('viewName and the page title', () => {
  it('names a region and its filters as the page title does', () => {
    const name = viewName(atlas, view({ regionCode: '410100', industries: ['automotive'] }), 'zh', zh());
    expect(name).toBe('郑州市 · 汽车及零部件');
    expect(pageTitle(name, zh())).toBe('郑州市 · 汽车及零部件 — 河南产业集群地图');
  });

  it('gives no name for the whole, unfiltered province, so the title is the atlas', () => {
    expect(viewName(atlas, view({}), 'zh', zh())).toBeNull();
    expect(pageTitle(null, zh())).toBe('河南产业集群地图');
  });
});

describe('slideText: a user slide', () => {
  // Plan §"产业集群" for automotive: "建设郑汴 2000亿级整车及零部件产业集群", and the 关键零部件 special
  // project's "打造郑汴产业带千亿元零部件集群" — both placed at 郑州 (and 开封).
  it("lists the region's clusters under the slide's filters, with the plan's sizes", () => {
    const slide = userSlide({ regionCode: '410100', industries: ['automotive'] }, '郑州汽车');
    const filtered = filterClusters(atlas.plan.clusters, atlas.plan.industries, { industries: ['automotive'], programme: null, tier: null });
    const text = slideText(atlas, slide, filtered, 'zh', zh());
    expect(text.title).toBe('郑州汽车');
    expect(text.subtitle.startsWith('郑州市 · 汽车及零部件 · 集群数量 · 省辖市 · 2 个集群')).toBe(true);
    expect(text.items.map((item) => item.text)).toEqual(['郑汴整车及零部件产业集群', '郑汴产业带零部件集群']);
    expect(text.items[0].detail.startsWith('2000亿级')).toBe(true);
  });

  it('uses the view name as its title when the title is empty, in English too', () => {
    const text = slideText(atlas, userSlide({ regionCode: '410100', industries: ['automotive'] }), [], 'en', en());
    expect(text.title).toBe('Zhengzhou · Automobiles and parts');
  });
});

describe('slideText: a tour step is what the tour says', () => {
  it('gives exactly tourText for every step of the built-in tour', () => {
    const tour = buildTour(atlas.plan.programmes, atlas.plan.industries);
    for (const slide of tourSlides(tour)) {
      const filtered = filterClusters(atlas.plan.clusters, atlas.plan.industries, slide.view);
      expect(slideText(atlas, slide, filtered, 'zh', zh())).toEqual(tourText(atlas, slide.tourStep!, filtered, 'zh', zh()));
    }
  });
});

describe('slideSheet: the exported slide', () => {
  it('colours the map with the classification the screen uses for that view', () => {
    const slide = userSlide({ industries: ['food'], metric: 'size' });
    const sheet = slideSheet(atlas, slide, 'zh', zh(), 'http://atlas.test/?industry=food&metric=size');
    const filtered = filterClusters(atlas.plan.clusters, atlas.plan.industries, { industries: ['food'], programme: null, tier: null });
    const classification = classify([...aggregateRegions(atlas.placer, 'prefecture', filtered).values()], 'size');
    expect(sheet.scene.regions).toHaveLength(18);
    for (const region of sheet.scene.regions) expect(region.fill).toBe(classification.colors.get(region.code) ?? '#d9d9d9');
    expect(sheet.legendTitle.startsWith('名义规模合计（亿元')).toBe(true); // the legend's title with its unit
    expect(sheet.legendItems.at(-1)).toEqual({ color: '#d9d9d9', label: '无认定集群' });
    expect(sheet.title).toBe('食品产业');
    expect(sheet.url).toBe('http://atlas.test/?industry=food&metric=size');
    // The whole province (about 550 km east to west) on an 800 px map: a 1-2-5 bar of at most 140 px.
    expect(sheet.scaleBar!.label).toMatch(/^(50|100) 公里$/);
    expect(sheet.scaleBar!.widthPx).toBeLessThanOrEqual(140);
  });

  it('outlines the chosen region and carries the note for the speaker notes', () => {
    const sheet = slideSheet(atlas, userSlide({ regionCode: '410100' }, '', '先讲郑州'), 'zh', zh(), 'http://atlas.test/region/410100');
    expect(sheet.scene.selected).not.toBeNull();
    expect(sheet.note).toBe('先讲郑州');
    expect(sheet.scene.labels.some((label) => label.text === '郑州市')).toBe(true);
  });
});
