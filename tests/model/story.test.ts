import { describe, expect, it } from 'vitest';
import { addSlide, MAX_SLIDES, moveSlide, playedSlides, removeSlide, slideOfView, updateSlide, type Slide, type Story } from '../../src/model/story';
import type { TourStep } from '../../src/model/tour';

const view = (regionCode: string | null): Slide['view'] => ({ page: 'map', regionCode, industries: [], programme: null, tier: null, metric: 'count', level: 'prefecture' });
const slide = (title: string): Slide => ({ view: view(null), title, note: '' });
const story = (...titles: string[]): Story => ({ slides: titles.map(slide) });
const titles = (value: Story) => value.slides.map((item) => item.title);

describe('story editing', () => {
  it('appends a slide made from a view, trimming its title and note', () => {
    const added = addSlide(story('a'), slideOfView({ ...view('410100'), industries: ['food'] }, '  郑州 ', ' 注 '));
    expect(added.slides[1]).toEqual({ view: { ...view('410100'), industries: ['food'] }, title: '郑州', note: '注' });
  });

  it('adds nothing past the limit of slides', () => {
    const full: Story = { slides: Array.from({ length: MAX_SLIDES }, (_, index) => slide(String(index))) };
    expect(addSlide(full, slide('x'))).toBe(full);
  });

  it('moves a slide up, down and to the ends, clamping the target', () => {
    expect(titles(moveSlide(story('a', 'b', 'c'), 2, 0))).toEqual(['c', 'a', 'b']);
    expect(titles(moveSlide(story('a', 'b', 'c'), 0, 1))).toEqual(['b', 'a', 'c']);
    expect(titles(moveSlide(story('a', 'b', 'c'), 0, 99))).toEqual(['b', 'c', 'a']);
    expect(titles(moveSlide(story('a', 'b', 'c'), 5, 0))).toEqual(['a', 'b', 'c']);
  });

  it('deletes a slide and edits the title and note of one', () => {
    expect(titles(removeSlide(story('a', 'b', 'c'), 1))).toEqual(['a', 'c']);
    const edited = updateSlide(story('a', 'b'), 1, { note: '讲稿' });
    expect(edited.slides[1]).toEqual({ ...slide('b'), note: '讲稿' });
    expect(edited.slides[0]).toEqual(slide('a'));
  });

  it('does not change the story it was given', () => {
    const original = Object.freeze({ slides: Object.freeze([Object.freeze(slide('a')), Object.freeze(slide('b'))]) }) as unknown as Story;
    moveSlide(original, 0, 1);
    removeSlide(original, 0);
    updateSlide(original, 0, { title: 'x' });
    addSlide(original, slide('c'));
    expect(titles(original)).toEqual(['a', 'b']);
  });
});

describe('playedSlides: the built-in tour is one story among others', () => {
  const tour: TourStep[] = [{ kind: 'opening' }, { kind: 'industry', industry: 'food', programme: 'traditional-pillar' }, { kind: 'tier', tier: '千亿' }];

  it('plays the tour when there is no story, each step as the view the tour shows', () => {
    const played = playedSlides(null, tour);
    expect(played.map((item) => item.tourStep)).toEqual(tour);
    expect(played[1].view).toEqual({ page: 'map', regionCode: null, industries: ['food'], programme: null, tier: null, metric: 'size', level: 'prefecture' });
    expect(played[2].view).toMatchObject({ tier: '千亿', metric: 'size' });
  });

  it('plays the story when there is one, with no tour text', () => {
    const played = playedSlides(story('a', 'b'), tour);
    expect(played).toEqual([{ ...slide('a'), tourStep: null }, { ...slide('b'), tourStep: null }]);
  });
});
