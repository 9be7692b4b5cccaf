// The one hook that reads and writes the view state in the URL (react-router). Choices push history;
// pass { replace: true } for moves that should not fill the back button.
import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { parseViewState, serializeViewState, type ParseContext, type ParsedView, type ViewState } from './view-state';

export interface ViewStateHandle extends ParsedView {
  setView: (change: Partial<ViewState>, options?: { replace?: boolean }) => void;
  hrefFor: (change: Partial<ViewState>) => string;
}

export function useViewState(context: ParseContext): ViewStateHandle {
  const location = useLocation();
  const navigate = useNavigate();
  const parsed = useMemo(
    () => parseViewState(location.pathname, location.search, context, location.hash),
    [location.pathname, location.search, location.hash, context],
  );
  const hrefFor = useCallback((change: Partial<ViewState>) => serializeViewState({ ...parsed.state, ...change }), [parsed.state]);
  const setView = useCallback(
    (change: Partial<ViewState>, options?: { replace?: boolean }) => {
      const href = hrefFor(change);
      if (href !== location.pathname + location.search + location.hash) navigate(href, { replace: options?.replace ?? false });
    },
    [hrefFor, navigate, location.pathname, location.search, location.hash],
  );
  return { ...parsed, setView, hrefFor };
}
