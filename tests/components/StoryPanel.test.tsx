// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoryPanel, type StoryPanelProps } from '../../src/components/StoryPanel';
import type { Slide, Story } from '../../src/model/story';
import { renderInApp } from './render';

const slide = (title: string, note = ''): Slide => ({
  view: { page: 'map', regionCode: null, industries: [], programme: null, tier: null, metric: 'count', level: 'prefecture' }, title, note,
});
const story: Story = { slides: [slide('甲'), slide('乙', '备注'), slide('丙')] };

function renderPanel(change: Partial<StoryPanelProps> = {}) {
  const onChange = vi.fn<StoryPanelProps['onChange']>();
  const onExport = vi.fn<StoryPanelProps['onExport']>(async () => undefined);
  const onStartFromTour = vi.fn();
  renderInApp(<StoryPanel story={story} slideNames={['河南省全省', '河南省全省', '河南省全省']} onChange={onChange}
    openHref={(index) => `/?slide=${index}`} playHref="/present/1?story=x" tourLength={20} onExport={onExport} onStartFromTour={onStartFromTour} {...change} />);
  return { onChange, onExport, onStartFromTour };
}
const titles = (value: Story) => value.slides.map((item) => item.title);

describe('StoryPanel', () => {
  it("shows each slide's title and note, the view's name as the placeholder", () => {
    renderPanel();
    const inputs = screen.getAllByRole('textbox', { name: '标题' });
    expect(inputs.map((input) => (input as HTMLInputElement).value)).toEqual(['甲', '乙', '丙']);
    expect(inputs[0].getAttribute('placeholder')).toBe('河南省全省');
    expect((screen.getAllByRole('textbox', { name: /讲稿备注/ })[1] as HTMLTextAreaElement).value).toBe('备注');
  });

  it('moves a slide up or down and deletes one, as history entries', async () => {
    const { onChange } = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: '上移 第 3 页' }));
    expect(titles(onChange.mock.calls[0][0])).toEqual(['甲', '丙', '乙']);
    expect(onChange.mock.calls[0][1]).toEqual({ replace: false });
    await userEvent.click(screen.getByRole('button', { name: '下移 第 1 页' }));
    expect(titles(onChange.mock.calls[1][0])).toEqual(['乙', '甲', '丙']);
    await userEvent.click(screen.getByRole('button', { name: '删除 第 2 页' }));
    expect(titles(onChange.mock.calls[2][0])).toEqual(['甲', '丙']);
    expect((screen.getByRole('button', { name: '上移 第 1 页' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: '下移 第 3 页' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('edits a title or note in place, replacing the history entry', () => {
    const { onChange } = renderPanel();
    fireEvent.change(screen.getAllByRole('textbox', { name: '标题' })[2], { target: { value: '丙二' } });
    expect(titles(onChange.mock.calls[0][0])).toEqual(['甲', '乙', '丙二']);
    expect(onChange.mock.calls[0][1]).toEqual({ replace: true });
    fireEvent.change(screen.getAllByRole('textbox', { name: /讲稿备注/ })[0], { target: { value: '讲稿' } });
    expect(onChange.mock.calls[1][0].slides[0].note).toBe('讲稿');
  });

  it('plays and opens slides by link, and exports with the chosen options', async () => {
    const { onExport } = renderPanel();
    expect(screen.getByRole('link', { name: '播放故事' }).getAttribute('href')).toBe('/present/1?story=x');
    expect(screen.getAllByRole('link', { name: '打开此视图' })[1].getAttribute('href')).toBe('/?slide=1');
    await userEvent.click(screen.getByRole('checkbox', { name: '每页附二维码' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'PDF 页面' }), 'a4');
    await userEvent.click(screen.getByRole('button', { name: '导出 PDF' }));
    expect(onExport).toHaveBeenCalledWith('pdf', { withQr: false, pageSize: 'a4' });
  });

  it('says how to start and that the tour is exported when the story is empty', async () => {
    const { onStartFromTour } = renderPanel({ story: { slides: [] } });
    expect(screen.getByText(/还没有页面/)).toBeTruthy();
    expect(screen.getByText('没有故事时导出内置导览（20 页）。')).toBeTruthy();
    expect(screen.queryByRole('link', { name: '播放故事' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '从内置导览开始（20 页）' }));
    expect(onStartFromTour).toHaveBeenCalledOnce();
  });
});
