import type { RelPlan } from "./lookahead.js";

/**
 * The one description of the rows the engine's generated statements return: the statement builders
 * (lookahead-statement.ts, page-statement.ts) write their projections with the encoders here, and
 * the reader (batches.ts) reads the rows back with the decoders, so the layout lives in this file only.
 *
 * - A lookahead statement returns one row per parent: `b` (the UNION branch that asked for it),
 *   `id`, `self` (the parent's own values for a node lookup, null otherwise) and `kids`.
 * - A parent's `kids` (a page statement's too, one per item) hold one list per plan below it, in plan order.
 * - A list holds one item per relationship, in the order a client sees them.
 * - An item is ONE flat list: the relationship's values (`relProps` order), the far node's
 *   (`nodeProps` order), then the far node's own kids, one list per child plan. Flat, because a
 *   list per part costs Neo4j and the driver an object each: about a fifth of the statement with
 *   nested lists, measured.
 *
 * The encoders are generic over what they lay out: Cypher expressions for the builders, values
 * for whoever needs rows without Neo4j (the unit tests).
 */

/** What the layout of an item depends on: the plan's property lists and its child plans. */
export type ItemShape = Pick<RelPlan, "relProps" | "nodeProps" | "children">;

/** A parent's kids: per plan, its list of items. */
export type Kids = unknown[][][];

/** How to write each part of an item of one plan. */
export interface ItemParts<T> {
  rel: (prop: string) => T;
  node: (prop: string) => T;
  /** The list of the child plan `child`, the `i`th below the far node. */
  kid: (child: RelPlan, i: number) => T;
}

/** An item of `shape`: its parts in the layout's order (children written in plan order). */
export function encodeItem<T>(shape: ItemShape, parts: ItemParts<T>): T[] {
  return [...shape.relProps.map(parts.rel), ...shape.nodeProps.map(parts.node), ...shape.children.map(parts.kid)];
}

/** A parent's kids: one list per plan, in plan order. */
export function encodeKids<T>(plans: readonly RelPlan[], list: (plan: RelPlan, i: number) => T): T[] {
  return plans.map(list);
}

/** The columns of a lookahead statement's row, by name. */
export interface LookaheadRow<T> {
  branch: T;
  id: T;
  self: T;
  kids: T;
}

/** The statement's names of the columns: short, as every row carries them. */
const COLUMNS: { readonly [K in keyof LookaheadRow<unknown>]: string } = {
  branch: "b",
  id: "id",
  self: "self",
  kids: "kids",
};

/** A row with the statement's column names, in its column order: the `RETURN` items as Cypher expressions, or a row's values. */
export function encodeRow<R extends LookaheadRow<unknown>>(row: R): Record<string, R[keyof LookaheadRow<unknown>]> {
  return { [COLUMNS.branch]: row.branch, [COLUMNS.id]: row.id, [COLUMNS.self]: row.self, [COLUMNS.kids]: row.kids };
}

/** A row a lookahead statement returned, by name. */
export function decodeRow(row: Record<string, unknown>): {
  branch: number;
  id: string;
  self: unknown[] | null;
  kids: Kids;
} {
  return {
    branch: row[COLUMNS.branch] as number,
    id: row[COLUMNS.id] as string,
    self: row[COLUMNS.self] as unknown[] | null,
    kids: row[COLUMNS.kids] as Kids,
  };
}

/** One part of an item, read in place: property `props[i]` has the value `values[at + i]` (what the stores' `remember` takes, without copying). */
export interface Part {
  props: readonly string[];
  values: readonly unknown[];
  at: number;
}

/** Reads the items of one plan's list by part; made once per list, so an item costs no offset arithmetic. */
export class ItemReader {
  private readonly nodeAt: number;
  private readonly kidsAt: number;

  constructor(private readonly shape: ItemShape) {
    this.nodeAt = shape.relProps.length;
    this.kidsAt = this.nodeAt + shape.nodeProps.length;
  }

  /** The relationship's values. */
  rel(item: readonly unknown[]): Part {
    return { props: this.shape.relProps, values: item, at: 0 };
  }

  /** The far node's values (`id` first). */
  node(item: readonly unknown[]): Part {
    return { props: this.shape.nodeProps, values: item, at: this.nodeAt };
  }

  /** The list of the `i`th child plan below the far node. */
  kid(item: readonly unknown[], i: number): unknown[][] {
    return item[this.kidsAt + i] as unknown[][];
  }
}
