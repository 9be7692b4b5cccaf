// The languages check shared by the browser tests: visible text that matches a pattern outside the
// elements exempt from it (the plan's own words, original place names, pinyin, codes).

/** Visible text outside exempt elements that matches `pattern`, with where it was found. */
export function findVisible({ pattern, exempt }) {
  const regex = new RegExp(pattern, 'gu');
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const element = node.parentElement;
    if (element === null || element.closest('script, style, noscript, template') !== null) continue;
    if (element.closest(exempt) !== null) continue;
    if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    const matches = node.textContent.match(regex);
    if (matches === null) continue;
    const where = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`;
    found.push({ where, matches: matches.length, text: node.textContent.trim().slice(0, 80) });
  }
  return found;
}

export const ENGLISH_CHECK = {
  language: 'en',
  // Han characters, CJK punctuation and full-width forms
  pattern: '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]',
  exempt: '[data-verbatim], [data-place-original], [lang^="zh"]',
  what: 'Chinese characters in the English UI',
};

export const CHINESE_CHECK = {
  language: 'zh',
  // a Latin word: two or more letters
  pattern: '[A-Za-z]{2,}',
  // MapLibre's scale bar writes the unit symbol (km), a unit like GB/T rather than an English word;
  // the plan's own words may hold Latin abbreviations (GAP, ITO) and stay as written
  exempt: '[translate="no"], [data-pinyin], code, [lang^="en"], .maplibregl-ctrl-scale, [data-verbatim]',
  what: 'Latin words in the Chinese UI',
};
