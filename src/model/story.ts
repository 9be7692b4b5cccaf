// A story is the presenter's own tour: an ordered list of slides, each a view of the atlas (page,
// region, filters, metric, level) with a title and a note. The built-in tour is one story among
// others: its steps become slides whose text is derived from the step. Pure: no URL, no DOM.
import type { Level, Metric } from './catalog';
import { viewOfStep, type TourStep } from './tour';
import type { AdminCode, IndustryId, ProgrammeId, Tier } from './types';

/** The pages a slide can open in the atlas; the presentation always shows the slide as a map. */
export const SLIDE_PAGES = ['map', 'table', 'finder'] as const;
export type SlidePage = (typeof SLIDE_PAGES)[number];

/** At most this many slides: a link stays short enough for chat apps and QR codes of a few slides. */
export const MAX_SLIDES = 30;
export const MAX_TITLE_LENGTH = 80;
export const MAX_NOTE_LENGTH = 600;

export interface SlideView {
  page: SlidePage;
  regionCode: AdminCode | null;
  industries: IndustryId[];
  programme: ProgrammeId | null;
  tier: Tier | null;
  metric: Metric;
  level: Level;
}

export interface Slide {
  view: SlideView;
  /** Empty: the presentation names the view itself (region · filters). */
  title: string;
  /** The speaker's note; goes to the speaker notes of an exported slide. */
  note: string;
}

export interface Story {
  slides: Slide[];
}

/** A slide as the presentation plays it: a user's slide, or a step of the built-in tour. */
export interface PlayedSlide extends Slide {
  /** Set for the built-in tour: its title, subtitle and list come from the step. */
  tourStep: TourStep | null;
}

export function isSlidePage(value: string): value is SlidePage {
  return (SLIDE_PAGES as readonly string[]).includes(value);
}

/** The slide a view becomes ("add to story"): only what a slide keeps, title and note trimmed to size. */
export function slideOfView(view: SlideView, title = '', note = ''): Slide {
  return {
    view: { page: view.page, regionCode: view.regionCode, industries: [...view.industries], programme: view.programme, tier: view.tier, metric: view.metric, level: view.level },
    title: title.trim().slice(0, MAX_TITLE_LENGTH),
    note: note.trim().slice(0, MAX_NOTE_LENGTH),
  };
}

/** The story with `slide` appended; unchanged when it already has MAX_SLIDES. */
export function addSlide(story: Story, slide: Slide): Story {
  if (story.slides.length >= MAX_SLIDES) return story;
  return { slides: [...story.slides, slide] };
}

export function removeSlide(story: Story, index: number): Story {
  return { slides: story.slides.filter((_, position) => position !== index) };
}

/** Moves the slide at `from` to position `to` (both clamped to the story). */
export function moveSlide(story: Story, from: number, to: number): Story {
  const count = story.slides.length;
  if (from < 0 || from >= count) return story;
  const target = Math.min(Math.max(to, 0), count - 1);
  if (target === from) return story;
  const slides = [...story.slides];
  const [moved] = slides.splice(from, 1);
  slides.splice(target, 0, moved);
  return { slides };
}

export function updateSlide(story: Story, index: number, change: Partial<Pick<Slide, 'title' | 'note'>>): Story {
  return {
    slides: story.slides.map((slide, position) => (position === index
      ? { ...slide, title: (change.title ?? slide.title).slice(0, MAX_TITLE_LENGTH), note: (change.note ?? slide.note).slice(0, MAX_NOTE_LENGTH) }
      : slide)),
  };
}

/** The built-in tour as slides: each step's view, its text derived from the step. */
export function tourSlides(tour: readonly TourStep[]): PlayedSlide[] {
  return tour.map((step) => ({ view: { page: 'map', regionCode: null, ...viewOfStep(step) }, title: '', note: '', tourStep: step }));
}

/** What the presentation plays: the story when there is one, else the built-in tour. */
export function playedSlides(story: Story | null, tour: readonly TourStep[]): PlayedSlide[] {
  if (story === null || story.slides.length === 0) return tourSlides(tour);
  return story.slides.map((slide) => ({ ...slide, tourStep: null }));
}
