// Pinyin of Henan place names, read from data/places/pinyin.json (generated at build time with
// pinyin-pro by scripts/build-place-pinyin.mjs, so the app does not ship the dictionary).
// Like i18n resources, the table is registered once when the data loads.

export type PinyinTable = Readonly<Record<string, readonly string[]>>;

let table: PinyinTable = {};

export function registerPlacePinyin(readings: PinyinTable): void {
  table = readings;
}

function syllables(name: string): readonly string[] | undefined {
  return table[name];
}

function withoutTones(syllable: string): string {
  return syllable.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** "zhèng zhōu shì" — for display; the name itself when it has no reading. */
export function pinyinWithTones(name: string): string {
  return syllables(name)?.join(' ') ?? name;
}

/** "zhengzhoushi" — for matching. */
export function pinyinPlain(name: string): string {
  return syllables(name)?.map(withoutTones).join('') ?? '';
}

/** "zzs" — initials, for matching. */
export function pinyinInitials(name: string): string {
  return syllables(name)?.map((syllable) => withoutTones(syllable).charAt(0)).join('') ?? '';
}

const SUFFIXES: Record<string, string> = { 县: 'County', 区: 'District' };

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * English form of a place name: "郑州市" → "Zhengzhou", "浚县" → "Xun County", "中原区" → "Zhongyuan
 * District". 市 is dropped (prefecture and county-level cities alike), as in common English usage.
 */
export function englishPlaceName(name: string): string {
  const readings = syllables(name);
  if (readings === undefined) return name;
  const suffix = name.slice(-1);
  const hasSuffix = name.length > 1 && (suffix === '市' || suffix in SUFFIXES);
  const romanised = capitalise((hasSuffix ? readings.slice(0, -1) : readings).map(withoutTones).join(''));
  return hasSuffix && suffix in SUFFIXES ? `${romanised} ${SUFFIXES[suffix]}` : romanised;
}
