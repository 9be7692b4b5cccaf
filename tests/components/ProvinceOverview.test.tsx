// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { ProvinceOverview } from '../../src/components/ProvinceOverview';
import type { Atlas } from '../../src/data/load-atlas';
import { aggregateRegions } from '../../src/model/aggregate';
import type { AdminCode, Cluster, StatedCount } from '../../src/model/types';
import { loadRealAtlas, readDataFile } from './atlas-fixture';
import { renderInApp } from './render';

const clustersFile = readDataFile<Cluster[]>('plan/clusters.json');
const statedCounts = readDataFile<StatedCount[]>('plan/stated-counts.json');

let atlas: Atlas;
beforeAll(async () => {
  atlas = await loadRealAtlas();
});

function renderOverview() {
  return renderInApp(
    <ProvinceOverview
      atlas={atlas} clusters={atlas.plan.clusters} figures={aggregateRegions(atlas.placer, 'prefecture', atlas.plan.clusters)}
      level="prefecture" language="zh" selectedIndustries={[]} regionHref={(code: AdminCode) => `/region/${code}`}
    />,
  );
}

function sectionTitled(title: string): HTMLElement {
  return screen.getByRole('heading', { name: title }).closest('section')!;
}

describe('ProvinceOverview', () => {
  it('lists every province-wide designation of the plan, and only those', () => {
    renderOverview();
    const provinceWide = clustersFile.filter((cluster) => cluster.scope === 'province');
    const names = within(sectionTitled('全省层面的认定')).getAllByRole('listitem').map((item) => item.querySelector('strong')!.textContent);
    expect(names).toEqual(provinceWide.map((cluster) => cluster.nameZh));
  });

  it('shows the province-wide food designation with its sentence from the plan', () => {
    renderOverview();
    const food = clustersFile.find((cluster) => cluster.scope === 'province' && cluster.industry === 'food')!;
    const item = within(sectionTitled('全省层面的认定')).getByText(food.nameZh).closest('li')!;
    expect(item.textContent).toContain(`“${food.quote}”`);
  });

  it('says the plan names 3 of the 22 百亿级 food clusters it counts', () => {
    // stated-counts.json: "打造汤阴、浚县、延津等 22个百亿级特色产业集群" counts 22 and names three.
    const foodStatement = statedCounts.find((statement) => statement.industry === 'food' && statement.tier === '百亿')!;
    expect(foodStatement.stated).toBe(22);
    expect(foodStatement.clusterIds).toHaveLength(3);
    renderOverview();
    const rows = within(sectionTitled('点名与计数')).getAllByRole('listitem').map((item) => item.textContent);
    expect(rows).toContain('食品产业 · 百亿级：点名 3 个 / 文中计数 22 个');
  });

  it('gives the source of the data', () => {
    renderOverview();
    const source = sectionTitled('数据来源');
    expect(source.textContent).toContain('《先进制造业大省建设行动计划》');
    expect(source.textContent).toContain('GB/T 2260');
  });
});
