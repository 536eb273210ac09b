// What a responsibility clause is read as. responsibility-forms.ts calls responsibility-prose.ts and
// both build these, so the types live below both.
import type { Span } from "./span.js";

/** LEAD (牵头, or first of a 责任单位 list), PARTICIPANT (配合, or later in the list), JOINT (按职责分工负责). */
export type ResponsibleRole = "LEAD" | "PARTICIPANT" | "JOINT";

/** One unit of a clause, with its place and role. */
export interface RoleUnit {
  /**
   * The words written, with the body they are read as (`reading`: `广州` → `广州市政府`; absent,
   * the words themselves). Lists split elsewhere get readings from `readUnits` (unit-readings.ts).
   */
  span: Span & { reading?: string };
  /** Order in the clause, from 0. */
  position: number;
  role: ResponsibleRole;
}

/** A responsibility clause of an item: where it is written, and its units. */
export interface ResponsibilityClause {
  /** The parenthesis as written, which the item's text and mentions leave out. */
  whole: Span;
  /** The words inside it. */
  list: Span;
  units: RoleUnit[];
  /** `省`, `市`, `区` or `县` opening the first unit: later units without a prefix share it. */
  prefix: string;
}
