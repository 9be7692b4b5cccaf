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

  it('hides the messages when dismissed', async () => {
    renderInApp(<NoticeBar notices={notices} />);
    await userEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
