import { readArea } from "./area-names.js";
import type { GovernmentLevel } from "./jurisdiction-types.js";
import { prefixLevel } from "./level-prefix.js";

/**
 * What a document says of its own area when its issuer does not name it (`市工业和信息化局关于…`,
 * or a text that starts at the body): its title, the titles it cites and its own words.
 */
export interface HomeHint {
  title: string;
  text: string;
}

/**
 * The provincial-level areas (provinces, autonomous regions, the four 直辖市 and the two special
 * administrative regions), reference data like a map's: a text names its province short
 * (`数智云南`, `云南数据集团`) far more often than in full.
 */
const PROVINCIAL_AREAS = (
  "北京市 天津市 上海市 重庆市 河北省 山西省 辽宁省 吉林省 黑龙江省 江苏省 浙江省 安徽省 福建省 江西省 山东省 " +
  "河南省 湖北省 湖南省 广东省 海南省 四川省 贵州省 云南省 陕西省 甘肃省 青海省 台湾省 内蒙古自治区 " +
  "广西壮族自治区 西藏自治区 宁夏回族自治区 新疆维吾尔自治区 香港特别行政区 澳门特别行政区"
).split(" ");

/** `贵州省` → `贵州`, `广西壮族自治区` → `广西`, `内蒙古自治区` → `内蒙古`. */
function stem(name: string): string {
  return name.replace(/(?:(?:壮族|回族|维吾尔)?自治区|特别行政区|省|市|自治州|州|地区|盟|新区|区|县|旗)$/, "");
}

function count(text: string, word: string): number {
  if (word.length < 2) return 0;
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}

/**
 * The level of the area a document calls its own (`我省`, `全市`, `本区`), when one level is named
 * so more often than the others; undefined otherwise. `全市场`, `全区域` are no such words.
 */
export function selfLevel(text: string): GovernmentLevel | undefined {
  const counts: Partial<Record<GovernmentLevel, number>> = {};
  for (const m of text.matchAll(/[我全本]([省市区县州])(?![场域内外级])/g)) {
    const level = prefixLevel(m[1]!)!;
    counts[level] = (counts[level] ?? 0) + 1;
  }
  const ranked = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked[1] && ranked[1][1] === ranked[0]![1])) return undefined;
  return ranked[0]![0] as GovernmentLevel;
}

/**
 * Texts whose opening areas may name the document's own, strongest first: its title, then the
 * titles it cites (`按照《天津市…行动计划》`) whose first area the text names twice at least, the
 * citation included (so a title that only opens with words looking like a city, `促进城市…`, is
 * seldom taken), then the
 * provincial-level area whose short name the title and text use most (at least twice).
 */
export function homeSources(hint: HomeHint): string[] {
  const out = [hint.title];
  const cited = [...hint.text.matchAll(/《([^《》\n]{4,80})》/g)].map((m) => m[1]!);
  for (const title of cited) {
    const first = readArea(title).places[0];
    if (first && count(hint.text, stem(first.name)) >= 2 && !out.includes(title)) out.push(title);
  }
  const named = PROVINCIAL_AREAS.map((p) => ({ p, n: count(hint.title, stem(p)) * 2 + count(hint.text, stem(p)) }))
    .filter((x) => x.n >= 2)
    .sort((a, b) => b.n - a.n);
  if (named[0] && (!named[1] || named[1].n < named[0].n)) out.push(named[0].p);
  return out;
}
