// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NoticeBar } from '../../src/components/NoticeBar';
import type { Notice } from '../../src/state/view-state';
import { renderInApp } from './render';

const notices: Notice[] = [
  { key: 'notice.unknownRegion', value: '999999' },
  { key: 'notice.badLevel', value: 'city' },
];

describe('NoticeBar', () => {
  it('shows one message per notice, each naming the rejected value', () => {
    renderInApp(<NoticeBar notices={notices} />);
    const items = within(screen.getByRole('alert')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('999999');
    expect(items[0]).toHaveTextContent('未找到行政区划代码');
    expect(items[1]).toHaveTextContent('“city”');
  });

  it('shows extra messages after the notices', () => {
    renderInApp(<NoticeBar notices={notices.slice(0, 1)} extra={['地图出错：boom']} />);
    const items = within(screen.getByRole('alert')).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toHaveLength(2);
    expect(items[1]).toBe('地图出错：boom');
  });

  it('says the same rejected value once, however often the URL repeats it', () => {
    renderInApp(<NoticeBar notices={[notices[1], notices[1]]} />);
    expect(within(screen.getByRole('alert')).getAllByRole('listitem')).toHaveLength(1);
  });

  it('renders nothing when there is nothing to say', () => {
    renderInApp(<NoticeBar notices={[]} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('quotes at most 60 characters of a rejected value, so a 100 KB parameter stays one short line', () => {
    renderInApp(<NoticeBar notices={[{ key: 'notice.badMetric', value: 'x'.repeat(100_000) }]} />);
    const text = within(screen.getByRole('alert')).getByRole('listitem').textContent!;
    expect(text).toContain(`“${'x'.repeat(59)}…”`);
    expect(text.length).toBeLessThan(120);
  });

  it('cuts a long value between characters, not inside one', () => {
    renderInApp(<NoticeBar notices={[{ key: 'notice.badLevel', value: '🙂'.repeat(100) }]} />);
    expect(within(screen.getByRole('alert')).getByRole('listitem').textContent).toContain(`“${'🙂'.repeat(59)}…”`);
  });

  it('folds more than three messages into one summary line, listing the first 20', () => {
    const many: Notice[] = Array.from({ length: 300 }, (_, index) => ({ key: 'notice.unknownParameter', value: `p${index}` }));
    renderInApp(<NoticeBar notices={many} />);
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('summary')).toHaveTextContent('地址中有 300 处无法采用');
    const items = within(alert).getAllByRole('listitem', { hidden: true });
    expect(items).toHaveLength(21);
    expect(items[19]).toHaveTextContent('“p19”');
    expect(items[20]).toHaveTextContent('另有 280 条未列出。');
  });

  it('puts the focus on the main content when dismissed, not on <body>', async () => {
    renderInApp(<><NoticeBar notices={notices} /><main id="main-content" tabIndex={-1}>map</main></>);
    await userEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('hides the messages when dismissed', async () => {
    renderInApp(<NoticeBar notices={notices} />);
    await userEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
