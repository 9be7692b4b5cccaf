// @vitest-environment jsdom
// The same region under the same filter shows the same figures in the table, the comparison and the
// site finder: 郑州 and 开封 for automotive, worked by hand from 二(三) — "建设郑汴 2000亿级整车及零部件产业
// 集群" (places in both cities), "打造郑汴产业带千亿元零部件集群" (inside it: adds no size) and 兰考's 百亿级
// cluster in 开封. Expected: 郑州 2 clusters, 2,000 亿元; 开封 3 clusters, 2,100 亿元.
import { beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { ComparePanel } from '../../src/components/ComparePanel';
import { SiteFinderPanel } from '../../src/components/SiteFinderPanel';
import { TableView } from '../../src/components/TableView';
import type { Atlas } from '../../src/data/load-atlas';
import { aggregateRegions } from '../../src/model/aggregate';
import { filterClusters } from '../../src/model/cluster-filter';
import type { Cluster } from '../../src/model/types';
import { loadRealAtlas } from './atlas-fixture';
import { renderInApp } from './render';

let atlas: Atlas;
let automotive: Cluster[];
beforeAll(async () => {
  atlas = await loadRealAtlas();
  automotive = filterClusters(atlas.plan.clusters, atlas.plan.industries, { industries: ['automotive'], programme: null, tier: null });
});

const noop = () => {};
const href = (code: string) => `/region/${code}`;

describe('郑州 and 开封 under the automotive filter', () => {
  it('the table shows 2 · 2,000 and 3 · 2,100', () => {
    renderInApp(<TableView regions={atlas.regions} placeNames={atlas.placeNames} zones={atlas.zones}
      figures={aggregateRegions(atlas.placer, 'prefecture', automotive)} clusters={automotive} industryById={atlas.industryById}
      language="zh" regionHref={href} />);
    const table = screen.getByRole('table', { name: '地区' });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    expect([...row('郑州市').querySelectorAll('td.number')].map((cell) => cell.textContent)).toEqual(['2', '2,000']);
    expect([...row('开封市').querySelectorAll('td.number')].map((cell) => cell.textContent)).toEqual(['3', '2,100']);
  });

  it('the comparison shows the same', () => {
    renderInApp(<ComparePanel atlas={atlas} pins={['410100', '410200']} clusters={automotive} language="zh" regionHref={href} onUnpin={noop} />);
    const table = screen.getByRole('table');
    const cells = (label: RegExp) => [...within(table).getByRole('rowheader', { name: label }).closest('tr')!.querySelectorAll('td')].map((cell) => cell.textContent);
    expect(cells(/^集群数/)).toEqual(['2', '3']);
    expect(cells(/^名义规模合计/)).toEqual(['2,000', '2,100']);
  });

  it('the site finder ranks them with the same sizes', () => {
    const { container } = renderInApp(<SiteFinderPanel atlas={atlas} industry="automotive" minimumTier={null} language="zh" onChange={noop}
      regionHref={href} pins={[]} onPin={noop} canPin />);
    const text = container.textContent ?? '';
    // The prefecture list: 开封 (2,100) before 郑州 (2,000), both 千亿 at the top.
    expect(text).toMatch(/开封市[^]*?2,100[^]*?3 个集群/);
    expect(text).toMatch(/郑州市[^]*?2,000[^]*?2 个集群/);
    expect(text).not.toContain('3,000');
  });
});
