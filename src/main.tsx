import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import './assets/fonts/atlas-sans.css';
import './app/app.css';

// Built for a sub-path (ATLAS_BASE=/atlas/), the router works below it; without the trailing slash so
// that both /atlas and /atlas/ open the map.
const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      {/* Synchronous navigations: a control reflects its new state in the same frame it is used. */}
      <BrowserRouter basename={basename} useTransitions={false}>
        <App />
      </BrowserRouter>
    </ErrorBoundary>
  </StrictMode>,
);
