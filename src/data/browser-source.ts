// The browser's DataSource: the data files are emitted as hashed assets by Vite and fetched from the
// app's own origin.
import type { DataFile, DataSource } from './data-files';

const urls = import.meta.glob(
  ['../../data/boundaries/henan.topo.json', '../../data/places/pinyin.json', '../../data/places/zones.json', '../../data/plan/{programmes,industries,clusters,stated-counts,special-projects,goals,annex}.json'],
  { query: '?url', import: 'default', eager: true },
) as Record<string, string>;

export function assetUrl(file: DataFile): string {
  const url = urls[`../../data/${file}`];
  if (url === undefined) throw new Error(`no bundled asset for ${file}`);
  return url;
}

export const browserSource: DataSource = {
  async json(file) {
    const response = await fetch(assetUrl(file));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  },
};
