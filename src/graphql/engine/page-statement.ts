import type { GeneratedStatement } from "../../db/database.js";
import type { RelFilters, RelPlan } from "./lookahead.js";
import { ident, StatementBuilder, values } from "./lookahead-statement.js";

/**
 * One page of one kind of node in source (POSITION) or NAME order, keyset-paged on (key, id),
 * forward or backward, projected to `props`, with only the filters the request sets written into
 * the statement, the kind's count-store total, and the relationship fields selected below the page
 * (lookahead): a nested list query is ONE statement. Generated, like the lookahead statements,
 * because its shape is the request's; the rules it keeps are those the planner needs to seek the
 * (kind, ord) or (kind, name) index from the cursor and stop after `limit` rows (PartialSort, not
 * Sort), so a page after the 10,000th item costs what page 1 costs:
 * - the seek is the range from the cursor's key (`>=`, or `<=` backward); the tie-break on id is
 *   applied after the ordering, because inside the MATCH's WHERE an OR is planned as a union of two
 *   seeks read to the end;
 * - past the seek, "after the cursor's name" is tested as `<>`, not `>`: the index orders strings
 *   by code point, but Cypher's `>` compares UTF-16 units, and the two disagree between a name
 *   outside the Basic Multilingual Plane (𠀀) and one after U+E000 (（, ￮);
 * - ORDER BY starts with n.kind, the index's first property, so the index provides the order.
 * A kind is also its nodes' label, so the total is a count-store lookup on that label (0 for a
 * kind no node has). Property names are written into the text (a projection by name costs Neo4j
 * less than `[k IN $props | n[k]]`). Parameters: $kind, $afterOrd/$afterName (or $before…),
 * $afterId (or $beforeId), $limit and the set filters; the first page forward passes -1 or "" and "".
 * Returns one row: `page` (the values, in order), `kids` (per item, the lists below it, laid out as
 * row-codec.ts says) and `total`.
 */

export interface PageShape {
  kind: string;
  byName: boolean;
  forward: boolean;
  /** Which filters are set (their values are parameters). */
  levels: boolean;
  category: boolean;
  nameContains: boolean;
  /** The properties to return of each item (`id` and `kind` first). */
  props: readonly string[];
  /** The relationship fields selected below each item. */
  plans: readonly RelPlan[];
}

function pageStatementName(shape: Pick<PageShape, "byName" | "forward">): string {
  return `list-entities-by-${shape.byName ? "name" : "position"}${shape.forward ? "" : "-backward"}`;
}

/** The statement, and the filters its lookahead was written with (for reading `kids` back). */
export function pageStatement(
  shape: PageShape,
  params: Record<string, unknown>,
  variables: Record<string, unknown> = {},
): GeneratedStatement & { filters: Map<RelPlan, RelFilters> } {
  const b = new StatementBuilder(variables, "la");
  const key = shape.byName ? "name" : "ord";
  const edge = shape.forward ? "after" : "before";
  const cursor = `$${edge}${shape.byName ? "Name" : "Ord"}`;
  const desc = shape.forward ? "" : " DESC";
  const where = [`n.kind = $kind`, `n.${key} ${shape.forward ? ">=" : "<="} ${cursor}`];
  if (shape.levels) where.push("n.level IN $levels");
  if (shape.category) where.push("(n.category = $category OR n.type = $category)");
  if (shape.nameContains)
    where.push("(n.name CONTAINS $nameContains OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($nameContains))");
  const beyond = shape.byName ? `n.name <> ${cursor}` : `n.ord ${shape.forward ? ">" : "<"} ${cursor}`;
  const order = `n.kind${desc}, n.${key}${desc}, n.id${desc}`;
  // Without plans, no second column: an aggregation with a grouping key returns no row for an empty page.
  const kids = shape.plans.length ? `, collect(${b.kids(shape.plans, "n")}) AS kids` : "";
  const text = [
    "CALL () {",
    "  MATCH (n:Entity)",
    `  WHERE ${where.join("\n    AND ")}`,
    `  WITH n ORDER BY ${order}`,
    `  WITH n WHERE ${beyond} OR n.id ${shape.forward ? ">" : "<"} $${edge}Id`,
    `  WITH n ORDER BY ${order} LIMIT $limit`,
    `  RETURN collect(${values("n", shape.props)}) AS page${kids}`,
    "}",
    `CALL () { MATCH (n:${ident(shape.kind)}) RETURN count(n) AS total }`,
    `RETURN page, ${shape.plans.length ? "kids" : "[] AS kids"}, total`,
  ].join("\n");
  return { name: pageStatementName(shape), text, params: { ...params, ...b.params }, filters: b.filters };
}
