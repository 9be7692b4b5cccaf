// The default view's map as it goes into index.html: the prefecture view of every cluster, the same
// colours the app's derived view gives, no inline style (a strict CSP), fitted by its viewBox.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Atlas } from '../../src/data/load-atlas';
import { aggregateRegions } from '../../src/model/aggregate';
import { classify } from '../../src/model/classify';
import { PRERENDERED_MAP_ID, prerenderedMapMarkup } from '../../src/map/prerendered-map';
import { mercatorX, mercatorY } from '../../src/model/web-mercator';
import { loadRealAtlas } from '../components/atlas-fixture';

let atlas: Atlas;
let markup: string;
beforeAll(async () => {
  atlas = await loadRealAtlas();
  markup = prerenderedMapMarkup(atlas, { top: 40, right: 24, bottom: 24, left: 120 }, '/atlas/', '河南省产业集群地图');
});

describe('prerenderedMapMarkup', () => {
  it('is one element with the id the app removes, the default path and the padding for the fit script', () => {
    expect(markup.startsWith(`<div id="${PRERENDERED_MAP_ID}" role="img" aria-label="河南省产业集群地图" data-default-path="/atlas/" data-padding="40 24 24 120">`)).toBe(true);
    expect(markup.endsWith('</svg></div>')).toBe(true);
  });

  it('draws one path per prefecture (18), coloured as the default view (every cluster, count per prefecture)', () => {
    const fills = new Map([...markup.matchAll(/<path data-code="(\d{6})" d="[^"]+" fill="(#[0-9a-f]{6})"/g)].map((match) => [match[1], match[2]]));
    expect(fills.size).toBe(18);
    // No filter on the default view: every cluster of the plan.
    const colours = classify([...aggregateRegions(atlas.placer, 'prefecture', atlas.plan.clusters).values()], 'count').colors;
    for (const [code, fill] of fills) expect(fill).toBe(colours.get(code) ?? '#d9d9d9');
  });

  it('has no style attribute and no script: a CSP without unsafe-inline allows it', () => {
    expect(markup).not.toMatch(/\sstyle=/);
    expect(markup).not.toMatch(/<script/);
  });

  it('fits the province’s bounds by its viewBox, whose proportions are the bounds’ in Web Mercator', () => {
    const [, , width, height] = markup.match(/viewBox="([^"]+)"/)![1].split(' ').map(Number);
    const [west, south, east, north] = atlas.boundaries.bbox;
    const expected = (mercatorX(east) - mercatorX(west)) / (mercatorY(south) - mercatorY(north));
    expect(width / height).toBeCloseTo(expected, 2);
    expect(markup).toMatch(/preserveAspectRatio="xMidYMid meet"/);
  });

  it('labels the prefectures in Chinese', () => {
    expect(markup).toContain('>郑州市</text>');
    expect(markup).toContain('>信阳市</text>');
  });
});
