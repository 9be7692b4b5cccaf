import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDUSTRY_IDS, LEVELS, METRICS, PROGRAMME_IDS, TIERS } from '../../src/model/catalog';
import { MAX_NOTE_LENGTH, MAX_SLIDES, MAX_TITLE_LENGTH, SLIDE_PAGES, type Slide, type Story } from '../../src/model/story';
import { decodeStory, encodeSlide, encodeStory, MAX_STORY_CHARS } from '../../src/state/story-codec';
import { parseViewState, serializeViewState, DEFAULT_VIEW_STATE, type ParseContext } from '../../src/state/view-state';

const REGIONS = ['410100', '410102', '410300', '411300'];
const isRegionCode = (code: string) => REGIONS.includes(code);

const zhengzhouAutomotive: Slide = {
  view: { page: 'map', regionCode: '410100', industries: ['automotive'], programme: null, tier: null, metric: 'size', level: 'prefecture' },
  title: '郑州汽车',
  note: '先讲整车',
};
const highGrowthCounties: Slide = {
  view: { page: 'table', regionCode: null, industries: [], programme: 'high-growth', tier: '千亿', metric: 'count', level: 'county' },
  title: '',
  note: '',
};

// Expected chunks worked out outside the code: base64url (no padding) of the UTF-8 of
// [0,"410100","automotive","",0,1,0,"郑州汽车","先讲整车"] and [1,"","","high-growth",1000,0,1].
const ZHENGZHOU_CHUNK = 'WzAsIjQxMDEwMCIsImF1dG9tb3RpdmUiLCIiLDAsMSwwLCLpg5Hlt57msb3ovaYiLCLlhYjorrLmlbTovaYiXQ';
const HIGH_GROWTH_CHUNK = 'WzEsIiIsIiIsImhpZ2gtZ3Jvd3RoIiwxMDAwLDAsMV0';

describe('encodeStory', () => {
  it('writes the version, then one base64url chunk per slide, separated by dots', () => {
    expect(encodeSlide(zhengzhouAutomotive)).toBe(ZHENGZHOU_CHUNK);
    expect(encodeSlide(highGrowthCounties)).toBe(HIGH_GROWTH_CHUNK);
    expect(encodeStory({ slides: [zhengzhouAutomotive, highGrowthCounties] })).toBe(`v1.${ZHENGZHOU_CHUNK}.${HIGH_GROWTH_CHUNK}`);
  });

  it('gives no parameter for an empty story', () => {
    expect(encodeStory({ slides: [] })).toBeNull();
  });

  it('uses only characters that stay unescaped in a query string', () => {
    const value = encodeStory({ slides: [zhengzhouAutomotive, { ...highGrowthCounties, note: '？&=#/+ 空格' }] })!;
    expect(value).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(new URLSearchParams({ story: value }).toString()).toBe(`story=${value}`);
  });
});

describe('decodeStory: round trips', () => {
  it('reads back the slides it wrote', () => {
    const story: Story = { slides: [zhengzhouAutomotive, highGrowthCounties] };
    expect(decodeStory(encodeStory(story)!, isRegionCode)).toEqual({ story, notices: [] });
  });

  const slideArbitrary: fc.Arbitrary<Slide> = fc.record({
    view: fc.record({
      page: fc.constantFrom(...SLIDE_PAGES),
      regionCode: fc.option(fc.constantFrom(...REGIONS), { nil: null }),
      industries: fc.subarray([...INDUSTRY_IDS]),
      programme: fc.option(fc.constantFrom(...PROGRAMME_IDS), { nil: null }),
      tier: fc.option(fc.constantFrom(...TIERS), { nil: null }),
      metric: fc.constantFrom(...METRICS),
      level: fc.constantFrom(...LEVELS),
    }),
    // Whole graphemes within the limits: cutting one in half would leave a lone surrogate.
    title: fc.string({ maxLength: 30, unit: 'grapheme' }).filter((text) => text.length <= MAX_TITLE_LENGTH),
    note: fc.string({ maxLength: 200, unit: 'grapheme' }).filter((text) => text.length <= MAX_NOTE_LENGTH),
  });

  it('round-trips any story of up to 30 slides (any Unicode text, emoji included)', () => {
    fc.assert(fc.property(fc.array(slideArbitrary, { minLength: 1, maxLength: MAX_SLIDES }), (slides) => {
      const decoded = decodeStory(encodeStory({ slides })!, isRegionCode);
      expect(decoded.notices).toEqual([]);
      expect(decoded.story).toEqual({ slides });
    }), { numRuns: 200 });
  });
});

describe('decodeStory: truncated links keep the slides that decode', () => {
  const value = `v1.${ZHENGZHOU_CHUNK}.${HIGH_GROWTH_CHUNK}`;

  it('keeps the first slide when the link is cut inside the second', () => {
    const cut = value.slice(0, value.length - 10);
    expect(decodeStory(cut, isRegionCode)).toEqual({
      story: { slides: [zhengzhouAutomotive] },
      notices: [{ key: 'notice.storySlides', value: '2' }],
    });
  });

  it('keeps every slide before the cut, wherever the link is cut', () => {
    const slides = [zhengzhouAutomotive, highGrowthCounties, zhengzhouAutomotive];
    const full = encodeStory({ slides })!;
    const ends = [3 + ZHENGZHOU_CHUNK.length, 4 + ZHENGZHOU_CHUNK.length + HIGH_GROWTH_CHUNK.length];
    for (let length = 4; length < full.length; length += 1) {
      const decoded = decodeStory(full.slice(0, length), isRegionCode);
      const whole = ends.filter((end) => end <= length).length;
      expect(decoded.story?.slides ?? []).toEqual(slides.slice(0, whole));
    }
  });

  it('drops a damaged slide in the middle and keeps those around it', () => {
    const damaged = `v1.${ZHENGZHOU_CHUNK}.%%%.${HIGH_GROWTH_CHUNK}`;
    expect(decodeStory(damaged, isRegionCode)).toEqual({
      story: { slides: [zhengzhouAutomotive, highGrowthCounties] },
      notices: [{ key: 'notice.storySlides', value: '2' }],
    });
  });
});

describe('decodeStory: garbage', () => {
  const b64 = (json: string) => Buffer.from(json, 'utf8').toString('base64url');
  it.each([
    ['an unknown version', 'v9.abc', 'notice.storyVersion'],
    ['no version', ZHENGZHOU_CHUNK, 'notice.storyVersion'],
    ['a version and nothing else', 'v1', null],
  ])('gives no story for %s', (_, value, key) => {
    const decoded = decodeStory(value, isRegionCode);
    expect(decoded.story).toBeNull();
    if (key !== null) expect(decoded.notices.map((notice) => notice.key)).toContain(key);
  });

  it.each([
    ['not base64url', '!!!!'],
    ['base64 of invalid UTF-8', Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url')],
    ['not JSON', b64('[0,"410100"')],
    ['a JSON object', b64('{"page":0}')],
    ['too few fields', b64('[0,"",""]')],
    ['too many fields', b64('[0,"","","",0,0,0,"","",""]')],
    ['a page index out of range', b64('[7,"","","",0,0,0]')],
    ['a fractional metric index', b64('[0,"","","",0,0.5,0]')],
    ['an unknown industry', b64('[0,"","steel","",0,0,0]')],
    ['an unknown programme', b64('[0,"","","space",0,0,0]')],
    ['a tier that is not a tier size', b64('[0,"","","",500,0,0]')],
    ['a number for the title', b64('[0,"","","",0,0,0,5]')],
    ['a prototype key as a page', b64('[0,"__proto__","","",0,0,"constructor"]')],
  ])('drops a slide that is %s', (_, chunk) => {
    expect(decodeStory(`v1.${chunk}`, isRegionCode)).toEqual({ story: null, notices: [{ key: 'notice.storySlides', value: '1' }] });
  });

  it('keeps a slide whose region is unknown, as the province, and says so', () => {
    const chunk = b64('[0,"419999","food","",0,0,0,"旧县"]');
    expect(decodeStory(`v1.${chunk}`, isRegionCode)).toEqual({
      story: { slides: [{ view: { ...zhengzhouAutomotive.view, regionCode: null, industries: ['food'], metric: 'count' }, title: '旧县', note: '' }] },
      notices: [{ key: 'notice.storyRegion', value: '419999' }],
    });
  });

  it('cuts an over-long title and note to their limits', () => {
    const chunk = b64(JSON.stringify([0, '', '', '', 0, 0, 0, '题'.repeat(500), '注'.repeat(5000)]));
    const slide = decodeStory(`v1.${chunk}`, isRegionCode).story!.slides[0];
    expect(slide.title).toBe('题'.repeat(MAX_TITLE_LENGTH));
    expect(slide.note).toBe('注'.repeat(MAX_NOTE_LENGTH));
  });
});

describe('decodeStory: huge input', () => {
  it('reads at most 30 slides and says the story was too long', () => {
    const value = `v1.${Array(45).fill(HIGH_GROWTH_CHUNK).join('.')}`;
    const decoded = decodeStory(value, isRegionCode);
    expect(decoded.story!.slides).toHaveLength(MAX_SLIDES);
    expect(decoded.notices).toEqual([{ key: 'notice.storyTooLong', value: '30' }]);
  });

  it('reads a megabyte parameter quickly and only its first part', () => {
    const value = `v1.${HIGH_GROWTH_CHUNK}.${'A'.repeat(1_000_000)}`;
    const started = performance.now();
    const decoded = decodeStory(value, isRegionCode);
    expect(performance.now() - started).toBeLessThan(200);
    expect(decoded.story!.slides).toEqual([highGrowthCounties]);
    expect(decoded.notices).toEqual([{ key: 'notice.storyTooLong', value: '30' }, { key: 'notice.storySlides', value: '2' }]);
    expect(MAX_STORY_CHARS).toBeLessThan(value.length);
  });
});

describe('the story in the view state', () => {
  const context: ParseContext = { isRegionCode, tourLength: 20 };
  const parse = (url: string) => {
    const parsed = new URL(url, 'http://atlas.test');
    return parseViewState(parsed.pathname, parsed.search, context);
  };

  it('is read from ?story= and written back unchanged on every page', () => {
    const value = `v1.${ZHENGZHOU_CHUNK}.${HIGH_GROWTH_CHUNK}`;
    const { state, notices } = parse(`/table?story=${value}`);
    expect(notices).toEqual([]);
    expect(state.story).toEqual({ slides: [zhengzhouAutomotive, highGrowthCounties] });
    expect(serializeViewState(state)).toBe(`/table?story=${value}`);
    expect(serializeViewState({ ...state, page: 'present', step: 2 })).toBe(`/present/2?story=${value}`);
  });

  it('bounds the presentation step by the story, not the tour', () => {
    const value = `v1.${ZHENGZHOU_CHUNK}.${HIGH_GROWTH_CHUNK}`;
    expect(parse(`/present/2?story=${value}`)).toMatchObject({ state: { page: 'present', step: 2 }, notices: [] });
    expect(parse(`/present/3?story=${value}`)).toMatchObject({ state: { step: 1 }, notices: [{ key: 'notice.badStep', value: '3' }] });
    expect(parse('/present/20')).toMatchObject({ state: { step: 20 }, notices: [] });
  });

  it('reads ?embed=1 and names any other value', () => {
    expect(parse('/?embed=1').state.embed).toBe(true);
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, embed: true })).toBe('/?embed=1');
    expect(parse('/?embed=yes')).toMatchObject({ state: { embed: false }, notices: [{ key: 'notice.badEmbed', value: 'yes' }] });
  });
});
