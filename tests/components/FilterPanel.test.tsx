// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FilterPanel, type FilterValues } from '../../src/components/FilterPanel';
import type { Atlas } from '../../src/data/load-atlas';
import type { IndustryId } from '../../src/model/types';
import { loadRealAtlas } from './atlas-fixture';
import { renderInApp } from './render';

let atlas: Atlas;
beforeAll(async () => {
  atlas = await loadRealAtlas();
});

function renderPanel(values: Partial<FilterValues> = {}) {
  const onChange = vi.fn<(change: Partial<FilterValues>) => void>();
  renderInApp(
    <FilterPanel
      industries={[]} programme={null} tier={null} metric="count" level="prefecture" basemap={false}
      {...values}
      programmes={atlas.plan.programmes} allIndustries={atlas.plan.industries} language="zh"
      countsByIndustry={new Map<IndustryId, number>([['food', 9]])} onChange={onChange}
    />,
  );
  return onChange;
}

const industryName = (id: IndustryId) => atlas.industryById.get(id)!.nameZh;

describe('FilterPanel', () => {
  it('names each industry checkbox by the industry name alone', () => {
    renderPanel();
    // Exact-name queries: the per-industry count is aria-hidden, so the name is "食品产业", not "食品产业 9".
    for (const industry of atlas.plan.industries) {
      expect(screen.getByRole('checkbox', { name: industry.nameZh })).toBeInTheDocument();
    }
  });

  it('adds an industry to the selection when its checkbox is checked', async () => {
    const onChange = renderPanel({ industries: ['electronics'] });
    await userEvent.click(screen.getByRole('checkbox', { name: industryName('food') }));
    expect(onChange).toHaveBeenCalledWith({ industries: ['electronics', 'food'] });
  });

  it('removes an industry from the selection when its checkbox is unchecked', async () => {
    const onChange = renderPanel({ industries: ['electronics', 'food'] });
    const food = screen.getByRole('checkbox', { name: industryName('food') });
    expect(food).toBeChecked();
    await userEvent.click(food);
    expect(onChange).toHaveBeenCalledWith({ industries: ['electronics'] });
  });

  it('toggles an industry from the keyboard: Tab to the checkbox, Space to check it', async () => {
    const onChange = renderPanel();
    const first = screen.getByRole('checkbox', { name: industryName('electronics') });
    // The programme select comes first in tab order, then the first industry checkbox.
    await userEvent.tab();
    expect(screen.getByRole('combobox', { name: '工程' })).toHaveFocus();
    await userEvent.tab();
    expect(first).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(onChange).toHaveBeenCalledWith({ industries: ['electronics'] });
  });

  it('marks the current tier pressed and chooses another tier on click', async () => {
    const onChange = renderPanel({ tier: '千亿' });
    expect(screen.getByRole('button', { name: '千亿级' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '全部' })).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(screen.getByRole('button', { name: '万亿级' }));
    expect(onChange).toHaveBeenCalledWith({ tier: '万亿' });
  });

  it('clears the tier with the "all" button', async () => {
    const onChange = renderPanel({ tier: '百亿' });
    await userEvent.click(screen.getByRole('button', { name: '全部' }));
    expect(onChange).toHaveBeenCalledWith({ tier: null });
  });

  it('marks the current metric pressed and chooses another metric on click', async () => {
    const onChange = renderPanel({ metric: 'count' });
    expect(screen.getByRole('button', { name: '集群数量' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '名义规模合计' })).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(screen.getByRole('button', { name: '名义规模合计' }));
    expect(onChange).toHaveBeenCalledWith({ metric: 'size' });
  });

  it('marks the current level pressed and chooses another level on click', async () => {
    const onChange = renderPanel({ level: 'prefecture' });
    const levelGroup = screen.getByRole('group', { name: '层级' });
    expect(within(levelGroup).getByRole('button', { name: '省辖市' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(within(levelGroup).getByRole('button', { name: '县（市、区）' }));
    expect(onChange).toHaveBeenCalledWith({ level: 'county' });
  });
});
