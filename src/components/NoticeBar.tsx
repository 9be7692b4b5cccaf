// What the URL asked for that could not be shown, said plainly; dismissible.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../state/view-state';

export function NoticeBar({ notices, extra = [] }: { notices: readonly Notice[]; extra?: readonly string[] }) {
  const { t } = useTranslation();
  // The same bad value twice in a URL is one message.
  const messages = [...new Set([...notices.map((notice) => t(notice.key, { value: notice.value })), ...extra])];
  const key = messages.join('|');
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (messages.length === 0 || dismissed === key) return null;
  return (
    <div className="notice-bar" role="alert">
      <ul>{messages.map((message) => <li key={message}>{message}</li>)}</ul>
      <button type="button" onClick={() => setDismissed(key)}>{t('app.dismiss')}</button>
    </div>
  );
}
