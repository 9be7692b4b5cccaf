// The SVG renderer's scene for a small real fixture (管城回族区, 金水区, 中牟县 of 郑州; 祥符区, 尉氏县 of
// 开封): one path per region, fills by code, borders and labels as the MapLibre style draws them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBoundaries, type BoundaryTopology } from '../../src/model/boundaries';
import { placeNamesFrom } from '../../src/model/place-pinyin';
import { NO_DESIGNATION_COLOR } from '../../src/model/classify';
import { buildSvgScene, labelWidthEm, sceneCamera, sceneLabelPoints, scenePaths, type SceneView } from '../../src/map/svg-scene';
import { PROJECTOR_PALETTE, SCREEN_PALETTE } from '../../src/map/palette';

const fixture = JSON.parse(readFileSync('tests/fixtures/counties-sample.topo.json', 'utf8')) as BoundaryTopology;
const boundaries = buildBoundaries(fixture);
const size = { width: 800, height: 600 };
const noPadding = { top: 0, right: 0, bottom: 0, left: 0 };

const labelAnchors = sceneLabelPoints(boundaries, placeNamesFrom(JSON.parse(readFileSync('data/places/pinyin.json', 'utf8'))));

const view = (change: Partial<SceneView> = {}): SceneView => ({
  level: 'prefecture', fillColors: new Map(), prefectureWide: new Set(), selectedCode: null, hoverCode: null,
  language: 'zh', marker: null, palette: SCREEN_PALETTE, labelScale: 1, ...change,
});

function sceneFor(change: Partial<SceneView> = {}, bounds = boundaries.bbox) {
  const camera = sceneCamera(bounds, size, noPadding);
  return buildSvgScene(scenePaths(boundaries, camera), labelAnchors, size, view(change));
}

/** The points of path data made of M (absolute) and l (relative) commands. */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, operands] of d.matchAll(/([MLlz])([^MLlz]*)/g)) {
    const numbers = [...operands.matchAll(/-?\d+(\.\d+)?/g)].map((match) => Number(match[0]));
    for (let index = 0; index + 1 < numbers.length; index += 2) {
      if (command === 'l') { x += numbers[index]; y += numbers[index + 1]; } else { x = numbers[index]; y = numbers[index + 1]; }
      points.push([x, y]);
    }
  }
  return points;
}

/** [minX, minY, maxX, maxY] of the points of a path. */
function pathExtent(d: string): [number, number, number, number] {
  const points = pathPoints(d);
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

describe('buildSvgScene', () => {
  it('draws one closed path per prefecture on the prefecture view', () => {
    const scene = sceneFor();
    expect(scene.regions.map((region) => region.code).sort()).toEqual(['410100', '410200']);
    for (const region of scene.regions) expect(region.d).toMatch(/^M[^z]+z/);
  });

  it('draws one path per county on the county view', () => {
    const scene = sceneFor({ level: 'county' });
    expect(scene.regions.map((region) => region.code).sort()).toEqual(['410104', '410105', '410122', '410212', '410223']);
  });

  it('fills each region with its colour by code and the rest with the no-designation grey', () => {
    const scene = sceneFor({ level: 'county', fillColors: new Map([['410122', '#2c7fb8'], ['410212', '#7fcdbb']]) });
    const fills = Object.fromEntries(scene.regions.map((region) => [region.code, region.fill]));
    expect(fills).toEqual({ 410104: NO_DESIGNATION_COLOR, 410105: NO_DESIGNATION_COLOR, 410122: '#2c7fb8', 410212: '#7fcdbb', 410223: NO_DESIGNATION_COLOR });
    expect(scene.fillOpacity).toBe(0.88);
    expect(scene.background).toBe('#f4f1ea');
  });

  it('fits the fixture’s bounds to the pane: the regions together touch two opposite edges', () => {
    const scene = sceneFor();
    const extents = scene.regions.map((region) => pathExtent(region.d));
    const [minX, minY, maxX, maxY] = [
      Math.min(...extents.map((extent) => extent[0])), Math.min(...extents.map((extent) => extent[1])),
      Math.max(...extents.map((extent) => extent[2])), Math.max(...extents.map((extent) => extent[3])),
    ];
    // 1.117° wide and 0.757° tall at 34.6°N, where Mercator stretches latitude by 1 / cos 34.6° = 1.215:
    // 1.117 : 0.920 is narrower than 800 : 600, so the height decides and the width is centred.
    expect(minY).toBeCloseTo(0, 0);
    expect(maxY).toBeCloseTo(600, 0);
    expect(minX).toBeGreaterThan(0);
    expect(maxX).toBeLessThan(800);
    expect(minX).toBeCloseTo(800 - maxX, 0);
    // Zhengzhou (west) left of Kaifeng (east).
    const zhengzhou = extents[scene.regions.findIndex((region) => region.code === '410100')];
    const kaifeng = extents[scene.regions.findIndex((region) => region.code === '410200')];
    expect(zhengzhou[0]).toBeLessThan(kaifeng[0]);
  });

  it('draws county borders, prefecture borders and the outline with the style’s colours and its widths at the zoom', () => {
    const scene = sceneFor();
    // Height 0.757° / 360 × 1.215 = 0.002555 world: zoom log2(600 / (0.002555 × 512)) = 8.84, 0.96 of the
    // way from the stops at zoom 5 to those at 9: 0.4 + 1.1 × 0.96, 0.9 + 1.5 × 0.96, 1.4 + 1.6 × 0.96.
    expect(scene.zoom).toBeCloseTo(8.84, 2);
    expect(scene.borders.map((border) => border.color)).toEqual(['#ffffff', '#4a4a4a', '#1f1f1f']);
    expect(scene.borders.map((border) => border.width)).toEqual([expect.closeTo(1.457, 2), expect.closeTo(2.341, 2), expect.closeTo(2.937, 2)]);
    for (const border of scene.borders) expect(border.d).toMatch(/^M/);
  });

  it('labels prefectures and, from zoom 7.2 on, counties, in Chinese or in English', () => {
    const chinese = sceneFor();
    expect(chinese.labels.filter((label) => label.level === 'prefecture').map((label) => label.text).sort()).toEqual(['开封市', '郑州市']);
    expect(chinese.labels.some((label) => label.level === 'county')).toBe(true);
    // At zoom 8.84 the prefecture labels are 11 + 7 × 0.96 = 17.7 px, with a 1.6 px halo.
    expect(chinese.labels.find((label) => label.text === '郑州市')).toMatchObject({ size: 17.7, haloWidth: 1.6 });
    const english = sceneFor({ language: 'en' });
    expect(english.labels.filter((label) => label.level === 'prefecture').map((label) => label.text).sort()).toEqual(['Kaifeng', 'Zhengzhou']);
  });

  it('leaves out county labels below zoom 7.2', () => {
    const wide = sceneFor({}, [110, 31, 117, 37]);
    expect(wide.zoom).toBeLessThan(7.2);
    expect(wide.labels.every((label) => label.level === 'prefecture')).toBe(true);
  });

  it('leaves out a label that would overlap one already placed', () => {
    // Zoomed out to zoom 4 in a small pane, 郑州 and 开封 are a few pixels apart.
    const camera = sceneCamera([100, 20, 130, 45], { width: 200, height: 150 }, noPadding);
    const scene = buildSvgScene(scenePaths(boundaries, camera), labelAnchors, { width: 200, height: 150 }, view());
    expect(scene.labels).toHaveLength(1);
  });

  it('estimates a label’s width: CJK characters one em, Latin letters 0.6 em', () => {
    expect(labelWidthEm('郑州市')).toBe(3);
    expect(labelWidthEm('Kaifeng')).toBeCloseTo(4.2, 9);
  });

  it('hatches the prefectures named as a whole on the county view only', () => {
    expect(sceneFor({ level: 'county', prefectureWide: new Set(['410200']) }).hatched.map((item) => item.code)).toEqual(['410200']);
    expect(sceneFor({ level: 'prefecture', prefectureWide: new Set(['410200']) }).hatched).toEqual([]);
  });

  it('outlines the selected region, a county or a prefecture, and the hovered region of the level', () => {
    const county = sceneFor({ level: 'county', selectedCode: '410122', hoverCode: '410104' });
    expect(county.selected).toMatchObject({ color: '#d7301f', width: 3 });
    expect(county.selected!.d).toBe(county.regions.find((region) => region.code === '410122')!.d);
    expect(county.hover).toMatchObject({ color: '#111111', width: 2 });
    const prefecture = sceneFor({ level: 'county', selectedCode: '410100' });
    expect(prefecture.selected).toMatchObject({ width: 3.5 });
    // A county hovered on the prefecture view has no outline (MapLibre's county hover layer is hidden there).
    expect(sceneFor({ hoverCode: '410104' }).hover).toBeNull();
  });

  it('uses the projector palette and the larger labels in the presentation', () => {
    const scene = sceneFor({ palette: PROJECTOR_PALETTE, labelScale: 1.6 });
    expect(scene.background).toBe('#ffffff');
    expect(scene.fillOpacity).toBe(1);
    expect(scene.labels.find((label) => label.text === '郑州市')).toMatchObject({ size: 28.4, haloWidth: expect.closeTo(2.56, 9) });
  });

  it('marks a queried point where the projection puts it', () => {
    // The fixture's northern edge is the top of the pane.
    const scene = sceneFor({ marker: [114, 34.95351143134434] });
    expect(scene.marker!.y).toBeCloseTo(0, 0);
    expect(scene.marker!.color).toBe('#d7301f');
  });
});

describe('scenePaths', () => {
  it('writes steps between points rounded to the grid, which add up without drift', () => {
    // A small pane (100 × 80): many of the fixture's points fall within a pixel of the previous one.
    const camera = sceneCamera(boundaries.bbox, { width: 100, height: 80 }, noPadding);
    const fine = scenePaths(boundaries, camera).prefectures.get('410100')!;
    const coarse = scenePaths(boundaries, camera, 1).prefectures.get('410100')!;
    // Whole pixels: every step is an integer, and there are fewer points than at a tenth of a pixel.
    expect(coarse).not.toMatch(/\./);
    expect(pathPoints(coarse).length).toBeLessThan(pathPoints(fine).length);
    // The same outline either way: extents within half a pixel.
    pathExtent(fine).forEach((value, index) => expect(Math.abs(value - pathExtent(coarse)[index])).toBeLessThanOrEqual(0.5));
  });
});
