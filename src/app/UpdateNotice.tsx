// Registers the service worker (offline after the first visit; vite.config.ts) and, when a new
// deployment has been downloaded, offers to switch to it. Until the user says so, the open tab keeps
// the version it started with, whose chunks the old worker still serves.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function UpdateNotice() {
  const { t } = useTranslation();
  const [activate, setActivate] = useState<(() => void) | null>(null);
  useEffect(() => {
    // Only the production build has a worker; dev server and tests run without one.
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    void import('workbox-window').then(({ Workbox }) => {
      if (cancelled) return;
      const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
      workbox.addEventListener('waiting', () => {
        setActivate(() => () => {
          workbox.addEventListener('controlling', () => window.location.reload());
          workbox.messageSkipWaiting();
        });
      });
      // No worker (a private window, storage refused): the app still works online.
      workbox.register().catch(() => undefined);
    }, () => undefined);
    return () => { cancelled = true; };
  }, []);
  if (activate === null) return null;
  return (
    <div className="update-notice" role="status">
      <span>{t('app.updateAvailable')}</span>
      <button type="button" onClick={activate}>{t('app.update')}</button>
    </div>
  );
}
