// Typed links: every href in the app is built here from the view state, so routes live in one place.
import { serializeViewState, type ViewState } from '../state/view-state';
import type { AdminCode } from '../model/types';

export function regionHref(state: ViewState, code: AdminCode | null): string {
  return serializeViewState({ ...state, page: 'map', regionCode: code });
}

export function pageHref(state: ViewState, page: ViewState['page']): string {
  return serializeViewState({ ...state, page });
}

export function presentHref(state: ViewState, step: number): string {
  return serializeViewState({ ...state, page: 'present', step });
}
