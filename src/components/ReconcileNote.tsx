// One short line, right where region figures are listed, saying why they need not add up to the
// province: a cluster with places in several regions counts in each (once in the province), and at
// county level a cluster named for a whole prefecture or in a zone with no established county counts in
// none. Shown only when the sums really differ.
import { useTranslation } from 'react-i18next';
import { reconcile, type RegionFigures } from '../model/aggregate';
import type { Placer } from '../model/placement';
import type { RegionLevel } from '../model/regions';
import type { AdminCode, Cluster } from '../model/types';
import { sizeWithUnit } from '../i18n/size-format';
import type { Language } from '../state/view-state';

interface Props {
  placer: Placer;
  level: RegionLevel;
  clusters: readonly Cluster[];
  /** The level's figures the view already shows for these clusters (aggregateRegions). */
  figures: ReadonlyMap<AdminCode, RegionFigures>;
  language: Language;
}

export function ReconcileNote({ placer, level, clusters, figures, language }: Props) {
  const { t } = useTranslation();
  const reconciliation = reconcile(placer, level, clusters, figures);
  const { province, sumOfRegions } = reconciliation;
  if (sumOfRegions.clusterCount === province.clusterCount && sumOfRegions.totalSizeYi === province.totalSizeYi) return null;
  return (
    <p className="muted reconcile" role="note">
      {t(`overview.reconcile.${level}`, {
        count: sumOfRegions.clusterCount,
        size: sizeWithUnit(sumOfRegions.totalSizeYi, language),
        provinceCount: province.clusterCount,
        provinceSize: sizeWithUnit(province.totalSizeYi, language),
        multi: reconciliation.multiRegion.length,
        none: reconciliation.inNoRegion.length,
      })}
    </p>
  );
}
