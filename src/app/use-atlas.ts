// Loads the atlas once and keeps its status; retry re-runs the load without reloading the page.
import { useCallback, useEffect, useState } from 'react';
import { browserSource } from '../data/browser-source';
import { loadAtlas, type Atlas } from '../data/load-atlas';

export type AtlasStatus =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; atlas: Atlas };

export function useAtlas(): AtlasStatus & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<AtlasStatus>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    loadAtlas(browserSource).then(
      (atlas) => {
        performance.mark('atlas:loaded'); // for the benchmark's breakdown of time to map:ready
        if (!cancelled) setState({ status: 'ready', atlas });
      },
      (error: unknown) => { if (!cancelled) setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }); },
    );
    return () => { cancelled = true; };
  }, [attempt]);
  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { ...state, retry };
}
