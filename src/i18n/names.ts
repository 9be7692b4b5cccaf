// Names of data items (industries, programmes, clusters, places) in the current language.
import type { PlaceNames } from '../model/place-pinyin';
import type { Language } from '../state/view-state';

export function nameIn(item: { nameZh: string; nameEn: string }, language: Language): string {
  return language === 'en' ? item.nameEn : item.nameZh;
}

/** Place names stay Chinese in the Chinese UI and become pinyin-based English in the English UI. */
export function placeName(name: string, language: Language, placeNames: PlaceNames): string {
  return language === 'en' ? placeNames.english(name) : name;
}

// One formatter per language: constructing an Intl.NumberFormat costs far more than formatting with it,
// and the first render formats hundreds of numbers.
const numberFormats = new Map<Language, Intl.NumberFormat>();

export function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (format === undefined) {
    format = new Intl.NumberFormat(language === 'en' ? 'en-US' : 'zh-CN');
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/** Punctuation of the UI language: full-width in Chinese, ASCII with a space in English. */
export function colon(language: Language): string {
  return language === 'en' ? ': ' : '：';
}

export function listSeparator(language: Language): string {
  return language === 'en' ? ', ' : '、';
}

export function joinList(items: readonly string[], language: Language): string {
  return items.join(listSeparator(language));
}
