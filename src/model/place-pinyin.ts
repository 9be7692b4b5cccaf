// Pinyin of Henan place names (pinyin-pro), with the few readings where place names differ from the
// common reading of the character.
import { customPinyin, pinyin } from 'pinyin-pro';

// Place-name readings (地名读音) that the general dictionary gets wrong.
customPinyin({ 泌阳: 'bì yáng', 浚县: 'xùn xiàn' });

/** "zhèng zhōu shì" — for display. */
export function pinyinWithTones(name: string): string {
  return pinyin(name, { toneType: 'symbol' });
}

/** "zhengzhoushi" — for matching. */
export function pinyinPlain(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array' }).join('');
}

/** "zzs" — initials, for matching. */
export function pinyinInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
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
  const suffix = name.slice(-1);
  // Romanise the whole name and then drop the suffix's syllable, so place-name readings still apply.
  const syllables = pinyin(name, { toneType: 'none', type: 'array' });
  const hasSuffix = name.length > 1 && (suffix === '市' || suffix in SUFFIXES);
  const romanised = capitalise((hasSuffix ? syllables.slice(0, -1) : syllables).join(''));
  return hasSuffix && suffix in SUFFIXES ? `${romanised} ${SUFFIXES[suffix]}` : romanised;
}
