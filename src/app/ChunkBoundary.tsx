// A part of the page whose code could not be loaded (a lazy chunk that a redeployment removed, or a
// dropped connection without the service worker) becomes a notice with a reload in that part only; the
// rest of the atlas keeps working. Any other error goes on to the ErrorBoundary above.
import { Component, type ReactNode } from 'react';
import { i18n } from '../i18n/i18n';

/** Chromium, Firefox and Safari's words for a failed dynamic import, and Vite's preload failure. */
const CHUNK_FAILURE = /dynamically imported module|Importing a module script failed|Unable to preload CSS|error loading dynamically imported module/i;

export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_FAILURE.test(error.message);
}

interface Props { children: ReactNode }
interface State { error: Error | null }

export class ChunkBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (!isChunkLoadError(error)) throw error;
    return (
      <div className="notice-bar chunk-failed" role="alert">
        <p>{i18n.t('app.chunkFailed')}</p>
        <button type="button" onClick={() => window.location.reload()}>{i18n.t('app.reload')}</button>
      </div>
    );
  }
}
