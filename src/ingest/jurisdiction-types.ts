/** The level of a government, and so of the bodies it has and the documents they issue. */
export type GovernmentLevel = "NATIONAL" | "PROVINCIAL" | "MUNICIPAL" | "DISTRICT";

/** An administrative area whose government issues documents: the scope in which a unit's short name means one body. */
export interface Jurisdiction {
  key: string;
  /** Full name used as the prefix of its bodies' full names (`广州市`, `广州市黄埔区`). */
  name: string;
  /** English prefix of its bodies' names (`Huangpu District`); empty for the nation. */
  nameEn: string;
  level: GovernmentLevel;
  parent: string | null;
  /** Spellings that open a body's full name (`广州市黄埔区`, `黄埔区`). */
  names: string[];
  source: string;
}

/** A unit name read in the jurisdiction it belongs to: `区科技局` in a Huangpu document is (huangpu, 科技局). */
export interface ScopedName {
  jurisdiction: Jurisdiction;
  /** The name without its jurisdiction prefix, in a canonical spelling (`政府` → `人民政府`). */
  short: string;
  /** The area's spelling the name opened with (`高新区` of `成都高新技术产业开发区`), if it named one. */
  spelling?: string;
  /** The area the name opened with when the body serves a smaller one (`宁波市…局镇海分局` serves 镇海区). */
  openedWith?: Jurisdiction;
}
