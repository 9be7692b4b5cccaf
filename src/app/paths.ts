// Typed links: every href in the app is built here from the view state, so routes live in one place.
import { serializeViewState, type ViewState } from '../state/view-state';
import type { AdminCode, IndustryId } from '../model/types';

export function regionHref(state: ViewState, code: AdminCode | null): string {
  return serializeViewState({ ...state, page: 'map', regionCode: code });
}

export function pageHref(state: ViewState, page: ViewState['page']): string {
  return serializeViewState({ ...state, page });
}

export function presentHref(state: ViewState, step: number): string {
  return serializeViewState({ ...state, page: 'present', step });
}

/** The plan reader at an anchor (a section, paragraph, annex row or designation), or at the top. */
export function planHref(state: ViewState, anchor: string | null): string {
  return serializeViewState({ ...state, page: 'plan', regionCode: null, anchor });
}

/** The map of one industry: the region (or the province overview) with only that industry filtered. */
export function industryRegionHref(state: ViewState, industry: IndustryId | null, code: AdminCode | null): string {
  return serializeViewState({ ...state, page: 'map', regionCode: code, industries: industry === null ? state.industries : [industry], programme: null });
}
