import type { Database } from "../../db/database.js";
import type { NodeRecord, Related } from "../records.js";
import { type RelFilters, type RelPlan, relKey } from "./lookahead.js";
import { type Branch, buildStatement } from "./lookahead-statement.js";
import type { NodeStore } from "./node-store.js";
import type { RelStore } from "./rel-store.js";
import { decodeRow, ItemReader, type Kids } from "./row-codec.js";
import type { RelationSpec } from "./relation.js";

/** What a request has fetched so far, and its variables (for the filters of the plans looked ahead). */
export interface Stores {
  nodes: NodeStore;
  rels: RelStore;
  variables: Record<string, unknown>;
}

/** One relationship field of one parent node, with the plans of the fields selected below its far nodes. */
export interface RelRequest {
  id: string;
  spec: RelationSpec;
  filters: RelFilters;
  relProps: readonly string[];
  nodeProps: readonly string[];
  below: readonly RelPlan[];
}

/** A node by id, with the properties to read (`id`, `kind` first) and the plans of the fields selected below it. */
export interface NodeRequest {
  id: string;
  props: readonly string[];
  below: readonly RelPlan[];
}

/** A stable number per plan list (lists are memoized per field of a document), to group requests by what they look ahead to. */
const listIds = new WeakMap<readonly RelPlan[], number>();
let nextListId = 0;
const idOf = (plans: readonly RelPlan[]) => {
  let id = listIds.get(plans);
  if (id === undefined) listIds.set(plans, (id = nextListId++));
  return id;
};

/** A parent of looked-ahead lists: its id, and its kind when known. */
export interface Parent {
  id: string;
  kind?: string;
}

/**
 * Reads one plan's list below a parent back into the stores (row-codec.ts says how an item is laid
 * out), and the lists below its far nodes, recursively. A plan selected only on some kinds
 * (`... on Task { mentions }`) came back empty for a parent of another kind; that empty list is not
 * stored, so it cannot hide the list another plan of the same relationship fetched for it
 * (`... on Measure { mentions }`).
 */
function fill(
  stores: Stores,
  plan: RelPlan,
  filters: Map<RelPlan, RelFilters>,
  parent: Parent,
  items: unknown[][],
): void {
  if (plan.parentKinds && parent.kind !== undefined && !plan.parentKinds.includes(parent.kind)) return;
  const parentId = parent.id;
  const out = plan.spec.direction === "OUT";
  const read = new ItemReader(plan);
  const list: Related[] = items.map((item) => {
    const far = read.node(item);
    const node = stores.nodes.remember(far.props, far.values, far.at);
    const r = read.rel(item);
    const rel = stores.rels.remember(
      plan.spec.type,
      out ? parentId : node.id,
      out ? node.id : parentId,
      r.props,
      r.values,
      r.at,
    );
    for (let i = 0; i < plan.children.length; i++) fill(stores, plan.children[i]!, filters, node, read.kid(item, i));
    return { rel, node };
  });
  stores.rels.put(parentId, relKey(plan.spec, filters.get(plan)!), list, plan.relProps, plan.nodeProps);
}

/** Reads a parent's kids (one list per plan, as a statement returns them) into the stores. */
export function fillBelow(
  stores: Stores,
  plans: readonly RelPlan[],
  filters: Map<RelPlan, RelFilters>,
  parent: Parent,
  kids: Kids,
): void {
  plans.forEach((p, i) => fill(stores, p, filters, parent, kids[i]!));
}

/** What a statement's parent rows are looked up with: their kind, for the plans selected on some kinds only. */
const KIND = ["kind"] as const;

async function run(
  db: Database,
  name: string,
  stores: Stores,
  branches: Branch[],
  fixed?: Map<RelPlan, RelFilters>,
): Promise<void> {
  const built = buildStatement(branches, stores.variables, fixed);
  const rows = await db.readGenerated({ name, text: built.text, params: built.params });
  for (const { branch: b, id, self, kids } of rows.map(decodeRow)) {
    const branch = branches[b]!;
    if (branch.self) stores.nodes.remember(branch.self, self!);
    fillBelow(stores, branch.plans, built.filters, stores.nodes.get(id, KIND) ?? { id }, kids);
  }
}

/**
 * The batch function of the relationship DataLoader: ONE statement for all the relationship fields
 * of a tick and every relationship field selected below them. Requests are grouped by field
 * (relationship, filters, what they look ahead to); a group is one branch with its parents' ids
 * and the union of the properties its requests read. Returns one list per request, in request order.
 */
export async function fetchRelated(
  db: Database,
  stores: Stores,
  requests: readonly RelRequest[],
): Promise<Related[][]> {
  const groups = new Map<
    string,
    { plan: RelPlan & { relProps: string[]; nodeProps: string[] }; filters: RelFilters; ids: Set<string> }
  >();
  for (const r of requests) {
    const key = `${relKey(r.spec, r.filters)}|${idOf(r.below)}`;
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = {
          plan: { spec: r.spec, parentKinds: null, relProps: [], nodeProps: [], args: null, children: r.below },
          filters: r.filters,
          ids: new Set(),
        }),
      );
    g.ids.add(r.id);
    for (const p of r.relProps) if (!g.plan.relProps.includes(p)) g.plan.relProps.push(p);
    for (const p of r.nodeProps) if (!g.plan.nodeProps.includes(p)) g.plan.nodeProps.push(p);
  }
  // Groups with the same parents (a level's fields, for every node of the level) share one branch.
  const branches = new Map<string, Branch & { plans: RelPlan[] }>();
  for (const g of groups.values()) {
    const ids = [...g.ids];
    const key = ids.join("\u0000");
    const branch = branches.get(key);
    if (branch) branch.plans.push(g.plan);
    else branches.set(key, { ids, self: null, plans: [g.plan] });
  }
  const fixed = new Map([...groups.values()].map((g) => [g.plan as RelPlan, g.filters]));
  await run(db, "lookahead-related", stores, [...branches.values()], fixed);
  return requests.map((r) => stores.rels.get(r.id, relKey(r.spec, r.filters), r.relProps, r.nodeProps) ?? []);
}

/**
 * The batch function of the node DataLoader: ONE statement (a seek on the unique id constraint per
 * id) for the nodes asked for in a tick, reading the union of the properties of each group of
 * requests, and the relationship fields selected below them. Returns one node or null per request.
 */
export async function fetchNodes(
  db: Database,
  stores: Stores,
  requests: readonly NodeRequest[],
): Promise<(NodeRecord | null)[]> {
  const groups = new Map<number, { ids: Set<string>; self: string[]; plans: readonly RelPlan[] }>();
  for (const r of requests) {
    const key = idOf(r.below);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ids: new Set(), self: [], plans: r.below }));
    g.ids.add(r.id);
    for (const p of r.props) if (!g.self.includes(p)) g.self.push(p);
  }
  await run(
    db,
    "lookahead-nodes",
    stores,
    [...groups.values()].map((g) => ({ ids: [...g.ids], self: g.self, plans: g.plans })),
  );
  return requests.map((r) => stores.nodes.get(r.id, r.props) ?? null);
}
