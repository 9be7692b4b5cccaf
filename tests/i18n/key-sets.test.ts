// zh.json and en.json hold the same messages. i18next resolves plurals by suffix: English has the
// forms _one and _other, Chinese only _other (or the bare key, which i18next falls back to), so the
// sets are compared after the plural suffix is stripped, and each English plural is checked to have
// both of its forms.
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh.json';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatKeys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? flatKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`]);
}

const baseKeys = (messages: object) => new Set(flatKeys(messages).map((key) => key.replace(PLURAL_SUFFIX, '')));

describe('message key sets', () => {
  it('every English message has a Chinese one', () => {
    const chinese = baseKeys(zh);
    expect([...baseKeys(en)].filter((key) => !chinese.has(key))).toEqual([]);
  });

  it('every Chinese message has an English one', () => {
    const english = baseKeys(en);
    expect([...baseKeys(zh)].filter((key) => !english.has(key))).toEqual([]);
  });

  it('every English plural has both the _one and the _other form', () => {
    const keys = new Set(flatKeys(en));
    const plurals = [...keys].filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, ''));
    expect(plurals.length).toBeGreaterThan(0);
    expect(plurals.filter((base) => !keys.has(`${base}_one`) || !keys.has(`${base}_other`))).toEqual([]);
  });

  it('Chinese uses no _one form (Chinese has one plural category, other)', () => {
    expect(flatKeys(zh).filter((key) => key.endsWith('_one'))).toEqual([]);
  });

  it('a message and its translation use the same {{placeholders}}', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    const values = (messages: object, prefix = ''): [string, string][] => Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'object' && value !== null ? values(value, `${prefix}${key}.`) : [[`${prefix}${key}`.replace(PLURAL_SUFFIX, ''), String(value)] as [string, string]]);
    const chinese = new Map(values(zh));
    // count is left out: a plural's _one form may spell the number out ("a cluster")
    const named = (text: string) => placeholders(text).filter((name) => name !== 'count').join();
    const mismatched = values(en).filter(([key, text]) => chinese.has(key) && named(text) !== named(chinese.get(key)!));
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});

describe('English plurals through i18next', () => {
  it('says "1 cluster" and "2 clusters"', async () => {
    const { i18n } = await import('../../src/i18n/i18n');
    const t = i18n.getFixedT('en');
    expect(t('tooltip.clusters', { count: 1 })).toBe('1 cluster');
    expect(t('tooltip.clusters', { count: 2 })).toBe('2 clusters');
    expect(i18n.getFixedT('zh')('tooltip.clusters', { count: 1 })).toBe('集群 1 个');
  });
});
