// @vitest-environment jsdom
// The SVG export: a standalone, well-formed SVG document with the map's regions, the legend text, the
// title, the source line and the date, for a small real fixture (five counties of 郑州 and 开封).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBoundaries, type BoundaryTopology } from '../../src/model/boundaries';
import { placeNamesFrom } from '../../src/model/place-pinyin';
import { buildSvgScene, sceneCamera, sceneLabelPoints, scenePaths } from '../../src/map/svg-scene';
import { SCREEN_PALETTE } from '../../src/map/palette';
import { mapSvgDocument, wrapEstimated } from '../../src/export/map-svg';

const boundaries = buildBoundaries(JSON.parse(readFileSync('tests/fixtures/counties-sample.topo.json', 'utf8')) as BoundaryTopology);
const placeNames = placeNamesFrom(JSON.parse(readFileSync('data/places/pinyin.json', 'utf8')));
const size = { width: 640, height: 480 };
const camera = sceneCamera(boundaries.bbox, size, { top: 40, right: 24, bottom: 24, left: 120 });
const scene = buildSvgScene(scenePaths(boundaries, camera), sceneLabelPoints(boundaries, placeNames), size, {
  level: 'county', fillColors: new Map([['410122', '#2c7fb8']]), prefectureWide: new Set(['410200']), selectedCode: null, hoverCode: null,
  language: 'zh', marker: null, palette: SCREEN_PALETTE, labelScale: 1,
});
const content = {
  title: '河南产业集群地图',
  subtitle: '集群数量 · 县（市、区） · 汽车及零部件',
  legendTitle: '集群数量（个集群）',
  legendItems: [{ color: '#2c7fb8', label: '1' }, { color: '#d9d9d9', label: '无认定集群' }, { color: '#d9d9d9', label: '斜线：规划点名到整个省辖市的集群', hatched: true }],
  sourceLine: '数据：河南省人民政府《先进制造业大省建设行动计划》（2014）',
  dateLine: '导出于 2026-12-01 · 河南产业集群地图',
};

function parse(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'image/svg+xml');
}

describe('mapSvgDocument', () => {
  const svg = mapSvgDocument(scene, content);
  const document = parse(svg);

  it('is a well-formed SVG document', () => {
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(document.documentElement.tagName).toBe('svg');
    expect(document.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  });

  it('is the map’s size plus the 72 px header and the 62 px footer of the PNG export', () => {
    expect(document.documentElement.getAttribute('width')).toBe('640');
    expect(document.documentElement.getAttribute('height')).toBe(String(480 + 72 + 62));
  });

  it('holds one path per county, filled by code', () => {
    const paths = [...document.querySelectorAll('#map path[data-code]')];
    expect(paths.map((path) => path.getAttribute('data-code')).sort()).toEqual(['410104', '410105', '410122', '410212', '410223']);
    expect(paths.find((path) => path.getAttribute('data-code') === '410122')!.getAttribute('fill')).toBe('#2c7fb8');
  });

  it('writes the title, the filters, every legend label, the source line and the date as text', () => {
    const texts = [...document.querySelectorAll('text')].map((text) => text.textContent);
    for (const expected of [content.title, content.subtitle, content.legendTitle, '1', '无认定集群', '斜线：规划点名到整个省辖市的集群', content.sourceLine, content.dateLine]) {
      expect(texts).toContain(expected);
    }
  });

  it('hatches the prefecture named as a whole, with the style’s 8-pixel tile', () => {
    const pattern = document.querySelector('#map pattern');
    expect(pattern!.getAttribute('width')).toBe('8');
    const hatchGroups = [...document.querySelectorAll('#map g')].filter((group) => group.getAttribute('fill') === 'url(#atlas-hatch)');
    expect(hatchGroups.flatMap((group) => [...group.querySelectorAll('path')])).toHaveLength(1);
  });

  it('escapes text that would break the markup', () => {
    const escaped = parse(mapSvgDocument(scene, { ...content, title: 'A & B <C>' }));
    expect(escaped.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(escaped.querySelector('title')!.textContent).toBe('A & B <C>');
  });
});

describe('wrapEstimated', () => {
  it('breaks a line at the estimated width and shortens the last allowed line with …', () => {
    // 12 px CJK characters: 5 fit in 60 px.
    expect(wrapEstimated('一二三四五六七八九十', 12, 60, 3)).toEqual(['一二三四五', '六七八九十']);
    expect(wrapEstimated('一二三四五六七八九十一二', 12, 60, 2)).toEqual(['一二三四五', '六七八九…']);
  });
});
