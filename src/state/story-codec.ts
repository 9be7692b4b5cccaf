// The story in the URL: `?story=v1.<slide>.<slide>…`, each slide its own base64url chunk of a compact
// JSON array. One chunk per slide so that a link cut short (a chat app, a hand-typed QR) loses only the
// slide it was cut in: the slides before it still decode. Pure: no router, no DOM.
import { LEVELS, METRICS, isIndustryId, isProgrammeId, tierFromMinSize, tierMinSize, INDUSTRY_IDS } from '../model/catalog';
import {
  MAX_NOTE_LENGTH, MAX_SLIDES, MAX_TITLE_LENGTH, SLIDE_PAGES, type Slide, type SlideView, type Story,
} from '../model/story';
import type { IndustryId } from '../model/types';

export const STORY_VERSION = 'v1';
/**
 * Longest story parameter read. 30 slides with long Chinese notes fit; past it (a pasted megabyte)
 * the rest is not even split.
 */
export const MAX_STORY_CHARS = 60_000;

export type StoryNoticeKey = 'notice.storyVersion' | 'notice.storySlides' | 'notice.storyTooLong' | 'notice.storyRegion';
export interface StoryNotice { key: StoryNoticeKey; value: string }

export interface DecodedStory {
  story: Story | null;
  notices: StoryNotice[];
}

// Slide fields in order: page, region, industries, programme, tier, metric, level, title, note.
// Page, metric and level are indices; tier is its minimum size in 亿元 (as in ?tier=); 0 or "" = none.
type CompactSlide = [number, string, string, string, number, number, number, string?, string?];

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** null unless `chunk` is base64url of valid UTF-8. */
function fromBase64Url(chunk: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(chunk) || chunk.length % 4 === 1) return null;
  try {
    const binary = atob(chunk.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function encodeSlide(slide: Slide): string {
  const { view } = slide;
  const compact: CompactSlide = [
    SLIDE_PAGES.indexOf(view.page), view.regionCode ?? '', view.industries.join(','), view.programme ?? '',
    view.tier === null ? 0 : tierMinSize(view.tier), METRICS.indexOf(view.metric), LEVELS.indexOf(view.level),
  ];
  // Trailing empty text is left out: most slides have no note.
  if (slide.title !== '' || slide.note !== '') compact.push(slide.title);
  if (slide.note !== '') compact.push(slide.note);
  return toBase64Url(JSON.stringify(compact));
}

/** The `story` parameter's value; null for an empty story (no parameter). */
export function encodeStory(story: Story): string | null {
  if (story.slides.length === 0) return null;
  return [STORY_VERSION, ...story.slides.slice(0, MAX_SLIDES).map(encodeSlide)].join('.');
}

function indexIn<T>(list: readonly T[], value: unknown): T | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? list[value] : undefined;
}

type SlideResult = { slide: Slide; unknownRegion: string | null } | null;

/** One chunk back into a slide; null when it is not a slide this version wrote. */
export function decodeSlide(chunk: string, isRegionCode: (code: string) => boolean): SlideResult {
  const text = fromBase64Url(chunk);
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length < 7 || value.length > 9) return null;
  const [pageIndex, region, industryList, programme, tierSize, metricIndex, levelIndex, title = '', note = ''] = value as unknown[];
  const page = indexIn(SLIDE_PAGES, pageIndex);
  const metric = indexIn(METRICS, metricIndex);
  const level = indexIn(LEVELS, levelIndex);
  if (page === undefined || metric === undefined || level === undefined) return null;
  if (typeof region !== 'string' || typeof industryList !== 'string' || typeof programme !== 'string') return null;
  if (typeof tierSize !== 'number' || typeof title !== 'string' || typeof note !== 'string') return null;
  const tier = tierSize === 0 ? null : tierFromMinSize(tierSize);
  if (tier === null && tierSize !== 0) return null;
  if (programme !== '' && !isProgrammeId(programme)) return null;
  const industries: IndustryId[] = [];
  for (const id of industryList === '' ? [] : industryList.split(',')) {
    if (!isIndustryId(id)) return null;
    if (!industries.includes(id)) industries.push(id);
  }
  industries.sort((a, b) => INDUSTRY_IDS.indexOf(a) - INDUSTRY_IDS.indexOf(b));
  // A region the boundaries no longer hold (a renamed county) keeps the slide, as the province.
  const regionKnown = region === '' || isRegionCode(region);
  const view: SlideView = { page, regionCode: region === '' || !regionKnown ? null : region, industries, programme: programme === '' ? null : programme, tier, metric, level };
  return {
    slide: { view, title: title.slice(0, MAX_TITLE_LENGTH), note: note.slice(0, MAX_NOTE_LENGTH) },
    unknownRegion: regionKnown ? null : region,
  };
}

/**
 * The `story` parameter back into a story, keeping every slide that decodes; notices name the slides
 * dropped (by number, 1-based) and anything else that was not used.
 */
export function decodeStory(parameter: string, isRegionCode: (code: string) => boolean): DecodedStory {
  const notices: StoryNotice[] = [];
  let text = parameter;
  if (text.length > MAX_STORY_CHARS) {
    notices.push({ key: 'notice.storyTooLong', value: String(MAX_SLIDES) });
    text = text.slice(0, MAX_STORY_CHARS);
  }
  const [version, ...chunks] = text.split('.', MAX_SLIDES + 2);
  if (version !== STORY_VERSION) {
    notices.push({ key: 'notice.storyVersion', value: version.slice(0, 12) });
    return { story: null, notices };
  }
  if (chunks.length > MAX_SLIDES) {
    if (!notices.some((notice) => notice.key === 'notice.storyTooLong')) notices.push({ key: 'notice.storyTooLong', value: String(MAX_SLIDES) });
    chunks.length = MAX_SLIDES;
  }
  const slides: Slide[] = [];
  const dropped: number[] = [];
  chunks.forEach((chunk, index) => {
    const result = decodeSlide(chunk, isRegionCode);
    if (result === null) {
      dropped.push(index + 1);
      return;
    }
    if (result.unknownRegion !== null) notices.push({ key: 'notice.storyRegion', value: result.unknownRegion });
    slides.push(result.slide);
  });
  if (dropped.length > 0) notices.push({ key: 'notice.storySlides', value: dropped.join(', ') });
  return { story: slides.length > 0 ? { slides } : null, notices };
}
