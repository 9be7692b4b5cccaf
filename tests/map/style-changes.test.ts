// Entering the presentation restyles the map in place: the property changes between the screen and the
// projector style are the palette's colours and the label sizes, never a source or a data colour.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBoundaries, type BoundaryTopology } from '../../src/model/boundaries';
import { placeNamesFrom } from '../../src/model/place-pinyin';
import { PROJECTOR_PALETTE, SCREEN_PALETTE } from '../../src/map/palette';
import { buildStyle } from '../../src/map/style';
import { styleChanges } from '../../src/map/style-changes';

const boundaries = buildBoundaries(JSON.parse(readFileSync('tests/fixtures/counties-sample.topo.json', 'utf8')) as BoundaryTopology);
const placeNames = placeNamesFrom(JSON.parse(readFileSync('data/places/pinyin.json', 'utf8')));
const screen = buildStyle(boundaries, { palette: SCREEN_PALETTE, fontUrl: '/font.woff2', labelScale: 1, placeNames });
const projector = buildStyle(boundaries, { palette: PROJECTOR_PALETTE, fontUrl: '/font.woff2', labelScale: 1.6, placeNames });

describe('styleChanges', () => {
  const changes = styleChanges(screen, projector);
  const find = (layer: string, name: string) => changes.find((change) => change.layer === layer && change.name === name);

  it('has nothing to change between a style and itself', () => {
    expect(styleChanges(screen, screen)).toEqual([]);
  });

  it('sets the projector palette: white background, black borders, opaque fills', () => {
    expect(find('background', 'background-color')).toEqual({ layer: 'background', kind: 'paint', name: 'background-color', value: '#ffffff' });
    expect(find('prefecture-borders', 'line-color')?.value).toBe('#000000');
    expect(find('province-outline', 'line-color')?.value).toBe('#000000');
    expect(find('prefecture-fill', 'fill-opacity')?.value).toBe(1);
    expect(find('county-fill', 'fill-opacity')?.value).toBe(1);
  });

  it('scales the prefecture labels by 1.6: 11 → 17.6 px at zoom 5, 18 → 28.8 px at zoom 9', () => {
    expect(find('prefecture-labels', 'text-size')).toMatchObject({ kind: 'layout', value: ['interpolate', ['linear'], ['zoom'], 5, expect.closeTo(17.6, 9), 9, expect.closeTo(28.8, 9)] });
  });

  it('never touches the choropleth colours or the layers’ visibility', () => {
    expect(changes.filter((change) => change.name === 'fill-color' || change.name === 'visibility' || change.name === 'fill-pattern')).toEqual([]);
  });
});
