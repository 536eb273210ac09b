import type { GovernmentLevel } from "./jurisdiction-types.js";
import { COUNTY_CITY_STEMS } from "./division-stems.js";

/** County-level cities' names without their 市 (generated from the national division codes). */
const COUNTY_CITIES = new Set(COUNTY_CITY_STEMS.split(" "));

/** One administrative area named at the start of a body's name (`天津市`, `滨海新区`). */
export interface PlaceSegment {
  /** As written (`滨海新区`, not `天津市滨海新区`). */
  name: string;
  level: GovernmentLevel;
}

/** A body's name taken apart: `中共` or not, the areas that open it (largest first), and the rest. */
export interface AreaReading {
  party: boolean;
  places: PlaceSegment[];
  rest: string;
}

// Characters that name an area before its suffix. `某` alone is the usual stand-in of anonymised
// documents (`某市`); any other area needs two characters, so `城市管理局` does not open with a city.
// No area holds 各 (U+5404), which opens a collective (`沿海各设区市人民政府`).
const AREA = String.raw`(?:某|[\u4e00-\u5403\u5405-\u9fff]{2,})`;
/** Provinces and autonomous regions (`甘肃省`, `广西壮族自治区`): provincial level. */
const PROVINCE = new RegExp(String.raw`^(?:[\u4e00-\u9fff]{2,3}?省|[\u4e00-\u9fff]{2,6}?自治区|某省)`);
/**
 * The four municipalities under the central government (直辖市): cities provincial in rank, whose
 * bodies (`天津市发展改革委`) are provincial-level and whose districts and counties lie directly in them.
 */
export const DIRECT_CITY = /^(?:北京市|天津市|上海市|重庆市)/;
/**
 * Cities, prefectures and autonomous prefectures (`武威市`, `甘孜藏族自治州`, and as its bodies write it
 * short, `恩施州人民政府`, `湘西州数据局`); not the four 直辖市
 * ({@link DIRECT_CITY}). Words with `市` after one character (`城市`, `都市`) are no city: an area
 * needs two characters.
 */
const CITY = new RegExp(
  String.raw`^(?:${AREA.replace("{2,}", "{2,4}?")}市|[\u4e00-\u9fff]{2,8}?自治州|[\u4e00-\u9fff]{2,3}?地区|[\u4e00-\u9fff]{2,4}?盟|[\u4e00-\u9fff]{2,4}?州(?=人民政府|政府|委|党委|人大|政协|[^\s,，、。;；:：]{0,12}(?:局|厅|委|办|办公室|中心)$))`,
);
/**
 * A county named by one character (`眉县`, `沛县`, `歙县`), its bodies `眉县人民政府`, `中共眉县县委`: not a
 * word that says which or how many counties (`各县`, `全县`, `市县`), the Youth League's `团县委`, nor the county's town, area or level
 * (`县城`, `县域`, `县级`).
 */
const ONE_CHARACTER_COUNTY = String.raw`(?![各本全该每我两一二三四五六七八九十市区省州乡镇村郡团])[\u4e00-\u9fff]县(?![城域级区乡内外])`;
/**
 * Districts, counties and the zones run as districts (`滨海新区`, `高新区`, `经济技术开发区`,
 * `湄潭县`, `…自治县`, `…旗`): all DISTRICT, as the data and the keys count counties.
 */
// A zone named at length before its committee (`济南新旧动能转换起步区管委会`, `横琴粤澳深度合作区管委会`) is one too.
const DISTRICT = new RegExp(
  String.raw`^(?:${ONE_CHARACTER_COUNTY}|${AREA.replace("{2,}", "{2,8}?")}(?:自治县|新区|开发区|县|区|旗)|[\u4e00-\u9fff]{2,12}?(?:起步区|开发区|合作区|示范区|试验区|实验区)(?=管委会|管理委员会|党工委|工委))`,
);

/** How a branch named for the place it serves ends (`…长沙分公司`, `…佛山供电局`, `…广东省分行`). */
export const PLACE_BRANCH = "分公司|供电局|供电公司|分行|支行";
/** How a general administration's office in a province or a city ends (`…辽宁监管局`, `…佛山调查队`, `…佛山市税务局`). */
export const CENTRAL_OFFICE_END = "监管局|监管分局|调查总队|调查队|税务局|税务分局|分局";

/**
 * Names of central bodies and their regional branches (`民航西南地区管理局`, `中国人民银行…分行`), and
 * the central bodies named after China (`中国气象局`, `中国气象科学研究院`), not a pilot zone's `中国(上海)…`,
 * and the Party centre's offices and their bureaus (`中央网信办`, `中央网络安全和信息化委员会办公室`, `中央网信办秘书局`).
 */
export const NATIONAL_OPENING =
  /^(国务院|中共中央|中央(?=[\u4e00-\u9fff]{1,14}?(?:办公室|委员会|办|委|部)(?:[\u4e00-\u9fff]{2,8}?(?:局|司|厅|室))?$)|中华人民共和国|国家|全国|民航|中国民用航空|中国人民银行|中国(?![(（]))/;

/**
 * The State Council's ministries and the Party centre's departments, by the names and short forms
 * documents use (and a few of their former names): a bare `X部` among them is central. Any other bare
 * `X部` (a zone's `科技经济部`, `投资促进部`) is a department of the document's own area.
 */
const MINISTRY_NAMES =
  "外交|国防|教育|科学技术|科技|工业和信息化|工信|国家安全|公安|民政|司法|财政|人力资源和社会保障|人力资源社会保障|人社|" +
  "自然资源|生态环境|住房和城乡建设|住房城乡建设|住建|交通运输|水利|农业农村|商务|文化和旅游|文旅|退役军人事务|应急管理|" +
  "国土资源|环境保护|农业|文化|卫生|监察|信息产业|中央宣传|中宣|中央组织|中组|中央统战|统战";
export const MINISTRY = new RegExp(`^(?:${MINISTRY_NAMES})部(?:办公厅|办公室)?$`);
/** A body's name that opens with a ministry (`水利部网络安全与信息化领导小组办公室`). */
export const MINISTRY_OPENING = new RegExp(`^(?:${MINISTRY_NAMES})部`);

/**
 * Reads the areas that open a body's name: `甘肃省武威市…` is province then city, `天津市滨海新区…`
 * city then district, `遵义市湄潭县…` city then county. Each level is read at most once and in
 * order, so a body's own words (`市场监督管理局`) are never taken for an area. A name opening with a
 * bare level word (`市科技局`, a zone's `开发区财政局`) or `各` has no areas here: it is read within a document's area.
 */
export function readArea(name: string): AreaReading {
  let rest = name.trim();
  const party = rest.startsWith("中共") && !rest.startsWith("中共中央");
  if (party) rest = rest.slice(2);
  const places: PlaceSegment[] = [];
  if (NATIONAL_OPENING.test(rest) || /^(?:[省市区县州盟旗各]|新区|开发区|经开区|高新区|示范区|园区)/.test(rest))
    return { party, places, rest };
  const direct = DIRECT_CITY.exec(rest);
  for (const [re, level] of [
    [direct ? DIRECT_CITY : PROVINCE, "PROVINCIAL"],
    [direct ? null : CITY, "MUNICIPAL"],
    [DISTRICT, "DISTRICT"],
  ] as const) {
    // `各…` (每个) opens a collective, never an area: `广东省各地级市人民政府`.
    const m = rest.startsWith("各") || !re ? null : re.exec(rest);
    if (!m) continue;
    // A county-level city (`监利市`, `义乌市`) is a county's level whatever its 市 says.
    const county = level === "MUNICIPAL" && COUNTY_CITIES.has(m[0].replace(/市$/, ""));
    places.push({ name: m[0], level: county ? "DISTRICT" : level });
    rest = rest.slice(m[0].length);
  }
  return { party, places, rest };
}

/**
 * The usual short spellings of an area: a zone's (`成都高新技术产业开发区` is also `成都高新区` and
 * `高新区`) and an autonomous prefecture's or county's ({@link autonomousShort}).
 */
export function shortForms(name: string): string[] {
  const m = /^(.*?)(高新技术产业开发区|经济技术开发区)$/.exec(name);
  if (!m) return autonomousShort(name);
  const short = m[2] === "高新技术产业开发区" ? "高新区" : "经开区";
  return m[1] ? [m[1] + short, short] : [short];
}

/**
 * An autonomous prefecture or county is written by its place name and level alone
 * (`黔东南苗族侗族自治州` is `黔东南州`, `松桃苗族自治县` is `松桃县`) as often as in full. Where the
 * place name ends and the peoples' names begin cannot be read without a list of peoples, so every
 * cut of two to four characters before the first `族` is a spelling; the wrong cuts (`黔东州`)
 * name nothing a document writes.
 */
function autonomousShort(name: string): string[] {
  const m = /^(.+?)自治(州|县)$/.exec(name);
  if (!m) return [];
  const people = m[1]!.indexOf("族");
  const end = Math.min(4, (people > 0 ? people : m[1]!.length) - 1);
  const out: string[] = [];
  for (let k = 2; k <= end; k++) out.push(m[1]!.slice(0, k) + m[2]);
  return out;
}

/** Key of an area the data lacks: stable across documents, from its full name. */
export function areaKey(name: string): string {
  return `area-${[...name].map((c) => c.codePointAt(0)!.toString(36)).join("")}`;
}
