/** The kinds of entity found by their boundaries rather than by the gazetteer. */
export type EntityLabel = "Organization" | "Platform" | "Zone";

/** A name found by its boundaries, with the aliases the text gives it (`（以下简称“X”）`). */
export interface FoundName {
  label: EntityLabel;
  start: number;
  end: number;
  aliases: { start: number; end: number }[];
  /** For a later use of an alias (`城西智算中心` after `杭州城西智算中心（以下简称“城西智算中心”）`): the full name's span. */
  aliasOf?: { start: number; end: number };
}
