// The list beside the map in the presentation: what this step designates, in large type. It scrolls,
// so it takes the focus (arrow keys scroll it) and has a name.
import { useTranslation } from 'react-i18next';

export interface TourItem { key: string; text: string; detail: string }

export function TourSidebar({ items }: { items: readonly TourItem[] }) {
  const { t } = useTranslation();
  return (
    <ol className="tour-items" tabIndex={0} aria-label={t('present.items')}>
      {items.map((item) => (
        <li key={item.key}><strong>{item.text}</strong> <span className="detail">{item.detail}</span></li>
      ))}
    </ol>
  );
}
