import { describe, expect, it } from 'vitest';
import { metresPerPixel, metresPerPixelAtZoom, scaleBar } from '../../src/model/scale-bar';

describe('metresPerPixel', () => {
  it('is a degree of longitude (111.32 km at the equator) over its pixels, shrunk by cos(latitude)', () => {
    expect(metresPerPixel(0, 1, 0, 1000)).toBeCloseTo(111.319, 2);
    // At 34.5° N (central Henan) a degree of longitude is 111.319 km × cos 34.5° = 91.75 km.
    expect(metresPerPixel(113, 114, 34.5, 100)).toBeCloseTo(917.5, 0);
  });
});

describe('metresPerPixelAtZoom', () => {
  it('is the equator (2π × 6,378,137 m) over 512 × 2^zoom pixels, shrunk by cos(latitude)', () => {
    expect(metresPerPixelAtZoom(0, 0)).toBeCloseTo(78271.52, 1);
    expect(metresPerPixelAtZoom(6, 60)).toBeCloseTo(78271.52 / 64 / 2, 1);
  });
});

describe('scaleBar', () => {
  it('takes the longest 1-2-5 distance that fits', () => {
    // 1 km per pixel, 120 px available: 120 km fits, so 100 km over 100 px.
    expect(scaleBar(1000, 120)).toEqual({ widthPx: 100, kilometres: 100 });
    // 250 m per pixel, 120 px = 30 km: 20 km over 80 px.
    expect(scaleBar(250, 120)).toEqual({ widthPx: 80, kilometres: 20 });
    // 917.5 m per pixel, 150 px = 137.6 km: 100 km over 109 px.
    expect(scaleBar(917.5, 150)!.kilometres).toBe(100);
    expect(scaleBar(917.5, 150)!.widthPx).toBeCloseTo(108.99, 2);
    // 5 km: 60 m per pixel, 100 px = 6 km.
    expect(scaleBar(60, 100)).toEqual({ widthPx: 5000 / 60, kilometres: 5 });
  });

  it('gives no bar for a width or scale that is not positive or not a number', () => {
    expect(scaleBar(0, 100)).toBeNull();
    expect(scaleBar(Number.NaN, 100)).toBeNull();
    expect(scaleBar(100, 0)).toBeNull();
  });
});
