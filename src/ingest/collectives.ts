import type { GovernmentLevel } from "./gazetteer.js";

/**
 * A collective unit names every body of a kind (`各区政府`, `各地级以上市政府`, `市政府各部门`):
 * one node per area, marked collective, at the level of the bodies it denotes.
 */
export function isCollective(short: string): boolean {
  return /^各/.test(short) || /各[^各]{0,6}(部门|单位|机构|委办局)$/.test(short);
}

const BELOW: Record<GovernmentLevel, GovernmentLevel> = { NATIONAL: "PROVINCIAL", PROVINCIAL: "MUNICIPAL", MUNICIPAL: "DISTRICT", DISTRICT: "DISTRICT" };

/**
 * The level of the bodies a collective denotes: `各区`/`各县`/`各乡镇` DISTRICT (the lowest level
 * the graph has), `各地级以上市`/`各设区市` MUNICIPAL, `各省` PROVINCIAL; `各市` is the level below
 * the area's (a province's cities, a city's county-level cities: `各市、区政府` of Suzhou is DISTRICT);
 * departments (`各市直部门`, `人民政府各部门`) are at the level of the area they belong to.
 */
export function collectiveLevel(short: string, areaLevel: GovernmentLevel): GovernmentLevel {
  if (/^各(省|自治区)/.test(short)) return "PROVINCIAL";
  if (/^各(市直|区直|县直|省直)|部门$|单位$|机构$/.test(short)) return areaLevel;
  if (/^各(地级以上市|地级市|地市|州|盟|设区的?市)/.test(short)) return "MUNICIPAL";
  if (/^各(区|县|旗|乡|镇|街道)/.test(short)) return "DISTRICT";
  if (/^各市/.test(short)) return BELOW[areaLevel];
  return areaLevel;
}
