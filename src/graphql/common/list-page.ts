import type { Database } from "../../db/database.js";
import type { RelFilters, RelPlan } from "../engine/lookahead.js";
import { pageStatement } from "../engine/page-statement.js";
import type { CountSpec } from "./count-spec.js";
import type { Cursor } from "./cursor.js";
import { OrderBy } from "./enums.js";

/** A list's order: by position or name, or ranked by a count. */
export type ListOrder = OrderBy | (CountSpec & { descending: boolean });

export interface PageDirection {
  /** True for first/after, false for last/before. */
  forward: boolean;
  /** Items wanted, at least 1. */
  size: number;
}

export interface PageQuery extends PageDirection {
  /** Kind and filters, as the list statements take them. */
  where: Record<string, unknown>;
  /** Whether partOf or relatedTo is set: the page walks from that node. */
  anchored: boolean;
  order: ListOrder;
  cursor: Cursor | null;
  props: readonly string[];
  /** The relationship fields selected below each item, fetched in the page's statement when it is generated (unanchored POSITION/NAME pages). */
  lookahead?: { plans: readonly RelPlan[]; variables: Record<string, unknown> };
}

export interface PageRows {
  /** The page in list order, each row with its sort key, and the lists below it when the statement looked ahead. */
  rows: { values: unknown[]; key: number | string; kids?: unknown[][][] }[];
  /** Whether more rows lie beyond the page in the direction of paging. */
  more: boolean;
  /** The kind's count-store total, when the statement reads it (unfiltered POSITION/NAME pages). */
  total?: number;
  /** The filters the lookahead's plans were written with (for reading `kids` back). */
  filters?: Map<RelPlan, RelFilters>;
}

/** A key greater than every name: the start of a backward walk in name order. */
const AFTER_EVERY_NAME = "\u{10FFFF}";
/** An ord greater than every ord. */
const AFTER_EVERY_ORD = Number.MAX_SAFE_INTEGER;

/**
 * Reads one page with one statement. POSITION and NAME pages seek the (kind, ord) or (kind, name)
 * index from the cursor (`list-entities-by-*`), forward in ascending order or backward in
 * descending order (`…-backward`, the page then reversed here), so a page deep in the list, from
 * either end, costs what the first page costs; partOf/relatedTo pages walk from that node
 * (`list-related-entities-by-*`). Rankings (`list-entities-by-count*`) are keyset-paged on
 * (±count, id) too, but must count the whole filtered kind for each page: counts are not stored.
 */
export async function readPage(db: Database, q: PageQuery): Promise<PageRows> {
  const limit = q.size + 1;
  const suffix = q.forward ? "" : "-backward";
  const edge = q.forward ? "after" : "before";
  let rows: PageRows["rows"];
  let total: number | undefined;
  let filters: Map<RelPlan, RelFilters> | undefined;
  if (typeof q.order !== "string") {
    const { descending, ...spec } = q.order;
    const result = await db.read(`list-entities-by-count${suffix}`, {
      ...q.where,
      ...spec,
      sign: descending ? -1 : 1,
      [`${edge}Key`]: q.cursor?.key ?? null,
      [`${edge}Id`]: q.cursor?.id ?? "",
      limit,
      props: q.props,
    });
    rows = result.map((r) => ({ values: r.values as unknown[], key: r.key as number }));
  } else {
    const byName = q.order === OrderBy.NAME;
    const key = byName ? "Name" : "Ord";
    const start = q.forward ? (byName ? "" : -1) : byName ? AFTER_EVERY_NAME : AFTER_EVERY_ORD;
    const params = { ...q.where, [`${edge}${key}`]: q.cursor?.key ?? start, [`${edge}Id`]: q.cursor?.id ?? "", limit };
    const sortIndex = q.props.indexOf(byName ? "name" : "ord");
    if (q.anchored) {
      // list-related-entities-by-* answer one row per item.
      const result = await db.read(`list-related-entities-by-${byName ? "name" : "position"}${suffix}`, {
        ...params,
        props: q.props,
      });
      rows = result.map((r) => ({
        values: r.values as unknown[],
        key: (r.values as unknown[])[sortIndex] as number | string,
      }));
    } else {
      const w = q.where as { kind: string; levels: unknown; category: unknown; nameContains: unknown };
      const shape = {
        kind: w.kind,
        byName,
        forward: q.forward,
        levels: w.levels !== null,
        category: w.category !== null,
        nameContains: w.nameContains !== null,
        props: q.props,
        plans: q.lookahead?.plans ?? [],
      };
      const statement = pageStatement(shape, params, q.lookahead?.variables);
      const [row] = await db.readGenerated(statement);
      const kids = (row?.kids as unknown[][][][] | undefined) ?? [];
      rows = ((row?.page as unknown[][] | undefined) ?? []).map((v, i) => ({
        values: v,
        key: v[sortIndex] as number | string,
        ...(shape.plans.length ? { kids: kids[i] } : {}),
      }));
      total = row?.total as number | undefined;
      filters = statement.filters;
    }
  }
  const more = rows.length > q.size;
  const page = rows.slice(0, q.size);
  return { rows: q.forward ? page : page.reverse(), more, total, filters };
}
