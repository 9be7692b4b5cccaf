// Exports of the current view: a PNG (1×–3×) and an SVG with title, legend, filters, source and date,
// the filtered clusters as CSV, the regions with their figures as GeoJSON, and print.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodedText } from './CodedText';
import { useDetailsDismiss } from './use-details-dismiss';

export const EXPORT_SCALES = [1, 2, 3] as const;
/** Fixed picture sizes (a 4:3 projector, a 1080p screen): the map is drawn anew for the frame. */
export const EXPORT_FRAMES = [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }] as const;

interface Props {
  onPng: (scale: number) => Promise<void>;
  onPngFrame?: (frame: { width: number; height: number }) => Promise<void>;
  onSvg: () => Promise<void>;
  onCsv: () => Promise<void>;
  onGeojson: () => Promise<void>;
  pngAvailable: boolean;
}

export function ExportMenu({ onPng, onPngFrame, onSvg, onCsv, onGeojson, pngAvailable }: Props) {
  const { t } = useTranslation();
  // "2" (a scale of the map on screen) or "1024x768" (a fixed frame).
  const [scale, setScale] = useState<string>('2');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const menuRef = useRef<HTMLDetailsElement>(null);
  useDetailsDismiss(menuRef);
  return (
    <details className="export-menu" ref={menuRef}>
      <summary>{t('export.title')}</summary>
      <div className="export-body">
        {pngAvailable && (
          <div className="export-row">
            <label>
              {t('export.scale')}{' '}
              <select aria-label={t('export.scale')} value={scale} onChange={(event) => setScale(event.target.value)}>
                {EXPORT_SCALES.map((value) => <option key={value} value={String(value)}>{value}×</option>)}
                {onPngFrame !== undefined && EXPORT_FRAMES.map((frame) => (
                  <option key={frame.width} value={`${frame.width}x${frame.height}`}>{frame.width} × {frame.height}</option>
                ))}
              </select>
            </label>
            <button type="button" disabled={busy} onClick={async () => {
              setBusy(true);
              setFailed(null);
              const frame = EXPORT_FRAMES.find((item) => `${item.width}x${item.height}` === scale);
              try { await (frame !== undefined && onPngFrame !== undefined ? onPngFrame(frame) : onPng(Number(scale))); } catch (error) { setFailed(error instanceof Error ? error.message : String(error)); }
              setBusy(false);
            }}><CodedText i18nKey="export.png" /></button>
            <button type="button" onClick={async () => {
              setFailed(null);
              try { await onSvg(); } catch (error) { setFailed(error instanceof Error ? error.message : String(error)); }
            }}><CodedText i18nKey="export.svg" /></button>
          </div>
        )}
        <button type="button" onClick={() => void onCsv()}><CodedText i18nKey="export.csv" /></button>
        <button type="button" onClick={() => void onGeojson()}><CodedText i18nKey="export.geojson" /></button>
        <button type="button" onClick={() => window.print()}>{t('export.print')}</button>
        {failed !== null && <p role="alert">{t('export.failed', { detail: failed })}</p>}
      </div>
    </details>
  );
}
