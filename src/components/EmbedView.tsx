// ?embed=1, for an iframe on another site: the map with its legend, and a link that opens the same view
// in the full atlas (in a new tab, out of the iframe).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function EmbedView({ openHref, children }: { openHref: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="embed">
      <main className="embed-map">{children}</main>
      <a className="embed-open" href={openHref} target="_blank" rel="noopener">{t('embed.open')} ↗</a>
    </div>
  );
}
