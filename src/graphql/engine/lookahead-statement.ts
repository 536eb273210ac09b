import { filtersOf, type RelFilters, type RelPlan } from "./lookahead.js";
import { encodeItem, encodeKids, encodeRow } from "./row-codec.js";

/**
 * The Cypher of lookahead: for a relationship plan below a node, a COLLECT subquery returning per
 * relationship one item laid out as row-codec.ts says, nested as deep as the plans go.
 * Generated, not kept in cypher/: its shape is the query's. Relationship types and kinds come
 * from the schema's declarations (checked as identifiers) and are written into the
 * text, so Neo4j expands only the typed relationships, matches the far kind by its label, and
 * caches one plan per query shape; filter values are parameters.
 */

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
export function ident(s: string): string {
  if (!IDENT.test(s)) throw new Error(`Not a Cypher identifier the engine writes into a statement: "${s}"`);
  return s;
}
/** `v.p`: a property of the node or relationship bound to `v`. */
const prop = (v: string, p: string) => `${v}.\`${ident(p)}\``;
/** `[a, b, …]`: a Cypher list of expressions. */
const list = (items: readonly string[]) => `[${items.join(", ")}]`;
/** `[v.p1, v.p2, …]`: the values of `props` of the node or relationship bound to `v`. */
export const values = (v: string, props: readonly string[]) => list(props.map((p) => prop(v, p)));

/** Writes COLLECT subqueries for plans, collecting their parameters and the filters each was written with. */
export class StatementBuilder {
  readonly params: Record<string, unknown> = {};
  readonly filters: Map<RelPlan, RelFilters>;

  constructor(
    private readonly variables: Record<string, unknown>,
    private readonly prefix = "p",
    fixed: Map<RelPlan, RelFilters> = new Map(),
  ) {
    this.filters = new Map(fixed);
  }

  param(value: unknown): string {
    const name = `${this.prefix}${Object.keys(this.params).length}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** The kids of the node bound to `parent`: one COLLECT subquery per plan, as row-codec.ts lays them out. */
  kids(plans: readonly RelPlan[], parent: string): string {
    return list(encodeKids(plans, (p) => this.collect(p, parent, 1)));
  }

  /** The COLLECT subquery of `plan` below the node bound to `parent`; `depth` names its variables. */
  collect(plan: RelPlan, parent: string, depth: number): string {
    const r = `r${depth}`;
    const n = `n${depth}`;
    const { type, direction, kind } = plan.spec;
    let f = this.filters.get(plan);
    if (!f) this.filters.set(plan, (f = filtersOf(plan, this.variables)));
    const where: string[] = [];
    if (plan.parentKinds) where.push(`${parent}.kind IN [${plan.parentKinds.map((k) => `'${ident(k)}'`).join(", ")}]`);
    if (f.roles) where.push(`${r}.role IN ${this.param(f.roles)}`);
    if (f.levels) where.push(`${n}.level IN ${this.param(f.levels)}`);
    const arrow = direction === "OUT" ? `-[${r}:\`${ident(type)}\`]->` : `<-[${r}:\`${ident(type)}\`]-`;
    // Rows of a parent in the order a client expects: list position or ordinal, then source order.
    const order =
      direction === "OUT" ? `coalesce(${r}.position, ${r}.ordinal, -1), ${n}.ord, ${n}.id` : `${n}.ord, ${n}.id`;
    const item = encodeItem(plan, {
      rel: (p) => prop(r, p),
      node: (p) => prop(n, p),
      kid: (c) => this.collect(c, n, depth + 1),
    });
    // A node's kind is also its label: matching the label is cheaper than reading the property.
    return (
      `COLLECT { MATCH (${parent})${arrow}(${n}:${ident(kind ?? "Entity")})${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ` +
      `WITH ${r}, ${n} ORDER BY ${order} RETURN ${list(item)} }`
    );
  }
}

export interface Branch {
  ids: readonly string[];
  /** Properties of the parents themselves to return (a node lookup), or null when the parents are already known. */
  self: readonly string[] | null;
  plans: readonly RelPlan[];
}

/**
 * The one statement of a batch: one branch per group of parents (UNION ALL), each returning per
 * parent its own properties (a node lookup) and the lists of its plans.
 */
export function buildStatement(
  branches: readonly Branch[],
  variables: Record<string, unknown>,
  fixed?: Map<RelPlan, RelFilters>,
): { text: string; params: Record<string, unknown>; filters: Map<RelPlan, RelFilters> } {
  const b = new StatementBuilder(variables, "p", fixed);
  const text = branches
    .map((branch, i) => {
      const ids = b.param(branch.ids);
      const row = encodeRow({
        branch: `${i}`,
        id: "pid",
        self: branch.self ? values("a", branch.self) : "null",
        kids: b.kids(branch.plans, "a"),
      });
      return `UNWIND ${ids} AS pid MATCH (a:Entity {id: pid}) RETURN ${Object.entries(row)
        .map(([column, value]) => `${value} AS ${column}`)
        .join(", ")}`;
    })
    .join("\nUNION ALL\n");
  return { text, params: b.params, filters: b.filters };
}
