// Reads the plan dataset and the plan text from disk for the data tests (no network).
// The plan text is committed in the repo (data/plan/source/, see its README for provenance).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const planTextPath = path.join(repoRoot, 'data/plan/source/henan-advanced-manufacturing-plan-2014.txt');
export const planDir = path.join(repoRoot, 'data/plan');

export function readJson<T = unknown>(relativeToRepo: string): T {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, relativeToRepo), 'utf8')) as T;
}

export function readPlanFile<T = unknown>(name: string): T {
  return readJson<T>(path.join('data/plan', name));
}

/** The plan exactly as published. */
export const planText: string = fs.readFileSync(planTextPath, 'utf8');

/** Line breaks are the only thing we normalise: quotes may run across a break in the source. */
export function withoutLineBreaks(text: string): string {
  return text.replace(/\r?\n/g, '');
}

export const flatPlan = withoutLineBreaks(planText);

/** Every [start, end) span at which `needle` occurs in `haystack`. */
export function spansOf(haystack: string, needle: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!needle) return spans;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) spans.push([at, at + needle.length]);
  return spans;
}
