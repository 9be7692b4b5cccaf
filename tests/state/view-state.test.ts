import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW_STATE, parsePoint, parseViewState, serializeViewState, type ParseContext, type ViewState,
} from '../../src/state/view-state';

const context: ParseContext = {
  isRegionCode: (code) => ['410100', '410102', '419001', '410300', '410700', '411300'].includes(code),
  tourLength: 10,
};

function parse(url: string) {
  const parsed = new URL(url, 'http://atlas.test');
  return parseViewState(parsed.pathname, parsed.search, context);
}

describe('parseViewState: valid URLs', () => {
  it('gives the defaults and no notice for the root', () => {
    expect(parse('/')).toEqual({ state: DEFAULT_VIEW_STATE, notices: [] });
  });

  it('reads a region, industries, programme, tier, metric, level and language', () => {
    const { state, notices } = parse(
      '/region/410102?industry=food,electronics&programme=high-growth&tier=1000&metric=size&level=county&lang=en',
    );
    expect(notices).toEqual([]);
    expect(state).toMatchObject({
      page: 'map', regionCode: '410102', industries: ['electronics', 'food'], programme: 'high-growth',
      tier: '千亿', metric: 'size', level: 'county', language: 'en',
    });
  });

  it('orders industries as the plan does and drops repeats', () => {
    expect(parse('/?industry=food,electronics,food').state.industries).toEqual(['electronics', 'food']);
  });

  it('reads the pages, the presentation step, pins and the nearby point', () => {
    expect(parse('/finder').state.page).toBe('finder');
    expect(parse('/present/3').state).toMatchObject({ page: 'present', step: 3 });
    expect(parse('/compare?pins=410100,419001').state.pins).toEqual(['410100', '419001']);
    expect(parse('/nearby?at=113.65,34.76&radius=25').state).toMatchObject({ point: [113.65, 34.76], radiusKm: 25 });
  });
});

describe('parseViewState: each invalid input falls back and says so', () => {
  const cases: [string, string, string, Partial<ViewState>][] = [
    ['unknown region code', '/region/999999', 'notice.unknownRegion', { regionCode: null }],
    ['empty region code', '/region/', 'notice.unknownRegion', { regionCode: null }],
    ['unknown industry', '/?industry=food,steel', 'notice.unknownIndustry', { industries: ['food'] }],
    ['unknown programme', '/?programme=green', 'notice.unknownProgramme', { programme: null }],
    ['tier that is not a tier threshold', '/?tier=500', 'notice.badTier', { tier: null }],
    ['tier that is not a number', '/?tier=big', 'notice.badTier', { tier: null }],
    ['unknown metric', '/?metric=gdp', 'notice.badMetric', { metric: 'count' }],
    ['unknown level', '/?level=township', 'notice.badLevel', { level: 'prefecture' }],
    ['unknown language', '/?lang=fr', 'notice.badLanguage', { language: 'zh' }],
    ['unknown pin', '/compare?pins=410100,123456', 'notice.unknownPin', { pins: ['410100'] }],
    ['a fifth pin', '/compare?pins=410100,410102,419001,410300,410700', 'notice.tooManyPins', { pins: ['410100', '410102', '419001', '410300'] }],
    ['step beyond the tour', '/present/11', 'notice.badStep', { page: 'present', step: 1 }],
    ['step zero', '/present/0', 'notice.badStep', { step: 1 }],
    ['point with one coordinate', '/nearby?at=113.6', 'notice.badPoint', { point: null }],
    ['point out of range', '/nearby?at=200,34', 'notice.badPoint', { point: null }],
    ['negative radius', '/nearby?radius=-5', 'notice.badRadius', { radiusKm: 50 }],
    ['radius beyond the limit', '/nearby?radius=5000', 'notice.badRadius', { radiusKm: 50 }],
    ['unknown page', '/nowhere', 'notice.unknownPage', { page: 'map' }],
    ['a prototype key as a page (no object-literal lookup)', '/__proto__', 'notice.unknownPage', { page: 'map' }],
    ['toString as a page', '/toString', 'notice.unknownPage', { page: 'map' }],
    ['a page with an extra segment', '/table/x', 'notice.unknownPage', { page: 'map' }],
    ['a malformed %-escape in the path', '/region/%E4%B8', 'notice.badEncoding', { page: 'map', regionCode: null }],
    ['a step written as an exponent', '/present/1e1', 'notice.badStep', { step: 1 }],
    ['a radius written in hexadecimal', '/nearby?radius=0x10', 'notice.badRadius', { radiusKm: 50 }],
    ['a point written as exponents', '/nearby?at=1.1e2,34', 'notice.badPoint', { point: null }],
    ['a parameter the app does not read', '/?view=counties', 'notice.unknownParameter', {}],
    ['a parameter given twice (the first is used)', '/?metric=size&metric=tier', 'notice.repeatedParameter', { metric: 'size' }],
    ['an unknown basemap', '/?basemap=google', 'notice.badBasemap', { basemap: false }],
  ];
  for (const [name, url, key, expected] of cases) {
    it(`rejects ${name}`, () => {
      const { state, notices } = parse(url);
      expect(notices.map((notice) => notice.key)).toEqual([key]);
      expect(state).toMatchObject(expected);
    });
  }

  it('keeps the valid parts of a URL that has several bad ones', () => {
    const { state, notices } = parse('/region/000000?industry=food,x&metric=size&level=nope');
    expect(notices.map((notice) => notice.value)).toEqual(['000000', 'x', 'nope']);
    expect(state).toMatchObject({ regionCode: null, industries: ['food'], metric: 'size', level: 'prefecture' });
  });
});

describe('serializeViewState', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('/');
  });

  const urls = [
    '/region/410102?industry=electronics,food&tier=1000&metric=size&level=county&lang=en',
    '/compare?pins=410100,419001',
    '/present/4?lang=en',
    '/nearby?at=113.65,34.76&radius=25',
    '/finder?industry=automotive&tier=100',
    '/table?programme=traditional-pillar',
    '/region/410300?basemap=osm',
  ];
  for (const url of urls) {
    it(`round-trips ${url}`, () => {
      expect(serializeViewState(parse(url).state)).toBe(url);
    });
  }
});

describe('parsePoint', () => {
  it('accepts decimal degrees and rejects junk', () => {
    expect(parsePoint('113.5,34.7')).toEqual([113.5, 34.7]);
    expect(parsePoint('113.5,')).toBeNull();
    expect(parsePoint('a,b')).toBeNull();
    expect(parsePoint('1,2,3')).toBeNull();
  });
});
