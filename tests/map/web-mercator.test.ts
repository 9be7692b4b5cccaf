// The projection and the fit the SVG map shares with MapLibre, against hand-worked values.
import { describe, expect, it } from 'vitest';
import { fitCamera, latitudeOf, mercatorX, mercatorY, project, unproject } from '../../src/model/web-mercator';

const noPadding = { top: 0, right: 0, bottom: 0, left: 0 };
const zoomRange = { minZoom: 0, maxZoom: 22 };
// The latitude where Web Mercator's square world ends.
const MERCATOR_LIMIT = 85.0511287798066;

describe('Web Mercator', () => {
  it('puts the world into the unit square, Greenwich and the equator in its middle', () => {
    expect(mercatorX(-180)).toBe(0);
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorX(180)).toBe(1);
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
    expect(mercatorY(MERCATOR_LIMIT)).toBeCloseTo(0, 9);
    expect(mercatorY(-MERCATOR_LIMIT)).toBeCloseTo(1, 9);
  });

  it('stretches latitudes as Mercator does: y(31°) = 0.409353, y(37°) = 0.389231 (by hand: (180 − ln tan(45° + φ/2)·180/π) / 360)', () => {
    expect(mercatorY(31)).toBeCloseTo(0.409353, 5);
    expect(mercatorY(37)).toBeCloseTo(0.389231, 5);
  });

  it('inverts its latitudes', () => {
    expect(latitudeOf(mercatorY(34.75))).toBeCloseTo(34.75, 9);
  });
});

describe('fitCamera', () => {
  it('shows the whole world on one 512-pixel tile at zoom 0', () => {
    const camera = fitCamera([-180, -MERCATOR_LIMIT, 180, MERCATOR_LIMIT], { width: 512, height: 512 }, noPadding, zoomRange);
    expect(camera.zoom).toBeCloseTo(0, 9);
    expect(camera.scale).toBeCloseTo(512, 6);
    expect(camera.offsetX).toBeCloseTo(0, 6);
    expect(camera.offsetY).toBeCloseTo(0, 6);
  });

  it('moves the fitted box by half the difference of the left and right padding', () => {
    // 1024 wide with 512 of left padding leaves 512 × 512: zoom 0, the box's middle at x = 512 + 256.
    const camera = fitCamera([-180, -MERCATOR_LIMIT, 180, MERCATOR_LIMIT], { width: 1024, height: 512 }, { ...noPadding, left: 512 }, zoomRange);
    expect(camera.zoom).toBeCloseTo(0, 9);
    expect(project(camera, [0, 0])).toEqual([expect.closeTo(768, 6), expect.closeTo(256, 6)]);
  });

  it('takes the zoom of the tighter side: 110–117°E, 31–37°N in 1000 × 800 is zoom log2(800 / (0.020122 × 512)) = 6.279', () => {
    // Width 7/360 = 0.019444 world → 1000 / (0.019444 × 512) = 100.4 px per tile; height 0.020122 → 77.65: the height decides.
    const camera = fitCamera([110, 31, 117, 37], { width: 1000, height: 800 }, noPadding, zoomRange);
    expect(camera.zoom).toBeCloseTo(6.279, 2);
    const [west, north] = project(camera, [110, 37]);
    const [east, south] = project(camera, [117, 31]);
    expect(north).toBeCloseTo(0, 6);
    expect(south).toBeCloseTo(800, 6);
    // Centred horizontally: equal margins left and right.
    expect(west).toBeCloseTo(1000 - east, 6);
  });

  it('fits inside the padding: top 40, right 24, bottom 24, left 120 on 1000 × 800', () => {
    const camera = fitCamera([110, 31, 117, 37], { width: 1000, height: 800 }, { top: 40, right: 24, bottom: 24, left: 120 }, zoomRange);
    // The height still decides: 736 px for 0.020122 world → log2(736 / (0.020122 × 512)) = 6.159.
    expect(camera.zoom).toBeCloseTo(6.159, 2);
    expect(project(camera, [110, 37])[1]).toBeCloseTo(40, 6);
    expect(project(camera, [117, 31])[1]).toBeCloseTo(776, 6);
    const [west] = project(camera, [110, 37]);
    const [east] = project(camera, [117, 31]);
    expect((west + east) / 2).toBeCloseTo(500 + (120 - 24) / 2, 6);
  });

  it('keeps the zoom within the map’s range', () => {
    const tiny = fitCamera([113.6, 34.7, 113.6001, 34.7001], { width: 800, height: 600 }, noPadding, { minZoom: 4, maxZoom: 11 });
    expect(tiny.zoom).toBe(11);
    expect(tiny.scale).toBe(512 * 2 ** 11);
    const world = fitCamera([-180, -80, 180, 80], { width: 300, height: 200 }, noPadding, { minZoom: 4, maxZoom: 11 });
    expect(world.zoom).toBe(4);
  });

  it('unprojects what it projects', () => {
    const camera = fitCamera([110, 31, 117, 37], { width: 1000, height: 800 }, noPadding, zoomRange);
    const [longitude, latitude] = unproject(camera, project(camera, [113.65, 34.76]));
    expect(longitude).toBeCloseTo(113.65, 9);
    expect(latitude).toBeCloseTo(34.76, 9);
  });
});
