// Hover card: the region's name and its figures under the current filter.
import { useTranslation } from 'react-i18next';
import type { RegionFigures } from '../model/aggregate';
import { sizeFigure } from '../i18n/size-format';
import type { Language } from '../state/view-state';

interface Props {
  name: string;
  figures: RegionFigures | undefined;
  point: { x: number; y: number };
  language: Language;
}

export function Tooltip({ name, figures, point, language }: Props) {
  const { t } = useTranslation();
  return (
    <div className="tooltip" role="tooltip" style={{ left: point.x + 14, top: point.y + 14 }}>
      <strong>{name}</strong>
      {figures === undefined || figures.clusterCount === 0 ? (
        <div>{t('tooltip.none')}</div>
      ) : (
        <>
          <div>{t('tooltip.clusters', { count: figures.clusterCount })}</div>
          {figures.sizedCount > 0 && <div>{t('tooltip.size', { size: sizeFigure(figures.totalSizeYi, language) })}</div>}
          {figures.highestTier !== null && <div>{t('tooltip.highestTier', { tier: t(`tier.${figures.highestTier}`) })}</div>}
        </>
      )}
    </div>
  );
}
