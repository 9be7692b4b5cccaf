// @vitest-environment jsdom
// The app wired together, with the map replaced at its one boundary: MapView records the props the
// app hands it, and WebGL availability is whatever the test says.
import { useEffect } from 'react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AtlasApp } from '../../src/app/AtlasApp';
import type { Atlas } from '../../src/data/load-atlas';
import type { MapViewProps } from '../../src/map/atlas-map';
import type { Cluster, CountyProperties, IndustryId } from '../../src/model/types';
import type { BoundaryTopology } from '../../src/model/boundaries';
import { loadRealAtlas, readDataFile } from './atlas-fixture';
import { renderInApp } from './render';

const map = vi.hoisted(() => ({
  webgl: true,
  mounts: 0,
  renders: [] as { level: string; fillColors: ReadonlyMap<string, string>; selectedCode: string | null }[],
}));

vi.mock('../../src/map/atlas-map', () => ({
  isWebglAvailable: () => map.webgl,
  AtlasMap: class {},
}));

vi.mock('../../src/map/MapView', () => ({
  MapView: (props: MapViewProps & { label: string }) => {
    map.renders.push({ level: props.level, fillColors: props.fillColors, selectedCode: props.selectedCode });
    useEffect(() => {
      map.mounts += 1;
    }, []);
    return <div role="region" aria-label={props.label} />;
  },
}));

const lastMapProps = () => map.renders[map.renders.length - 1];

/** The region codes the app hands the map a colour for. */
function colouredCodes(fillColors: ReadonlyMap<string, string>): string[] {
  return [...fillColors.keys()].sort();
}

// At county level only clusters placed at a county itself colour it (see src/model/aggregate.ts), so
// the coloured counties of an industry are the county codes among its clusters' places.
const clustersFile = readDataFile<Cluster[]>('plan/clusters.json');
const countyCodes = new Set(readDataFile<BoundaryTopology>('boundaries/henan.topo.json').objects.counties.geometries
  .map((geometry) => (geometry.properties as CountyProperties).code));
function countiesNamedFor(industries: IndustryId[]): string[] {
  const codes = clustersFile
    .filter((cluster) => cluster.scope === 'local' && (cluster.industries ?? [cluster.industry]).some((id) => industries.includes(id)))
    .flatMap((cluster) => cluster.places.map((place) => place.code))
    .filter((code) => countyCodes.has(code)); // 济源 (419001) is a county-level unit too
  return [...new Set(codes)].sort();
}

let atlas: Atlas;
beforeAll(async () => {
  atlas = await loadRealAtlas();
});

beforeEach(() => {
  map.webgl = true;
  map.mounts = 0;
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
    const expected = countiesNamedFor(['food']);
    expect(expected.length).toBeGreaterThan(0);
    expect(colouredCodes(lastMapProps().fillColors)).toEqual(expected);
  });

  it('shows the food checkbox checked and the others unchecked', () => {
    renderInApp(<AtlasApp atlas={atlas} />, { route });
    expect(screen.getByRole('checkbox', { name: '食品产业' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: '电子信息产业' })).not.toBeChecked();
  });

  it('restyles the same map when another industry is checked', async () => {
    renderInApp(<AtlasApp atlas={atlas} />, { route });
    const before = lastMapProps().fillColors;
    await userEvent.click(screen.getByRole('checkbox', { name: '电子信息产业' }));
    expect(screen.getByRole('checkbox', { name: '电子信息产业' })).toBeChecked();
    expect(lastMapProps().fillColors).not.toBe(before);
    expect(colouredCodes(lastMapProps().fillColors)).toEqual(countiesNamedFor(['electronics', 'food']));
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

  it('shows the table and an alert about WebGL instead of the map when WebGL is unavailable', async () => {
    map.webgl = false;
    renderInApp(<AtlasApp atlas={atlas} />, { route: '/' });
    // The table may be loaded on first use (React.lazy), so wait for it.
    expect(await screen.findByRole('table', { name: '地区' })).toBeInTheDocument();
    expect(map.mounts).toBe(0);
    expect(map.renders).toEqual([]);
    expect(within(screen.getByRole('alert')).getByText(/WebGL/)).toBeInTheDocument();
  });
});
