// What the URL asked for that could not be shown, said plainly; dismissible. A URL can hold any
// amount of junk, so each rejected value is shortened and many notices fold into one line.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../state/view-state';

/** Longest rejected value quoted in full; a 100 KB parameter must not make the page 100 KB wide. */
export const MAX_VALUE_LENGTH = 60;
/** Up to this many messages are listed as they are; more fold into a summary line. */
export const MAX_OPEN_MESSAGES = 3;
/** Messages listed under the summary at most. */
export const MAX_LISTED_MESSAGES = 20;

/** Cut at a code point (not inside a surrogate pair) and mark the cut. */
export function shortenValue(value: string): string {
  const characters = Array.from(value);
  return characters.length <= MAX_VALUE_LENGTH ? value : `${characters.slice(0, MAX_VALUE_LENGTH - 1).join('')}…`;
}

export function NoticeBar({ notices, extra = [] }: { notices: readonly Notice[]; extra?: readonly string[] }) {
  const { t } = useTranslation();
  // The same bad value twice in a URL is one message.
  const messages = [...new Set([...notices.map((notice) => t(notice.key, { value: shortenValue(notice.value) })), ...extra])];
  const key = messages.join('|');
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (messages.length === 0 || dismissed === key) return null;
  const listed = messages.slice(0, MAX_LISTED_MESSAGES);
  const list = (
    <ul>
      {listed.map((message) => <li key={message}>{message}</li>)}
      {messages.length > listed.length && <li key="more" className="muted">{t('notice.more', { count: messages.length - listed.length })}</li>}
    </ul>
  );
  return (
    <div className="notice-bar" role="alert">
      {messages.length <= MAX_OPEN_MESSAGES ? list : (
        <details>
          <summary>{t('notice.summary', { count: messages.length })}</summary>
          {list}
        </details>
      )}
      <button type="button" onClick={() => {
        setDismissed(key);
        // The button is about to go: hand the focus to the page's content rather than to <body>.
        document.querySelector<HTMLElement>('#main-content, .presentation')?.focus();
      }}>{t('app.dismiss')}</button>
    </div>
  );
}
