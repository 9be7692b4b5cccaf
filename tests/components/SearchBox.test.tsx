// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SearchBox } from '../../src/components/SearchBox';
import type { Atlas } from '../../src/data/load-atlas';
import { loadRealAtlas } from './atlas-fixture';
import { renderInApp } from './render';

let atlas: Atlas;
beforeAll(async () => {
  atlas = await loadRealAtlas();
});

function renderSearch() {
  const onChoose = vi.fn<(code: string) => void>();
  renderInApp(<SearchBox entries={atlas.searchEntries} language="zh" onChoose={onChoose} />);
  return { onChoose, input: screen.getByRole('combobox', { name: '搜索地区、园区、集群、专项、单位与规划原文' }) };
}

function activeOption(input: HTMLElement): HTMLElement {
  const id = input.getAttribute('aria-activedescendant');
  expect(id).not.toBeNull();
  return document.getElementById(id!)!;
}

describe('SearchBox', () => {
  it('jumps to 洛阳市 (410300) when "luoyang" is typed and Enter pressed', async () => {
    const { onChoose, input } = renderSearch();
    await userEvent.type(input, 'luoyang{Enter}');
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('410300');
  });

  it('lists matches as options, the first one active', async () => {
    const { input } = renderSearch();
    await userEvent.type(input, 'luoyang');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    expect(options[0]).toHaveTextContent('洛阳市');
    expect(activeOption(input)).toBe(options[0]);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
  });

  it('moves the active option down with ArrowDown', async () => {
    const { input } = renderSearch();
    await userEvent.type(input, 'luoyang{ArrowDown}');
    const options = screen.getAllByRole('option');
    expect(activeOption(input)).toBe(options[1]);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
  });

  it('chooses the active option with Enter after ArrowDown', async () => {
    // "新乡" names the prefecture 新乡市 (410700) and the county 新乡县 (410721): prefectures rank first.
    const { onChoose, input } = renderSearch();
    await userEvent.type(input, '新乡{ArrowDown}');
    expect(activeOption(input)).toHaveTextContent('新乡县');
    await userEvent.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('410721');
  });

  it('hides the list on a press outside it, keeps the text, and shows it again on focus', async () => {
    const { input } = renderSearch();
    await userEvent.type(input, 'luoyang');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await userEvent.click(document.body);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input).toHaveValue('luoyang');
    await userEvent.click(input);
    expect(screen.getByRole('listbox')).toBeInTheDocument();
  });

  it('clears the query and closes the list with Escape', async () => {
    const { input } = renderSearch();
    await userEvent.type(input, 'luoyang');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveValue('');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('clears the query after a choice', async () => {
    const { input } = renderSearch();
    await userEvent.type(input, 'luoyang{Enter}');
    expect(input).toHaveValue('');
  });

  it('with its index loaded on focus, groups 超硬材料 by kind and leads a cluster to its map view', async () => {
    const { searchIndexOf } = await import('../../src/app/search-index');
    const onChooseTarget = vi.fn();
    const loadIndex = vi.fn(() => Promise.resolve(searchIndexOf(atlas)));
    renderInApp(<SearchBox entries={atlas.searchEntries} language="zh" onChoose={vi.fn()} loadIndex={loadIndex} onChooseTarget={onChooseTarget} />);
    const input = screen.getByRole('combobox', { name: '搜索地区、园区、集群、专项、单位与规划原文' });
    expect(loadIndex).not.toHaveBeenCalled();
    await userEvent.click(input);
    expect(loadIndex).toHaveBeenCalledTimes(1);
    await userEvent.type(input, '超硬材料');
    const groups = await screen.findAllByRole('group');
    expect(groups.map((group) => group.getAttribute('aria-labelledby') && document.getElementById(group.getAttribute('aria-labelledby')!)!.textContent))
      .toEqual(['集群与基地', '产业发展专项', '规划原文']);
    expect(activeOption(input)).toHaveTextContent(/超硬材料产业集群/);
    await userEvent.keyboard('{Enter}');
    expect(onChooseTarget).toHaveBeenCalledExactlyOnceWith({ page: 'map', regionCode: expect.stringMatching(/^41/), industry: 'new-materials' });
  });
});

