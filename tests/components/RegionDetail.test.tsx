// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RegionDetail } from '../../src/components/RegionDetail';
import type { Atlas } from '../../src/data/load-atlas';
import type { BoundaryTopology } from '../../src/model/boundaries';
import type { AdminCode, Cluster } from '../../src/model/types';
import { loadRealAtlas, readDataFile } from './atlas-fixture';
import { renderInApp } from './render';

// 郑州市: the plan names clusters at 郑州 itself and one at its county 巩义市 (巩义铝加工产业集群).
// (洛阳 has clusters of its own only, so it could not show the "位于所辖" case.)
const ZHENGZHOU = '410100';

// What to expect, read from the data files themselves rather than from the component's output.
const clustersFile = readDataFile<Cluster[]>('plan/clusters.json');
const topology = readDataFile<BoundaryTopology>('boundaries/henan.topo.json');
const prefectureOfCounty = new Map(topology.objects.counties.geometries.map((geometry) => [geometry.properties.code, geometry.properties.prefectureCode]));
const countyNames = new Map(topology.objects.counties.geometries.map((geometry) => [geometry.properties.code, geometry.properties.name]));
const ownClusters = clustersFile.filter((cluster) => cluster.places.some((place) => place.code === ZHENGZHOU));
const countyClusters = clustersFile.filter((cluster) =>
  !ownClusters.includes(cluster) && cluster.places.some((place) => place.code !== ZHENGZHOU && prefectureOfCounty.get(place.code) === ZHENGZHOU));

let atlas: Atlas;
beforeAll(async () => {
  atlas = await loadRealAtlas();
});

const regionHref = (code: AdminCode | null) => (code === null ? '/' : `/region/${code}`);

function renderDetail(onTogglePin = vi.fn()) {
  const { container } = renderInApp(
    <RegionDetail
      atlas={atlas} region={atlas.regions.byCode.get(ZHENGZHOU)!} clusters={atlas.plan.clusters} figures={undefined}
      language="zh" regionHref={regionHref} pinned={false} canPin onTogglePin={onTogglePin} onDrill={null}
    />,
    { route: `/region/${ZHENGZHOU}` },
  );
  const card = (cluster: Cluster) => container.querySelector<HTMLElement>(`article[data-cluster-id="${cluster.id}"]`);
  return { card };
}

describe('RegionDetail of a prefecture', () => {
  it('rests on data that names clusters at 郑州 itself and 巩义铝加工 at one of its counties', () => {
    // Guards the premise of the tests below against a change of the data files.
    expect(ownClusters.length).toBeGreaterThan(0);
    expect(countyClusters.map((cluster) => cluster.nameZh)).toContain('巩义铝加工产业集群');
  });

  it('lists every cluster the plan places at 郑州, and none named for the city itself carries a relation note', () => {
    const { card } = renderDetail();
    for (const cluster of ownClusters) {
      const article = card(cluster);
      expect(article, cluster.id).not.toBeNull();
      expect(within(article!).getByRole('heading', { name: cluster.nameZh })).toBeInTheDocument();
      if (cluster.places.some((place) => place.code === ZHENGZHOU && place.zone === null)) expect(article!.querySelector('.relation'), cluster.id).toBeNull();
    }
  });

  it('says where in the plan each designation comes from', () => {
    // "打造郑汴产业带千亿元零部件集群" stands in 二(三)'s 关键零部件发展专项 paragraph; the 2000亿级 cluster in its 产业集群 paragraph.
    const { card } = renderDetail();
    const origin = (id: string) => card(clustersFile.find((cluster) => cluster.id === id)!)!.querySelector('.origin')?.textContent;
    expect(origin('automotive-zhengbian-parts-belt')).toBe('认定于产业发展专项段落');
    expect(origin('automotive-zhengbian-vehicles-parts')).toBe('认定于产业集群段落');
  });

  it('says in which counties a zone lies, not that the plan named the whole city', () => {
    // "建设郑州航空港区 3000亿级…": the zone administers townships of 新郑市 and 中牟县 (data/places/zones.json).
    const { card } = renderDetail();
    const airport = clustersFile.find((cluster) => cluster.id === 'electronics-zhengzhou-airport-smartphone')!;
    expect(card(airport)!.querySelector('.relation')?.textContent).toBe('位于所辖 新郑市、中牟县');
    expect(card(airport)!.textContent).not.toContain('全市');
  });

  it('lists the clusters of its counties marked "位于所辖 <county>"', () => {
    const { card } = renderDetail();
    for (const cluster of countyClusters) {
      const article = card(cluster);
      expect(article, cluster.id).not.toBeNull();
      const counties = cluster.places.filter((place) => prefectureOfCounty.get(place.code) === ZHENGZHOU).map((place) => countyNames.get(place.code));
      expect(within(article!).getByText(`位于所辖 ${counties.join('、')}`)).toBeInTheDocument();
    }
  });

  it('shows no cluster that lies elsewhere', () => {
    const { card } = renderDetail();
    const elsewhere = clustersFile.find((cluster) => cluster.places.length > 0 && cluster.places.every((place) => place.code === '411100'));
    expect(elsewhere).toBeDefined();
    expect(card(elsewhere!)).toBeNull();
  });

  it("shows each cluster's sentence from the plan", () => {
    const { card } = renderDetail();
    for (const cluster of [...ownClusters, ...countyClusters]) {
      const quote = within(card(cluster)!).getByLabelText('规划原文');
      expect(quote.textContent).toBe(`“${cluster.quote}”`);
    }
  });

  it('links each bordering prefecture to its region page', () => {
    renderDetail();
    const section = screen.getByRole('heading', { name: '相邻地区' }).closest('section')!;
    const links = within(section).getAllByRole('link');
    // 郑州 borders 开封, 洛阳, 平顶山, 新乡, 焦作 and 许昌.
    expect(links.map((link) => [link.textContent, link.getAttribute('href')]).sort()).toEqual([
      ['平顶山市', '/region/410400'],
      ['开封市', '/region/410200'],
      ['新乡市', '/region/410700'],
      ['洛阳市', '/region/410300'],
      ['焦作市', '/region/410800'],
      ['许昌市', '/region/411000'],
    ].sort());
  });

  it('calls onTogglePin when the pin button is pressed', async () => {
    const onTogglePin = vi.fn();
    renderDetail(onTogglePin);
    const pin = screen.getByRole('button', { name: '加入对比' });
    expect(pin).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(pin);
    expect(onTogglePin).toHaveBeenCalledTimes(1);
  });
});
