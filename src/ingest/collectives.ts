import type { GovernmentLevel } from "./gazetteer.js";

/**
 * A collective unit names every body of a kind (`各区政府`, `各地级以上市政府`, `市政府各部门`), or
 * those of its level that the work concerns (`省直有关部门`, `市级相关单位`, `市有关部门`): one node per area, marked
 * collective, at the level of the bodies it denotes.
 */
export function isCollective(name: string): boolean {
  const short = withoutQualifier(name);
  return (
    /^各/.test(short) ||
    /各[^各]{0,6}(部门|单位|机构|委办局)$/.test(short) ||
    /^[省市区县](?:(?:直|级)各?(?:有关|相关)?|有关|相关)(?:部门|单位|机构)$/.test(short) ||
    LEVEL_GOVERNMENTS.test(short)
  );
}

/**
 * The governments or departments of the places a measure concerns (`有关市人民政府`, `有关设区市人民政府`,
 * `相关县区人民政府`, `相关乡镇人民政府`, `有关市州民政局`): some of a collective's bodies, named as written.
 */
export const CONCERNED_PLACES =
  /^(?:有关|相关)(?=(?:设区的?市|[省市区县州]{1,3}|乡镇|街道)(?:[(（][市区县州、]{1,5}[)）])?[\u4e00-\u9fff]{0,8}?(?:人民政府|政府|办事处|部门|局|委|厅)$)/;

/** Every government of a level, as a regulation names them (`县级人民政府`, `乡镇人民政府`, `县级以上地方人民政府`, `街道办事处`). */
const LEVEL_GOVERNMENTS =
  /^(?:(?:(?:省|市|县|乡)级(?:以上)?(?:地方)?(?:各级)?|乡镇|[市县区]\([市区县、]{1,5}\))(?:人民)?政府|街道办事处)$/;

/**
 * Words that pick some of a collective's bodies (`沿海各设区市人民政府`, `有关各区政府`, `各沿海设区市人民政府`,
 * `有关市人民政府`): the kind follows them.
 */
const withoutQualifier = (short: string): string =>
  short
    .replace(CONCERNED_PLACES, "各")
    .replace(/^(?:沿海|沿江|沿边|边境|山区|有关|相关|其他|试点|所在|所属|涉海|涉农)(?=各)/, "")
    .replace(/^各(?:沿海|沿江|沿边|边境|山区|有关|相关|其他|试点|所在|所属|涉海|涉农)/, "各");

/** A collective of development zones (or of their committees): the kind it names ends in a zone's word. */
const ZONES =
  /^各[^、,，;；]{0,8}?(?:开发区|高新区|经开区|新区|园区|功能区|管理区|片区)(?:[(（][^()（）]{1,6}[)）])?(?:管委会|管理委员会|管理委|党工委|工委)?$/;

const BELOW: Record<GovernmentLevel, GovernmentLevel> = {
  NATIONAL: "PROVINCIAL",
  PROVINCIAL: "MUNICIPAL",
  MUNICIPAL: "DISTRICT",
  DISTRICT: "DISTRICT",
};

/**
 * The level of the bodies a collective denotes: `各区`/`各县`/`各乡镇` DISTRICT (the lowest level
 * the graph has), `各地级以上市`/`各设区市`/`各省辖市` MUNICIPAL, `各省` PROVINCIAL; `各市` is the level below
 * the area's (a province's cities, a city's county-level cities: `各市、区政府` of Suzhou is DISTRICT),
 * and so are their departments (`各市(州)数据管理部门`, `各区有关单位`); the area's own departments
 * (`各市直部门`, `人民政府各部门`) are at the level of the area they belong to. Development
 * zones are run as districts (`开发区财政局` takes the DISTRICT prefix), so their committees are DISTRICT
 * whoever names them: `各开发区管委会`, `各省级以上开发区`, `各功能区管委会`.
 */
export function collectiveLevel(name: string, areaLevel: GovernmentLevel): GovernmentLevel {
  const short = withoutQualifier(name);
  if (ZONES.test(short)) return "DISTRICT";
  if (LEVEL_GOVERNMENTS.test(short))
    return /^省/.test(short) ? "PROVINCIAL" : /^市/.test(short) ? "MUNICIPAL" : "DISTRICT";
  if (/^各(省(?!辖市)|自治区)/.test(short)) return "PROVINCIAL";
  if (/^各(市直|区直|县直|省直)/.test(short)) return areaLevel;
  if (/^各(地级以上市|地级市|地市|省辖市|州|盟|设区的?市)/.test(short)) return "MUNICIPAL";
  if (/^各(区|县|旗|乡|镇|街道|城区|辖市)/.test(short)) return "DISTRICT";
  if (/^各市/.test(short)) return BELOW[areaLevel];
  return areaLevel;
}
