// The parts of a document's layout that the structure readers pass to one another (structure.ts
// calls the item, table and citation readers, which build these), below all of them.
import type { ResponsibilityClause } from "./responsibility-types.js";
import type { Span } from "./span.js";

/** A numbered item: `(一)加强组织保障。…` or `2.推进创新平台建设。…`. */
export interface Item {
  ordinal: number;
  /** The whole paragraph, heading included. */
  full: Span;
  /** The heading words, without the numbering and the closing 。 */
  title: Span;
  /**
   * The heading as read when it is not one run of the text: a table's task cell wrapped over lines
   * (`开展诊断服务,每年为不少` / `于200家企业提供诊断`) is one heading; `title` quotes its first line.
   */
  name?: string;
  /** What follows the heading on the same line; null for a heading-only line such as an action. */
  body: Span | null;
  /** A requirement of the notice that issues the document, above it (see {@link Section.notice}): a measure. */
  notice?: boolean;
}

/** A 一、 or 第一章 section of the body, with its items and task-table rows. */
export interface Section {
  ordinal: number;
  heading: Span;
  /** Everything up to the next section heading. */
  content: Span;
  /** `(一)…` items directly in this section. */
  items: Item[];
  /** `1.…` items, each with the `(一)` heading it falls under (null when none). */
  numbered: { item: Item; parent: Item | null }[];
  /** Rows of a task table in this section, each with the units of its 牵头单位/配合单位 cells. */
  rows: TaskRow[];
  /**
   * A requirement of the notice that issues the document (`一、压实工作责任。…` above the attached
   * plan): its items are measures for carrying the document out, not tasks of it.
   */
  notice?: boolean;
}

/** A document cited by its 《title》 and 文号. */
export interface Citation {
  /** `《title》(文号)` as written. */
  whole: Span;
  title: Span;
  docNumber: Span;
}

/** A document cited by its 《title》 alone. */
export interface TitleCitation {
  whole: Span;
  title: Span;
}

/** One row of a task table: the task (heading up to its first 。) and the units of its row. */
export interface TaskRow {
  line: Span;
  item: Item;
  clause: ResponsibilityClause | null;
  /** The section row (`一、夯实数字底座`) the row falls under inside its table, or null. */
  group: Item | null;
  /** The words of its cells other than 序号, units and 完成时限 (wrapped parts included): where its goals are. */
  goals: Span[];
  /** Its 完成时限 cell, or null. */
  due: Span | null;
}

/** A task table: its header line, its rows, and the section rows inside it. */
export interface Table {
  header: Span;
  rows: TaskRow[];
  /**
   * Lines of section rows inside the table, and the lines of a table copied one cell a line other
   * than its rows' first: parts of the table, never sections or items of the document.
   */
  groupLines: Span[];
}
