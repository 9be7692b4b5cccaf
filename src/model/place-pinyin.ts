// Pinyin and English forms of Henan place names, from the table in data/places/pinyin.json (generated
// at build time with pinyin-pro by scripts/build-place-pinyin.mjs, so the app does not ship the
// dictionary). The table is a value: the loader builds one PlaceNames from it and the Atlas carries it
// to whatever shows or matches a place name, so no module holds a hidden registry.

export type PinyinTable = Readonly<Record<string, readonly string[]>>;

export interface PlaceNames {
  /** "zhèng zhōu shì" — for display; the name itself when it has no reading. */
  withTones(name: string): string;
  /** "zhengzhoushi" — for matching; "" when the name has no reading. */
  plain(name: string): string;
  /** "zzs" — initials, for matching; "" when the name has no reading. */
  initials(name: string): string;
  /**
   * English form: "郑州市" → "Zhengzhou", "浚县" → "Xun County", "中原区" → "Zhongyuan District"; the
   * name itself when it has no reading. 市 is dropped (prefecture and county-level cities alike), as in
   * common English usage.
   */
  english(name: string): string;
}

const SUFFIXES: Record<string, string> = { 县: 'County', 区: 'District' };

function withoutTones(syllable: string): string {
  return syllable.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function placeNamesFrom(table: PinyinTable): PlaceNames {
  // Own keys only: a name such as "constructor" must not find Object.prototype's member.
  const syllables = (name: string): readonly string[] | undefined => (Object.hasOwn(table, name) ? table[name] : undefined);
  return {
    withTones: (name) => syllables(name)?.join(' ') ?? name,
    plain: (name) => syllables(name)?.map(withoutTones).join('') ?? '',
    initials: (name) => syllables(name)?.map((syllable) => withoutTones(syllable).charAt(0)).join('') ?? '',
    english(name) {
      const readings = syllables(name);
      if (readings === undefined) return name;
      const suffix = name.slice(-1);
      const hasSuffix = name.length > 1 && (suffix === '市' || suffix in SUFFIXES);
      const romanised = capitalise((hasSuffix ? readings.slice(0, -1) : readings).map(withoutTones).join(''));
      return hasSuffix && suffix in SUFFIXES ? `${romanised} ${SUFFIXES[suffix]}` : romanised;
    },
  };
}
