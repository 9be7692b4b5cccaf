// The presenter's entry points on every page: "add to story" (the current view becomes a slide), the
// story's slides (editor, loaded on first open) and share (link and QR, loaded on first open).
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SLIDES, type Story } from '../model/story';
import type { StoryPanelProps } from './StoryPanel';
import './presenter-kit.css';

const StoryPanel = lazy(() => import('./StoryPanel').then((module) => ({ default: module.StoryPanel })));
const SharePanel = lazy(() => import('./SharePanel').then((module) => ({ default: module.SharePanel })));

interface Props extends Omit<StoryPanelProps, 'story'> {
  story: Story | null;
  onAdd: () => void;
  /** The current view's full address, for the link and the QR code. */
  shareUrl: string;
}

export function StoryDock({ story, onAdd, shareUrl, ...panel }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'story' | 'share' | null>(null);
  const count = story?.slides.length ?? 0;
  const toggle = (which: 'story' | 'share') => setOpen((current) => (current === which ? null : which));
  return (
    <section className="story-dock" aria-label={t('story.title')}>
      <div className="story-dock-row">
        <button type="button" className="story-add" onClick={() => { onAdd(); setOpen('story'); }} disabled={count >= MAX_SLIDES}>
          {t('story.add')}
        </button>
        <button type="button" aria-expanded={open === 'story'} onClick={() => toggle('story')}>
          {t('story.title')} ({t('story.count', { count })})
        </button>
        <button type="button" aria-expanded={open === 'share'} onClick={() => toggle('share')}>{t('share.title')}</button>
      </div>
      {count >= MAX_SLIDES && <p className="muted">{t('story.full', { count: MAX_SLIDES })}</p>}
      <Suspense fallback={<p className="muted loading">{t('app.loading')}</p>}>
        {open === 'story' && <StoryPanel story={story ?? { slides: [] }} {...panel} />}
        {open === 'share' && <SharePanel url={shareUrl} />}
      </Suspense>
    </section>
  );
}
