import { Component, type ReactNode } from 'react';
import { i18n } from '../i18n/i18n';

interface Props { children: ReactNode }
interface State { error: Error | null }

/** Last line of defence: an uncaught render error becomes a message, never a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="screen-message" role="alert">
        <h1>{i18n.t('app.crashed')}</h1>
        <p>{i18n.t('app.crashedHint', { detail: this.state.error.message })}</p>
        <button type="button" onClick={() => window.location.reload()}>{i18n.t('app.reload')}</button>
      </div>
    );
  }
}
