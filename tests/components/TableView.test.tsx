// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TableView } from '../../src/components/TableView';
import type { Atlas } from '../../src/data/load-atlas';
import { aggregateRegions, type RegionFigures } from '../../src/model/aggregate';
import type { AdminCode } from '../../src/model/types';
import { loadRealAtlas } from './atlas-fixture';
import { renderInApp } from './render';

let atlas: Atlas;
let figures: Map<AdminCode, RegionFigures>;
beforeAll(async () => {
  atlas = await loadRealAtlas();
  figures = aggregateRegions(atlas.placer, 'prefecture', atlas.plan.clusters);
});

function renderTable() {
  renderInApp(
    <TableView regions={atlas.regions} placeNames={atlas.placeNames} figures={figures} clusters={atlas.plan.clusters} industryById={atlas.industryById}
      language="zh" regionHref={(code) => `/region/${code}`} />,
  );
  const table = screen.getByRole('table', { name: '地区' });
  const columnHeader = (name: string) => within(table).getByRole('columnheader', { name: new RegExp(`^${name}`) });
  const rowCodes = () => within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0].textContent);
  return { table, columnHeader, rowCodes };
}

describe('TableView', () => {
  it('starts sorted by total size, largest first', () => {
    const { columnHeader } = renderTable();
    expect(columnHeader('名义规模（亿元）')).toHaveAttribute('aria-sort', 'descending');
    expect(columnHeader('集群数')).toHaveAttribute('aria-sort', 'none');
  });

  it('sorts by a column when its header is clicked, largest first', async () => {
    const { columnHeader, rowCodes } = renderTable();
    await userEvent.click(screen.getByRole('button', { name: '按集群数排序' }));
    expect(columnHeader('集群数')).toHaveAttribute('aria-sort', 'descending');
    expect(columnHeader('名义规模（亿元）')).toHaveAttribute('aria-sort', 'none');
    const counts = rowCodes().map((code) => figures.get(code!)!.clusterCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(counts[counts.length - 1]);
  });

  it('reverses the order when the same header is clicked again', async () => {
    const { columnHeader, rowCodes } = renderTable();
    const button = screen.getByRole('button', { name: '按集群数排序' });
    await userEvent.click(button);
    await userEvent.click(button);
    expect(columnHeader('集群数')).toHaveAttribute('aria-sort', 'ascending');
    const counts = rowCodes().map((code) => figures.get(code!)!.clusterCount);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it('has one row per prefecture, each linking to /region/<code>', () => {
    const { table } = renderTable();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(18);
    for (const row of rows) {
      const code = within(row).getAllByRole('cell')[0].textContent!;
      const link = within(row).getByRole('link');
      expect(link).toHaveAttribute('href', `/region/${code}`);
      expect(link).toHaveTextContent(atlas.regions.byCode.get(code)!.name);
    }
  });
});
