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

/** A request that never answers (a stalled proxy, a dead intranet link) fails after this, with a retry. */
export const REQUEST_TIMEOUT_MS = 20_000;

export const browserSource: DataSource = {
  async json(file) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    try {
      const response = await fetch(assetUrl(file), { signal: controller.signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return await response.json();
    } catch (error) {
      if (controller.signal.aborted) throw new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  },
};
