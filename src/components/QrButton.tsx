// A button that shows the QR code of a URL full screen (the presentation's "scan to open this view",
// for the room's phones). Esc or a click closes it without leaving the presentation.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function QrButton({ url }: { url: string }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return undefined;
    let current = true;
    // The QR library loads on first use, never on the map's path.
    void import('../export/qr').then(({ qrDataUrl }) => qrDataUrl(url, 8)).then((dataUrl) => { if (current) setQr(dataUrl); }, () => undefined);
    // Capture phase: this Esc closes the code and must not reach the presentation's Esc (leave).
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopImmediatePropagation();
      setOpen(false);
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      current = false;
      window.removeEventListener('keydown', onKey, true);
    };
  }, [open, url]);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>{t('share.qrButton')}</button>
      {open && (
        <div className="share-qr-large" role="dialog" aria-modal="true" aria-label={t('share.qr')} onClick={() => setOpen(false)}>
          {qr !== null && <img src={qr} alt={t('share.qr')} />}
          <p>{t('share.qr')}</p>
          <button type="button" onClick={() => setOpen(false)}>{t('share.close')}</button>
        </div>
      )}
    </>
  );
}
