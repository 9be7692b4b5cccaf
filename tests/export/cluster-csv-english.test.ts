// The cluster CSV carries English columns beside the Chinese ones, named by the same rules as the UI.
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { clusterCsv } from '../../src/export/cluster-csv';
import type { Atlas } from '../../src/data/load-atlas';
import { loadRealAtlas } from '../components/atlas-fixture';

let rows: Record<string, string>[];

beforeAll(async () => {
  const atlas: Atlas = await loadRealAtlas();
  const csv = clusterCsv(atlas.plan.clusters, atlas.placer, atlas.annexById, atlas);
  rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
});

describe('cluster CSV, English columns', () => {
  it('names the lead units, places and section of the 郑汴 vehicles cluster in English (annex row 二-6)', () => {
    const row = rows.find((entry) => entry.id === 'automotive-zhengbian-vehicles-parts')!;
    expect(row.leadUnits).toBe('郑州市政府;开封市政府');
    expect(row.leadUnitsEn).toBe('Zhengzhou Municipal Government;Kaifeng Municipal Government');
    expect(row.placeNamesEn).toBe('Zhengzhou;Zhongmu County;Kaifeng;Zhengzhou;Xingyang');
    expect(row.sectionEn).toBe('II.3 Automobiles and parts · Industrial clusters');
  });

  it('names zones by the gazetteer in English', () => {
    const row = rows.find((entry) => entry.id === 'electronics-zhengzhou-airport-smartphone')!;
    expect(row.zonesEn).toBe('Zhengzhou Airport Economy Zone');
  });

  it('leaves no Chinese in the English columns', () => {
    const english = rows.flatMap((row) => [row.placeNamesEn, row.zonesEn, row.leadUnitsEn, row.participatingUnitsEn, row.sectionEn]);
    expect(english.filter((text) => /[\u3400-\u9fff]/.test(text))).toEqual([]);
  });
});
