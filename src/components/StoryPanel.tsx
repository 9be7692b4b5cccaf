// The story editor: each slide's title and note, reorder, delete, open, play; export as PowerPoint or
// PDF. Every change goes to the URL (onChange); text edits replace history, the rest push it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MAX_NOTE_LENGTH, MAX_TITLE_LENGTH, moveSlide, removeSlide, updateSlide, type Story } from '../model/story';

export type PdfPageSize = 'wide' | 'a4';
export interface StoryExportOptions { withQr: boolean; pageSize: PdfPageSize }

export interface StoryPanelProps {
  story: Story;
  /** What each slide shows when its title is empty (the view's name). */
  slideNames: readonly string[];
  onChange: (story: Story, options: { replace: boolean }) => void;
  openHref: (index: number) => string;
  playHref: string;
  /** Slides of the built-in tour, exported when the story is empty. */
  tourLength: number;
  onExport: (format: 'pptx' | 'pdf', options: StoryExportOptions) => Promise<void>;
  /** Makes the built-in tour the story, to edit (titles copied from the tour). */
  onStartFromTour: () => void;
}

export function StoryPanel({ story, slideNames, onChange, openHref, playHref, tourLength, onExport, onStartFromTour }: StoryPanelProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [withQr, setWithQr] = useState(true);
  const [pageSize, setPageSize] = useState<PdfPageSize>('wide');
  const count = story.slides.length;
  const run = async (format: 'pptx' | 'pdf') => {
    setBusy(true);
    setFailed(null);
    try {
      await onExport(format, { withQr, pageSize });
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    }
    setBusy(false);
  };
  return (
    <div className="story-panel">
      {count === 0 ? <p className="muted">{t('story.empty')}</p> : (
        <ol className="story-slides">
          {story.slides.map((slide, index) => (
            // Index keys: slides have no identity of their own, and the inputs are controlled by the URL.
            <li key={index} className="story-slide">
              <div className="story-slide-head">
                <strong>{t('story.slideLabel', { number: index + 1 })}</strong>
                <Link to={openHref(index)}>{t('story.open')}</Link>
              </div>
              <label>
                {t('story.slideTitle')}
                <input type="text" value={slide.title} maxLength={MAX_TITLE_LENGTH} placeholder={slideNames[index] ?? t('story.slideTitlePlaceholder')}
                  onChange={(event) => onChange(updateSlide(story, index, { title: event.target.value }), { replace: true })} />
              </label>
              <label>
                {t('story.slideNote')}
                <textarea value={slide.note} maxLength={MAX_NOTE_LENGTH} rows={2}
                  onChange={(event) => onChange(updateSlide(story, index, { note: event.target.value }), { replace: true })} />
              </label>
              <div className="story-slide-actions">
                <button type="button" disabled={index === 0} onClick={() => onChange(moveSlide(story, index, index - 1), { replace: false })}
                  aria-label={`${t('story.up')} ${t('story.slideLabel', { number: index + 1 })}`}>↑</button>
                <button type="button" disabled={index === count - 1} onClick={() => onChange(moveSlide(story, index, index + 1), { replace: false })}
                  aria-label={`${t('story.down')} ${t('story.slideLabel', { number: index + 1 })}`}>↓</button>
                <button type="button" onClick={() => onChange(removeSlide(story, index), { replace: false })}
                  aria-label={`${t('story.remove')} ${t('story.slideLabel', { number: index + 1 })}`}>{t('story.remove')}</button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <div className="story-actions">
        {count > 0 && <Link className="button" to={playHref}>{t('story.play')}</Link>}
        {count > 0 && <button type="button" onClick={() => onChange({ slides: [] }, { replace: false })}>{t('story.clear')}</button>}
        {count === 0 && <button type="button" onClick={onStartFromTour}>{t('story.fromTour', { count: tourLength })}</button>}
      </div>
      <div className="story-export">
        {count === 0 && <p className="muted">{t('story.exportTour', { count: tourLength })}</p>}
        <label><input type="checkbox" checked={withQr} onChange={(event) => setWithQr(event.target.checked)} /> {t('story.withQr')}</label>
        <label>
          {t('story.pageSize')}{' '}
          <select value={pageSize} onChange={(event) => setPageSize(event.target.value as PdfPageSize)} aria-label={t('story.pageSize')}>
            <option value="wide">{t('story.pageWide')}</option>
            <option value="a4">{t('story.pageA4')}</option>
          </select>
        </label>
        <button type="button" disabled={busy} onClick={() => void run('pptx')}>{t('story.exportPptx')}</button>
        <button type="button" disabled={busy} onClick={() => void run('pdf')}>{t('story.exportPdf')}</button>
        {busy && <p className="muted" role="status">{t('story.exporting')}</p>}
        {failed !== null && <p role="alert">{t('export.failed', { detail: failed })}</p>}
      </div>
    </div>
  );
}
