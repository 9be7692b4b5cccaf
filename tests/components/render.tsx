// Renders a component as the app does: the real i18n (Chinese, the default) and a memory router for
// links, with synchronous navigations as in src/main.tsx.
import type { ReactElement } from 'react';
import { cleanup, render } from '@testing-library/react';
import { afterEach } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { i18n } from '../../src/i18n/i18n';

// vitest runs without globals, so Testing Library cannot register its own cleanup: unmount after each test.
afterEach(cleanup);

export function renderInApp(element: ReactElement, { route = '/' }: { route?: string } = {}) {
  return render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[route]} useTransitions={false}>{element}</MemoryRouter>
    </I18nextProvider>,
  );
}
