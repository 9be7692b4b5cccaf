// @vitest-environment jsdom
// The app wired together, with both renderers replaced at their boundary: SvgMap (the first map) and
// MapView (MapLibre) record the props the app hands them, and WebGL support is whatever the test says.
import { useEffect } from 'react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AtlasApp } from '../../src/app/AtlasApp';
import type { Atlas } from '../../src/data/load-atlas';
import type { MapViewProps } from '../../src/map/atlas-map';
import type { SvgMapProps } from '../../src/map/SvgMap';
import { loadRealAtlas } from './atlas-fixture';
import { renderInApp } from './render';

const map = vi.hoisted(() => ({
  webgl: true,
  mounts: 0,
  glMounts: 0,
  renders: [] as { level: string; fillColors: ReadonlyMap<string, string>; selectedCode: string | null }[],
}));

vi.mock('../../src/map/webgl-support', () => ({
  hasWebgl2Api: () => map.webgl,
  probeWebgl: () => (map.webgl ? 'webgl2' : 'none'),
}));

vi.mock('../../src/map/SvgMap', () => ({
  SvgMap: (props: SvgMapProps) => {
    map.renders.push({ level: props.level, fillColors: props.fillColors, selectedCode: props.selectedCode });
    useEffect(() => {
      map.mounts += 1;
      props.onReady();
      // Mounted once; onReady is the first paint.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, []);
    return <div role="region" aria-label={props.label} />;
  },
}));

vi.mock('../../src/map/MapView', () => ({
  MapView: (props: MapViewProps & { label: string }) => {
    useEffect(() => {
      map.glMounts += 1;
    }, []);
    return <div data-testid="maplibre" aria-label={props.label} />;
  },
}));

const lastMapProps = () => map.renders[map.renders.length - 1];

/** The region codes the app hands the map a colour for. */
function colouredCodes(fillColors: ReadonlyMap<string, string>): string[] {
  return [...fillColors.keys()].sort();
}

// At county level a county is coloured by the clusters the plan places at that county; clusters named at
// a whole prefecture (漯河 3000亿级, 郑州 2000亿级 …) colour no county. Counted by hand from the plan:
// 二(四) 食品产业 "打造汤阴、浚县、延津等 22个百亿级特色产业集群": 汤阴县, 浚县, 延津县.
const FOOD_COUNTIES = ['410523', '410621', '410726'];
// 二(五) 现代家居产业 "建设民权、新乡百亿级家电产业集群 ,信阳、清丰、原阳、兰考等百亿级家具产业集群 ,内黄、
// 鹤壁百亿级陶瓷产业集群" (新乡, 信阳, 鹤壁 and 郑州 are prefectures): 民权县, 清丰县, 原阳县, 兰考县, 内黄县.
const HOME_COUNTIES = ['411421', '410922', '410725', '410225', '410527'];

let atlas: Atlas;
beforeAll(async () => {
  atlas = await loadRealAtlas();
});

beforeEach(() => {
  map.webgl = true;
  map.mounts = 0;
  map.glMounts = 0;
  map.renders = [];
});

describe('AtlasApp at /region/410300?level=county&industry=food', () => {
  const route = '/region/410300?level=county&industry=food';

  it('hands the map the county level and the selected region', () => {
    renderInApp(<AtlasApp atlas={atlas} />, { route });
    expect(lastMapProps().level).toBe('county');
    expect(lastMapProps().selectedCode).toBe('410300');
  });

  it('hands the map a colour for exactly the counties where the plan names a food cluster', () => {
    renderInApp(<AtlasApp atlas={atlas} />, { route });
    expect(colouredCodes(lastMapProps().fillColors)).toEqual([...FOOD_COUNTIES].sort());
  });

  it('shows the food checkbox checked and the others unchecked', () => {
    renderInApp(<AtlasApp atlas={atlas} />, { route });
    expect(screen.getByRole('checkbox', { name: '食品产业' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: '电子信息产业' })).not.toBeChecked();
  });

  it('restyles the same map when another industry is checked', async () => {
    renderInApp(<AtlasApp atlas={atlas} />, { route });
    const before = lastMapProps().fillColors;
    await userEvent.click(screen.getByRole('checkbox', { name: '现代家居产业' }));
    expect(screen.getByRole('checkbox', { name: '现代家居产业' })).toBeChecked();
    expect(lastMapProps().fillColors).not.toBe(before);
    expect(colouredCodes(lastMapProps().fillColors)).toEqual([...FOOD_COUNTIES, ...HOME_COUNTIES].sort());
    expect(map.mounts).toBe(1);
  });

  it('shows the detail of 洛阳市 beside the map', () => {
    renderInApp(<AtlasApp atlas={atlas} />, { route });
    expect(screen.getByRole('heading', { level: 2, name: '洛阳市' })).toBeInTheDocument();
  });
});

describe('AtlasApp with bad input or no WebGL', () => {
  it('says so in an alert when the URL names an unknown region', () => {
    renderInApp(<AtlasApp atlas={atlas} />, { route: '/region/999999' });
    expect(screen.getByRole('alert')).toHaveTextContent('999999');
    expect(lastMapProps().selectedCode).toBeNull();
  });

  it('keeps the SVG map as the map, never starts MapLibre, and says so in an alert when WebGL 2 is unavailable', async () => {
    map.webgl = false;
    renderInApp(<AtlasApp atlas={atlas} />, { route: '/' });
    expect(within(await screen.findByRole('alert')).getByText(/WebGL 2/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '河南省产业集群地图' })).toBeInTheDocument();
    expect(map.mounts).toBe(1);
    expect(map.glMounts).toBe(0);
  });

  it('starts MapLibre after the SVG map has painted when WebGL 2 is there', async () => {
    renderInApp(<AtlasApp atlas={atlas} />, { route: '/' });
    expect(await screen.findByTestId('maplibre', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(map.glMounts).toBe(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('AtlasApp presentation URLs with a bad step or parameter', () => {
  // The tour has 20 steps (opening, 3 programmes, 14 industries, 万亿级, 千亿级): 0, 99 and "abc" are none.
  it.each(['0', '99', 'abc'])('shows step 1 with a notice naming the step for /present/%s', (value) => {
    renderInApp(<AtlasApp atlas={atlas} />, { route: `/present/${value}` });
    expect(screen.getByRole('alert')).toHaveTextContent(`演示步骤“${value}”不存在，已从第 1 步开始。`);
    expect(screen.getByText('1 / 20')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('河南省“百千万”亿级产业集群');
  });

  it('/present/19 lists the three province-wide 万亿 targets of 一(四) beside the map, not "0 个集群"', () => {
    // 一(四): "全省形成装备制造和食品2个万亿级产业集群,战略性新兴产业集群规模超过1万亿元".
    const { container } = renderInApp(<AtlasApp atlas={atlas} />, { route: '/present/19' });
    const items = [...container.querySelectorAll('.tour-items > li > strong')].map((item) => item.textContent);
    expect(items).toEqual(['装备制造万亿级产业集群', '食品万亿级产业集群', '战略性新兴产业集群(规模超过1万亿元)']);
    expect(screen.getByText('规划没有在任何地区认定万亿级集群 · 全省目标 3 项（不属于任何地区）')).toBeInTheDocument();
  });

  it('shows the step asked for with a notice naming a bad parameter', () => {
    renderInApp(<AtlasApp atlas={atlas} />, { route: '/present/19?lang=xx' });
    expect(screen.getByRole('alert')).toHaveTextContent('语言“xx”不支持（可选 zh、en），已改用中文。');
    expect(screen.getByText('19 / 20')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('万亿级产业集群');
  });
});
