// The map style and the choropleth colouring are data: checked here with MapLibre's own style-spec
// validator and expression evaluator, on the real boundary file, with no WebGL and no network.
import { describe, expect, it } from 'vitest';
import { Color, expression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FillLayerSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { buildBoundaries, type BoundaryTopology } from '../../src/model/boundaries';
import { buildStyle, withInitialFills } from '../../src/map/style';
import { fillColorFromState, fillStateChanges, hatchOpacityFromState, hatchTile, wideStateChanges } from '../../src/map/expressions';
import { PROJECTOR_PALETTE, SCREEN_PALETTE, type MapPalette } from '../../src/map/palette';
import { LABEL_FONT, LAYER, SOURCE } from '../../src/map/layer-ids';
import { readDataFile } from '../components/atlas-fixture';
import { placeNamesFrom, type PinyinTable } from '../../src/model/place-pinyin';

const boundaries = buildBoundaries(readDataFile<BoundaryTopology>('boundaries/henan.topo.json'));
const placeNames = placeNamesFrom(readDataFile<PinyinTable>('places/pinyin.json'));
// A same-origin path, as Vite emits it for the bundled font.
const FONT_URL = '/assets/atlas-sans-400.woff2';

const palettes: [string, MapPalette][] = [['screen', SCREEN_PALETTE], ['projector', PROJECTOR_PALETTE]];

/** The colour a fill layer paints a region with, by MapLibre's own expression evaluator. */
function fillOf(layer: LayerSpecification | undefined, code: string, state: Record<string, unknown> = {}): Color {
  const fillColorSpec = latest.paint_fill['fill-color'] as unknown as StylePropertySpecification;
  const parsed = expression.createExpression((layer as FillLayerSpecification).paint?.['fill-color'], 'paint.fill-color', fillColorSpec);
  if (parsed.result !== 'success') throw new Error(parsed.value.map((error) => error.message).join('; '));
  return parsed.value.evaluate({ zoom: 7 }, { type: 'Polygon', properties: { code } }, state) as Color;
}

function textFontsOf(style: StyleSpecification): string[] {
  const fonts = new Set<string>();
  for (const layer of style.layers) {
    if (layer.type !== 'symbol') continue;
    const textFont = layer.layout?.['text-font'];
    if (Array.isArray(textFont)) for (const font of textFont) fonts.add(font as string);
  }
  return [...fonts];
}

/** Every string anywhere in the style except the GeoJSON coordinates, so URLs cannot hide in nesting. */
function stringsOf(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      found.push(key);
      stringsOf(child, found);
    }
  }
  return found;
}

describe.each(palettes)('buildStyle with the %s palette', (_name, palette) => {
  const style = buildStyle(boundaries, { palette, fontUrl: FONT_URL, labelScale: palette === PROJECTOR_PALETTE ? 1.6 : 1, placeNames });

  it('passes the style-spec validator without errors', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('uses no glyph server', () => {
    expect(style.glyphs).toBeUndefined();
  });

  it('declares a font face for every text-font a symbol layer uses', () => {
    const fonts = textFontsOf(style);
    expect(fonts).toContain(LABEL_FONT);
    for (const font of fonts) expect(style['font-faces']?.[font]).toBeDefined();
  });

  it('points no source or URL off the origin', () => {
    const offOrigin = stringsOf(style).filter((text) => /https?:|^\/\//i.test(text));
    expect(offOrigin).toEqual([]);
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
  });

  it('colours both fill layers from the feature state, grey without one', () => {
    for (const [id, code] of [[LAYER.prefectureFill, '410300'], [LAYER.countyFill, '410181']]) {
      const layer = style.layers.find((candidate) => candidate.id === id);
      expect(fillOf(layer, code, { fill: '#e34a33' }), id).toEqual(Color.parse('#e34a33'));
      expect(fillOf(layer, code), id).toEqual(Color.parse('#d9d9d9')); // the no-designation grey
    }
  });

  it('addresses regions by their code, as the map owner sets feature state by code', () => {
    expect(style.sources[SOURCE.prefectures]).toMatchObject({ promoteId: 'code' });
    expect(style.sources[SOURCE.counties]).toMatchObject({ promoteId: 'code' });
  });

  it('has one label point per prefecture and per county', () => {
    const labels = style.sources[SOURCE.labels] as unknown as { data: GeoJSON.FeatureCollection<GeoJSON.Point, { code: string; level: string }> };
    const features = labels.data.features;
    const prefectureCodes = features.filter((feature) => feature.properties.level === 'prefecture').map((feature) => feature.properties.code);
    const countyCodes = features.filter((feature) => feature.properties.level === 'county').map((feature) => feature.properties.code);
    // The province has 18 prefecture-level units and 157 county-level units (data/boundaries).
    expect(prefectureCodes.sort()).toEqual(boundaries.prefectures.features.map((feature) => feature.properties.code).sort());
    expect(countyCodes.sort()).toEqual(boundaries.counties.features.map((feature) => feature.properties.code).sort());
    expect(prefectureCodes).toHaveLength(18);
    expect(countyCodes).toHaveLength(157);
  });

  it('labels each place in Chinese and in English from the atlas readings', () => {
    const labels = style.sources[SOURCE.labels] as unknown as { data: GeoJSON.FeatureCollection<GeoJSON.Point, { code: string; name: string; nameEn: string }> };
    const byCode = new Map(labels.data.features.map((feature) => [feature.properties.code, feature.properties]));
    expect(byCode.get('410100')).toMatchObject({ name: '郑州市', nameEn: 'Zhengzhou' });
    expect(byCode.get('410621')).toMatchObject({ name: '浚县', nameEn: 'Xun County' }); // 浚 read xùn in the place name
  });
});

describe('fillColorFromState', () => {
  const fallback = '#d9d9d9';
  const fillColorSpec = latest.paint_fill['fill-color'] as unknown as StylePropertySpecification;

  function colorWithState(state: Record<string, unknown>, initial = new Map<string, string>(), code = '410300'): Color {
    const parsed = expression.createExpression(fillColorFromState(fallback, initial), 'paint.fill-color', fillColorSpec);
    if (parsed.result !== 'success') throw new Error(parsed.value.map((error) => error.message).join('; '));
    return parsed.value.evaluate({ zoom: 7 }, { type: 'Polygon', properties: { code } }, state) as Color;
  }

  it('is a valid fill-color inside a fill layer', () => {
    const layer: FillLayerSpecification = {
      id: 'fill', type: 'fill', source: 'regions', paint: { 'fill-color': fillColorFromState(fallback) },
    };
    const style: StyleSpecification = {
      version: 8,
      sources: { regions: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'code' } },
      layers: [layer],
    };
    expect(validateStyleMin(style)).toEqual([]);
  });

  it("colours a region with its 'fill' feature state", () => {
    expect(colorWithState({ fill: '#e34a33' })).toEqual(Color.parse('#e34a33'));
  });

  it('colours a region without a fill state with the fallback', () => {
    expect(colorWithState({})).toEqual(Color.parse(fallback));
  });

  it('colours a region whose fill state was cleared (null) with the fallback', () => {
    expect(colorWithState({ fill: null })).toEqual(Color.parse(fallback));
  });

  it('uses the baked initial colour of a region until a fill state overrides it', () => {
    const initial = new Map([['410300', '#08589e'], ['410100', '#08589e'], ['410200', '#7bccc4']]);
    expect(colorWithState({}, initial)).toEqual(Color.parse('#08589e'));
    expect(colorWithState({}, initial, '410200')).toEqual(Color.parse('#7bccc4'));
    expect(colorWithState({}, initial, '419001')).toEqual(Color.parse(fallback));
    expect(colorWithState({ fill: '#e34a33' }, initial)).toEqual(Color.parse('#e34a33'));
  });
});

describe('withInitialFills', () => {
  const base = buildStyle(boundaries, { palette: SCREEN_PALETTE, fontUrl: FONT_URL, labelScale: 1, placeNames });
  const colors = new Map([['410122', '#08589e'], ['410181', '#7bccc4']]);
  const style = withInitialFills(base, 'county', colors);
  const layer = (id: string) => style.layers.find((entry) => entry.id === id)!;

  it('shows the first view’s level and hides the other', () => {
    expect(layer(LAYER.countyFill).layout?.visibility).toBe('visible');
    expect(layer(LAYER.countyHover).layout?.visibility).toBe('visible');
    expect(layer(LAYER.prefectureFill).layout?.visibility).toBe('none');
    expect(layer(LAYER.prefectureHover).layout?.visibility).toBe('none');
  });

  it('bakes the colours into that level’s fill and leaves the other level’s fill as it was', () => {
    // The colours handed in above: 中牟 (410122) dark, 巩义 (410181) light, 中原 (410102) none.
    expect(fillOf(layer(LAYER.countyFill), '410122')).toEqual(Color.parse('#08589e'));
    expect(fillOf(layer(LAYER.countyFill), '410181')).toEqual(Color.parse('#7bccc4'));
    expect(fillOf(layer(LAYER.countyFill), '410102')).toEqual(Color.parse('#d9d9d9'));
    expect(fillOf(layer(LAYER.countyFill), '410122', { fill: '#e34a33' })).toEqual(Color.parse('#e34a33'));
    expect(fillOf(layer(LAYER.prefectureFill), '410122')).toEqual(Color.parse('#d9d9d9'));
    expect(fillOf(base.layers.find((entry) => entry.id === LAYER.countyFill), '410122')).toEqual(Color.parse('#d9d9d9'));
  });

  it('is still a valid style, and leaves its input unchanged', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(base.layers.find((entry) => entry.id === LAYER.countyFill)?.layout?.visibility).toBe('none');
  });
});

describe('fillStateChanges', () => {
  const fallback = '#d9d9d9';
  const applied = new Map([
    ['410100', '#fee8c8'],
    ['410300', '#e34a33'],
    ['410181', '#fee8c8'],
  ]);

  it('sets every colour when nothing is applied yet', () => {
    expect(fillStateChanges(new Map(), applied, fallback)).toEqual([
      { code: '410100', fill: '#fee8c8' },
      { code: '410300', fill: '#e34a33' },
      { code: '410181', fill: '#fee8c8' },
    ]);
  });

  it('returns no change when the colours are the same', () => {
    expect(fillStateChanges(applied, new Map(applied), fallback)).toEqual([]);
  });

  it('updates only the regions whose colour changed', () => {
    const next = new Map(applied).set('410300', '#fdbb84');
    expect(fillStateChanges(applied, next, fallback)).toEqual([{ code: '410300', fill: '#fdbb84' }]);
  });

  it('sets the fallback explicitly on a region that no longer has a colour (the baked colour must not show)', () => {
    const next = new Map(applied);
    next.delete('410181');
    expect(fillStateChanges(applied, next, fallback)).toEqual([{ code: '410181', fill: fallback }]);
  });

  it('sets a region that gains a colour', () => {
    const next = new Map(applied).set('411100', '#e34a33');
    expect(fillStateChanges(applied, next, fallback)).toEqual([{ code: '411100', fill: '#e34a33' }]);
  });

  it('does not change the maps it compares', () => {
    const before = [...applied];
    fillStateChanges(applied, new Map(), fallback);
    expect([...applied]).toEqual(before);
  });
});

describe('the prefecture hatch (county view)', () => {
  const base = buildStyle(boundaries, { palette: SCREEN_PALETTE, fontUrl: FONT_URL, labelScale: 1, placeNames });
  const opacitySpec = latest.paint_fill['fill-opacity'] as unknown as StylePropertySpecification;
  const opacity = (initial: Set<string>, code: string, state: Record<string, unknown>) => {
    const parsed = expression.createExpression(hatchOpacityFromState(initial), 'paint.fill-opacity', opacitySpec);
    if (parsed.result !== 'success') throw new Error(parsed.value.map((error) => error.message).join('; '));
    return parsed.value.evaluate({ zoom: 7 }, { type: 'Polygon', properties: { code } }, state);
  };

  it('is a pattern fill over the prefectures, hidden until the county view', () => {
    const layer = base.layers.find((entry) => entry.id === LAYER.prefectureWide) as FillLayerSpecification;
    expect(layer).toMatchObject({ type: 'fill', source: SOURCE.prefectures, layout: { visibility: 'none' } });
    const county = withInitialFills(base, 'county', new Map(), new Set(['410300']));
    expect(county.layers.find((entry) => entry.id === LAYER.prefectureWide)?.layout?.visibility).toBe('visible');
    expect(validateStyleMin(county)).toEqual([]);
  });

  it('shows the baked prefectures until a state says otherwise', () => {
    const initial = new Set(['410300']);
    expect(opacity(initial, '410300', {})).toBe(1);
    expect(opacity(initial, '410100', {})).toBe(0);
    expect(opacity(initial, '410300', { wide: false })).toBe(0);
    expect(opacity(initial, '410100', { wide: true })).toBe(1);
  });

  it('changes only the prefectures that enter or leave the set', () => {
    expect(wideStateChanges(new Set(['410100', '410300']), new Set(['410300', '411300']))).toEqual([
      { code: '411300', wide: true },
      { code: '410100', wide: false },
    ]);
  });

  it('draws its tile as diagonal strokes: some pixels set, most transparent, repeating across the edge', () => {
    const tile = hatchTile();
    const alpha = (x: number, y: number) => tile.data[(y * tile.width + x) * 4 + 3];
    const set = [...Array(64).keys()].filter((index) => tile.data[index * 4 + 3] > 0).length;
    expect(set).toBe(16); // two pixels per row of 8
    expect(alpha(0, 0)).toBeGreaterThan(0);
    expect(alpha(7, 0)).toBeGreaterThan(0); // continues into the next tile's (0, 0)
    expect(alpha(3, 3)).toBe(0);
  });
});
