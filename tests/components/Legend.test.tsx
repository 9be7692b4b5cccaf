// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { Legend } from '../../src/components/Legend';
import type { Classification } from '../../src/model/classify';
import { renderInApp } from './render';

// Classifications written out by hand, so the expected items follow from the input alone.
const countClasses: Classification = {
  metric: 'count',
  classes: [
    { kind: 'range', min: 1, max: 1, color: '#c7e9b4' },
    { kind: 'range', min: 2, max: 4, color: '#41b6c4' },
    { kind: 'range', min: 5, max: 10, color: '#225ea8' },
  ],
  colors: new Map(),
};

const tierClasses: Classification = {
  metric: 'tier',
  classes: [
    { kind: 'tier', tier: '百亿', color: '#fdcc8a' },
    { kind: 'tier', tier: '千亿', color: '#fc8d59' },
    { kind: 'tier', tier: '万亿', color: '#d7301f' },
  ],
  colors: new Map(),
};

function legend() {
  return screen.getByRole('figure');
}

describe('Legend', () => {
  it('shows the metric name and its unit', () => {
    renderInApp(<Legend classification={countClasses} level="prefecture" language="zh" filterText={null} />);
    expect(within(legend()).getByText('集群数量')).toBeInTheDocument();
    expect(within(legend()).getByText('（个集群）')).toBeInTheDocument();
  });

  it('shows the size unit for the size metric', () => {
    renderInApp(<Legend classification={{ ...countClasses, metric: 'size' }} level="prefecture" language="zh" filterText={null} />);
    expect(within(legend()).getByText('名义规模合计')).toBeInTheDocument();
    expect(within(legend()).getByText('（亿元，名义）')).toBeInTheDocument();
  });

  it('lists one item per class and then "无认定集群"', () => {
    renderInApp(<Legend classification={countClasses} level="prefecture" language="zh" filterText={null} />);
    const items = within(legend()).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['1', '2–4', '5–10', '无认定集群']);
  });

  it('names tier classes by tier', () => {
    renderInApp(<Legend classification={tierClasses} level="prefecture" language="zh" filterText={null} />);
    const items = within(legend()).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['百亿级', '千亿级', '万亿级', '无认定集群']);
  });

  it('gives each class its colour and the "no designation" item the neutral grey swatch', () => {
    const { container } = renderInApp(<Legend classification={countClasses} level="prefecture" language="zh" filterText={null} />);
    const swatches = [...container.querySelectorAll<HTMLElement>('.swatch')].map((swatch) => swatch.style.background);
    // The three class colours of countClasses above, then #d9d9d9 (the grey outside every palette).
    expect(swatches).toEqual(['rgb(199, 233, 180)', 'rgb(65, 182, 196)', 'rgb(34, 94, 168)', 'rgb(217, 217, 217)']);
  });

  it('shows the county note at county level', () => {
    renderInApp(<Legend classification={countClasses} level="county" language="zh" filterText={null} />);
    expect(within(legend()).getByText(/县级视图按点名到各县的集群着色/)).toBeInTheDocument();
  });

  it('does not show the county note at prefecture level', () => {
    renderInApp(<Legend classification={countClasses} level="prefecture" language="zh" filterText={null} />);
    expect(within(legend()).queryByText(/县级视图按点名到各县的集群着色/)).toBeNull();
  });

  it('adds a hatched item for prefectures named as a whole when the county view hatches them', () => {
    renderInApp(<Legend classification={countClasses} level="county" language="zh" filterText={null} hatched />);
    const items = within(legend()).getAllByRole('listitem');
    expect(items).toHaveLength(countClasses.classes.length + 2);
    expect(items.at(-1)).toHaveTextContent('斜线：规划点名到整个省辖市的集群');
    expect(items.at(-1)!.querySelector('.swatch.hatched')).not.toBeNull();
  });

  it('has no hatched item otherwise', () => {
    renderInApp(<Legend classification={countClasses} level="county" language="zh" filterText={null} />);
    expect(within(legend()).queryByText('斜线：规划点名到整个省辖市的集群')).toBeNull();
    expect(legend().querySelector('.swatch.hatched')).toBeNull();
  });
});
