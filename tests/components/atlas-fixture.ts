// The real data files from data/ on disk, behind the same DataSource seam the browser uses (no network).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataFile, DataSource } from '../../src/data/data-files';
import { loadAtlas, type Atlas } from '../../src/data/load-atlas';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function readDataFile<T = unknown>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'data', file), 'utf8')) as T;
}

/** Reads each data file from disk, parsed fresh on every call so tests cannot share mutations. */
export const diskSource: DataSource = {
  async json(file: DataFile) {
    return JSON.parse(await fs.promises.readFile(path.join(repoRoot, 'data', file), 'utf8'));
  },
};

export function loadRealAtlas(): Promise<Atlas> {
  return loadAtlas(diskSource);
}
