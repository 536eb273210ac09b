import type { GovernmentLevel } from "./jurisdiction-types.js";

/**
 * The level word a document writes before its own area's bodies instead of the area's name:
 * `省科技厅`, `市科技局`, `区财政局`, `县农业农村局`, and also the ones of autonomous prefectures and
 * leagues (`州文旅广电局`, `盟发改委`), banners (`旗政府`) and new areas run as districts
 * (`新区科技创新局`), and an autonomous region's, prefecture's or county's own (`自治区数据局` in a
 * Guangxi document is Guangxi's, PROVINCIAL: not a district's). Real documents of such areas write them as often as `市`/`县`, so a reader
 * must take `州` as the prefecture and `新区` as the new area, never as words of the body's name.
 * `市场监管局` is no `市` prefix. A development zone's own departments are written the same way
 * (`开发区财政局`, `高新区科技局`, `示范区农业农村局`, an industrial park's `园区财政局` in the zone's documents): `开发区` is the zone,
 * not a place so named.
 */
export const LEVEL_PREFIX = /^(?:自治区|自治州|自治县|新区|开发区|经开区|高新区|示范区|园区|[省市区县州盟旗])(?!场)/;

const LEVEL: Record<string, GovernmentLevel> = {
  自治区: "PROVINCIAL",
  自治州: "MUNICIPAL",
  自治县: "DISTRICT",
  省: "PROVINCIAL",
  市: "MUNICIPAL",
  州: "MUNICIPAL",
  盟: "MUNICIPAL",
  区: "DISTRICT",
  县: "DISTRICT",
  旗: "DISTRICT",
  新区: "DISTRICT",
  开发区: "DISTRICT",
  经开区: "DISTRICT",
  高新区: "DISTRICT",
  示范区: "DISTRICT",
  园区: "DISTRICT",
};

/** The level prefix opening `name` (`州` of `州财政局`), or "". */
export function levelPrefix(name: string): string {
  return LEVEL_PREFIX.exec(name)?.[0] ?? "";
}

/** The government level a level prefix names (`州` → MUNICIPAL), or undefined for "" or another word. */
export function prefixLevel(prefix: string): GovernmentLevel | undefined {
  return LEVEL[prefix];
}
