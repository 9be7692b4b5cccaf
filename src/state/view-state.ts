// The URL is the single source of view state. parse* turn a location into a valid state plus notices
// about whatever was rejected; serialize* turn a state back into a location. Pure: no router, no DOM.
import {
  INDUSTRY_IDS, LANGUAGES, LEVELS, METRICS, isIndustryId, isProgrammeId, tierFromMinSize, tierMinSize,
  type Language, type Level, type Metric,
} from '../model/catalog';
import type { SlideView, Story } from '../model/story';
import type { AdminCode } from '../model/types';
import { decodeStory, encodeStory, type StoryNoticeKey } from './story-codec';

// The view vocabularies live in the model (catalog.ts); re-exported for the UI that imports them from here.
export { LANGUAGES, LEVELS, METRICS };
export type { Language, Level, Metric };
export type Page = 'map' | 'table' | 'finder' | 'compare' | 'nearby' | 'present' | 'plan';

export const MAX_PINS = 4;
export const MAX_RADIUS_KM = 300;

/** A slide's view (region, filters, metric, level) on any page, plus what only the URL carries. */
export interface ViewState extends Omit<SlideView, 'page'> {
  page: Page;
  language: Language;
  pins: AdminCode[];
  /** Presentation tour step, 1-based. */
  step: number;
  /** Nearby: the queried point [lon, lat] and radius in km. */
  point: [number, number] | null;
  radiusKm: number;
  /** The presenter's own story (?story=), carried on every page so slides can be added from anywhere. */
  story: Story | null;
  /** ?embed=1: map and legend only, for an iframe on another site. */
  embed: boolean;
  /** ?basemap=osm: the optional online basemap, the one thing that makes the app leave its origin. */
  basemap: boolean;
  /** The plan reader (/plan): where it is open, from the URL's hash ("#p-2-1-6", "#c-<cluster id>"). */
  anchor: string | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  page: 'map',
  regionCode: null,
  industries: [],
  programme: null,
  tier: null,
  metric: 'count',
  level: 'prefecture',
  language: 'zh',
  pins: [],
  step: 1,
  point: null,
  radiusKm: 50,
  story: null,
  embed: false,
  basemap: false,
  anchor: null,
};

/** A rejected piece of the URL, shown to the user; `key` is an i18n key. */
export interface Notice {
  key:
    | 'notice.unknownRegion' | 'notice.unknownIndustry' | 'notice.unknownProgramme' | 'notice.badTier'
    | 'notice.badMetric' | 'notice.badLevel' | 'notice.badLanguage' | 'notice.unknownPin'
    | 'notice.tooManyPins' | 'notice.badStep' | 'notice.badPoint' | 'notice.badRadius' | 'notice.unknownPage'
    | 'notice.badEncoding' | 'notice.unknownParameter' | 'notice.repeatedParameter' | 'notice.badEmbed' | 'notice.badBasemap' | 'notice.badAnchor'
    | StoryNoticeKey;
  value: string;
}

/** The query parameters the app reads; any other is named in a notice rather than ignored silently. */
export const KNOWN_PARAMETERS: readonly string[] = ['industry', 'programme', 'tier', 'metric', 'level', 'lang', 'pins', 'at', 'radius', 'story', 'embed', 'basemap'];

export interface ParseContext {
  isRegionCode: (code: string) => boolean;
  tourLength: number;
}

export interface ParsedView {
  state: ViewState;
  notices: Notice[];
}

// A Map, not an object literal: a path such as /__proto__ or /toString must not find a page in the
// object's prototype.
const PAGE_PATHS: ReadonlyMap<string, Page> = new Map([
  ['table', 'table'], ['finder', 'finder'], ['compare', 'compare'], ['nearby', 'nearby'], ['plan', 'plan'],
]);

/** decodeURIComponent throws on a malformed escape such as "%E4%B8" or "%zz"; null instead. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function splitList(value: string | null): string[] {
  if (value === null) return [];
  return value.split(',').map((item) => item.trim()).filter((item) => item !== '');
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null | undefined {
  if (value === null || value === '') return undefined; // absent: use the default silently
  return (allowed as readonly string[]).includes(value) ? (value as T) : null; // null: rejected
}

/** Anchors are short ascii slugs (plan-document.ts, plan-designations.ts); whether one exists the reader says. */
const ANCHOR = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function parseViewState(pathname: string, search: string, context: ParseContext, hash = ''): ParsedView {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const state: ViewState = { ...DEFAULT_VIEW_STATE, industries: [], pins: [] };

  let rawStep: string | null = null;
  const rawSegments = pathname.split('/').filter((segment) => segment !== '');
  const decoded = rawSegments.map(decodeSegment);
  const segments = decoded.every((segment) => segment !== null) ? (decoded as string[]) : null;
  if (segments === null) {
    notices.push({ key: 'notice.badEncoding', value: pathname });
  } else if (segments[0] === 'region' && segments.length <= 2) {
    const code = segments[1] ?? '';
    if (context.isRegionCode(code)) state.regionCode = code;
    else notices.push({ key: 'notice.unknownRegion', value: code });
  } else if (segments[0] === 'present' && segments.length <= 2) {
    state.page = 'present';
    // Checked once the story is read: a story's steps are its slides, the tour's its steps.
    if (segments[1] !== undefined) rawStep = segments[1];
  } else if (segments.length > 0) {
    const page = PAGE_PATHS.get(segments[0]);
    if (page !== undefined && segments.length === 1) state.page = page;
    else notices.push({ key: 'notice.unknownPage', value: '/' + segments.join('/') });
  }

  const seenKeys = new Set<string>();
  for (const key of params.keys()) {
    if (seenKeys.has(key)) continue;
    seenKeys.add(key);
    if (!KNOWN_PARAMETERS.includes(key)) notices.push({ key: 'notice.unknownParameter', value: key });
    else if (params.getAll(key).length > 1) notices.push({ key: 'notice.repeatedParameter', value: key });
  }

  for (const industry of splitList(params.get('industry'))) {
    if (!isIndustryId(industry)) notices.push({ key: 'notice.unknownIndustry', value: industry });
    else if (!state.industries.includes(industry)) state.industries.push(industry);
  }
  // Keep the plan's order so that equal selections serialise to equal URLs.
  state.industries.sort((a, b) => INDUSTRY_IDS.indexOf(a) - INDUSTRY_IDS.indexOf(b));

  const programme = params.get('programme');
  if (programme !== null && programme !== '') {
    if (isProgrammeId(programme)) state.programme = programme;
    else notices.push({ key: 'notice.unknownProgramme', value: programme });
  }

  const tier = params.get('tier');
  if (tier !== null && tier !== '') {
    const parsed = /^\d+$/.test(tier) ? tierFromMinSize(Number(tier)) : null;
    if (parsed !== null) state.tier = parsed;
    else notices.push({ key: 'notice.badTier', value: tier });
  }

  const metric = oneOf(params.get('metric'), METRICS);
  if (metric === null) notices.push({ key: 'notice.badMetric', value: params.get('metric')! });
  else if (metric !== undefined) state.metric = metric;

  const level = oneOf(params.get('level'), LEVELS);
  if (level === null) notices.push({ key: 'notice.badLevel', value: params.get('level')! });
  else if (level !== undefined) state.level = level;

  const language = oneOf(params.get('lang'), LANGUAGES);
  if (language === null) notices.push({ key: 'notice.badLanguage', value: params.get('lang')! });
  else if (language !== undefined) state.language = language;

  for (const pin of splitList(params.get('pins'))) {
    if (!context.isRegionCode(pin)) notices.push({ key: 'notice.unknownPin', value: pin });
    else if (state.pins.includes(pin)) continue;
    else if (state.pins.length >= MAX_PINS) notices.push({ key: 'notice.tooManyPins', value: pin });
    else state.pins.push(pin);
  }

  const at = params.get('at');
  if (at !== null && at !== '') {
    const point = parsePoint(at);
    if (point !== null) state.point = point;
    else notices.push({ key: 'notice.badPoint', value: at });
  }

  const radius = params.get('radius');
  if (radius !== null && radius !== '') {
    const km = /^\d+(\.\d+)?$/.test(radius) ? Number(radius) : NaN;
    if (km > 0 && km <= MAX_RADIUS_KM) state.radiusKm = km;
    else notices.push({ key: 'notice.badRadius', value: radius });
  }

  const story = params.get('story');
  if (story !== null && story !== '') {
    const decoded = decodeStory(story, context.isRegionCode);
    state.story = decoded.story;
    notices.push(...decoded.notices);
  }

  const embed = params.get('embed');
  if (embed === '1') state.embed = true;
  else if (embed !== null && embed !== '0') notices.push({ key: 'notice.badEmbed', value: embed });

  const basemap = params.get('basemap');
  if (basemap === 'osm') state.basemap = true;
  else if (basemap !== null && basemap !== '') notices.push({ key: 'notice.badBasemap', value: basemap });

  // Only the reader reads the hash; elsewhere a hash is the browser's business.
  if (state.page === 'plan' && hash !== '' && hash !== '#') {
    const anchor = hash.slice(1, 81);
    if (hash.length <= 81 && ANCHOR.test(anchor)) state.anchor = anchor;
    else notices.push({ key: 'notice.badAnchor', value: hash.slice(0, 81) });
  }

  if (rawStep !== null) {
    // Digits only: Number() would also take "1e1", "0x3" or " 3 ".
    const step = /^\d{1,6}$/.test(rawStep) ? Number(rawStep) : NaN;
    const stepCount = state.story === null ? context.tourLength : state.story.slides.length;
    if (step >= 1 && step <= stepCount) state.step = step;
    else notices.push({ key: 'notice.badStep', value: rawStep });
  }

  return { state, notices };
}

/** "113.65,34.76" → [113.65, 34.76]; null unless both are finite and within lon/lat ranges. */
export function parsePoint(text: string): [number, number] | null {
  const parts = text.split(',').map((part) => part.trim());
  // Plain decimals only: Number() would also take "0x71", "1e2" or "Infinity".
  if (parts.length !== 2 || !parts.every((part) => /^-?\d{1,3}(\.\d{1,12})?$/.test(part))) return null;
  const [lon, lat] = parts.map(Number);
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return null;
  return [lon, lat];
}

export function serializePath(state: Pick<ViewState, 'page' | 'regionCode' | 'step'>): string {
  if (state.page === 'present') return `/present/${state.step}`;
  if (state.page !== 'map') return `/${state.page}`;
  return state.regionCode === null ? '/' : `/region/${state.regionCode}`;
}

/** Query string (with "?" or empty) holding only what differs from the defaults, in a fixed order. */
export function serializeSearch(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.industries.length > 0) params.set('industry', state.industries.join(','));
  if (state.programme !== null) params.set('programme', state.programme);
  if (state.tier !== null) params.set('tier', String(tierMinSize(state.tier)));
  if (state.metric !== DEFAULT_VIEW_STATE.metric) params.set('metric', state.metric);
  if (state.level !== DEFAULT_VIEW_STATE.level) params.set('level', state.level);
  if (state.pins.length > 0) params.set('pins', state.pins.join(','));
  if (state.point !== null) params.set('at', state.point.map((value) => Number(value.toFixed(5))).join(','));
  if (state.radiusKm !== DEFAULT_VIEW_STATE.radiusKm) params.set('radius', String(state.radiusKm));
  if (state.language !== DEFAULT_VIEW_STATE.language) params.set('lang', state.language);
  const story = state.story === null ? null : encodeStory(state.story);
  if (story !== null) params.set('story', story);
  if (state.embed) params.set('embed', '1');
  if (state.basemap) params.set('basemap', 'osm');
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}

export function serializeViewState(state: ViewState): string {
  const hash = state.page === 'plan' && state.anchor !== null ? `#${state.anchor}` : '';
  return serializePath(state) + serializeSearch(state) + hash;
}
