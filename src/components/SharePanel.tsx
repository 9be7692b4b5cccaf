// Share the current view: its link (copy) and a QR code of it, which opens full screen large enough to
// scan from a projected slide. The QR library loads with this panel, never on the map's path.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qrDataUrl } from '../export/qr';

export function SharePanel({ url }: { url: string }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<string | null>(null);
  const [qrFailed, setQrFailed] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const [large, setLarge] = useState(false);
  useEffect(() => {
    let current = true;
    setCopied(null);
    setQrFailed(false);
    // A QR code holds at most ~2,300 characters: a story of many long notes does not fit.
    qrDataUrl(url, 8).then((dataUrl) => { if (current) setQr(dataUrl); }, () => { if (current) { setQr(null); setQrFailed(true); } });
    return () => { current = false; };
  }, [url]);
  useEffect(() => {
    if (!large) return undefined;
    const onKey = (event: KeyboardEvent) => { if (event.key === 'Escape') setLarge(false); };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [large]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="share-panel">
      <label>
        {t('share.link')}
        <input type="text" readOnly value={url} onFocus={(event) => event.target.select()} />
      </label>
      <button type="button" onClick={() => void copy()}>{t('share.copy')}</button>
      {copied === 'yes' && <span role="status"> {t('share.copied')}</span>}
      {copied === 'failed' && <p role="alert">{t('share.copyFailed')}</p>}
      {qr !== null && (
        <figure className="share-qr">
          <button type="button" className="share-qr-button" onClick={() => setLarge(true)} aria-label={t('share.large')}>
            <img src={qr} alt={t('share.qr')} width={180} height={180} />
          </button>
          <figcaption>{t('share.qr')}</figcaption>
        </figure>
      )}
      {qrFailed && <p className="muted">{t('share.tooLong')}</p>}
      {large && qr !== null && (
        <div className="share-qr-large" role="dialog" aria-modal="true" aria-label={t('share.qr')} onClick={() => setLarge(false)}>
          <img src={qr} alt={t('share.qr')} />
          <p>{t('share.qr')}</p>
          <button type="button" onClick={() => setLarge(false)}>{t('share.close')}</button>
        </div>
      )}
    </div>
  );
}
