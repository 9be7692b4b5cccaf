// Meetings: full screen, large type, projector palette, no app chrome. →/space/PageDown next,
// ←/PageUp previous, Home/End first/last, Esc leaves. Each step is its own URL.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CodedText } from './CodedText';

interface Props {
  step: number;
  stepCount: number;
  title: string;
  subtitle: string;
  children: ReactNode;
  /** What the URL asked for that could not be used (a NoticeBar), above the map. */
  notice?: ReactNode;
  onStep: (step: number) => void;
  onExit: () => void;
  /** More controls in the footer (the QR code of the slide's live view). */
  controls?: ReactNode;
}

export function PresentationView({ step, stepCount, title, subtitle, children, notice, onStep, onExit, controls }: Props) {
  const { t } = useTranslation();
  const rootRef = useRef<HTMLDivElement>(null);
  const handlers = useRef({ step, stepCount, onStep, onExit });
  handlers.current = { step, stepCount, onStep, onExit };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
      // Space and Enter on a focused button press that button (← or "退出"), not "next step".
      if ((event.key === ' ' || event.key === 'Enter') && event.target instanceof HTMLButtonElement) return;
      const { step: current, stepCount: count, onStep: go, onExit: exit } = handlers.current;
      const next = { ArrowRight: current + 1, ' ': current + 1, PageDown: current + 1, ArrowLeft: current - 1, PageUp: current - 1, Home: 1, End: count }[event.key];
      if (next !== undefined) {
        event.preventDefault();
        // At either end the key does nothing: no step change, so no history entry either.
        const clamped = Math.min(Math.max(next, 1), count);
        if (clamped !== current) go(clamped);
      } else if (event.key === 'Escape') {
        exit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    rootRef.current?.focus();
  }, []);

  return (
    <div className="presentation" ref={rootRef} tabIndex={-1} aria-roledescription={t('present.role')}>
      <header className="presentation-header">
        <h1>{title}</h1>
        <p>{subtitle}</p>
        {notice}
      </header>
      <div className="presentation-body">{children}</div>
      <footer className="presentation-footer">
        <button type="button" onClick={() => onStep(Math.max(step - 1, 1))} disabled={step <= 1} aria-label={t('present.previous')}>←</button>
        <span className="step-counter" aria-live="polite">{t('present.counter', { step, count: stepCount })}</span>
        <button type="button" onClick={() => onStep(Math.min(step + 1, stepCount))} disabled={step >= stepCount} aria-label={t('present.next')}>→</button>
        <button type="button" onClick={() => {
          if (document.fullscreenElement === null) void document.documentElement.requestFullscreen?.().catch(() => undefined);
          else void document.exitFullscreen();
        }}>{t('present.fullscreen')}</button>
        {controls}
        <button type="button" onClick={onExit}>{t('present.exit')}</button>
        <span className="muted keys"><CodedText i18nKey="present.keys" /></span>
      </footer>
    </div>
  );
}
