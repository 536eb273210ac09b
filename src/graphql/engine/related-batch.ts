import type { Database } from "../../db/database.js";
import { assignValues, type Related, type RelRecord } from "../records.js";
import type { NodeStore } from "./node-store.js";

export type Direction = "OUT" | "IN";

/** One relationship field of one parent node: what the engine batches. */
export interface RelRequest {
  id: string;
  type: string;
  direction: Direction;
  /** Only nodes of this kind at the far end (a task's technologies are its MENTIONS of Technology). */
  kind: string | null;
  /** Only relationships with one of these roles (`responsible(role: [LEAD])`); all when null. */
  roles: readonly string[] | null;
  /** Only far nodes of one of these levels (`implements(level: [NATIONAL])`); all when null. */
  levels: readonly string[] | null;
  /** Relationship properties to read. */
  relProps: readonly string[];
  /** Properties of the far node to read (`id`, `kind` first). */
  nodeProps: readonly string[];
}

interface Group {
  index: number;
  type: string;
  out: boolean;
  kind: string | null;
  roles: readonly string[] | null;
  levels: readonly string[] | null;
  ids: string[];
  relProps: string[];
  nodeProps: string[];
}

/**
 * The batch function of the relationship DataLoader: ONE statement (`find-related`) for all the
 * relationship requests of a tick. Requests are grouped by (type, direction, far kind, roles,
 * levels); a group carries its parents' ids and the union of the properties its requests read.
 * Rows name their group and parent by position; each far node goes through the request's node
 * store, so a node met twice is one record. Returns one list per request, in request order.
 */
export async function fetchRelated(db: Database, store: NodeStore, requests: readonly RelRequest[]): Promise<Related[][]> {
  const byKey = new Map<string, { group: Group; ids: Set<string>; relProps: Set<string>; nodeProps: Set<string> }>();
  const groupOf = requests.map((r) => {
    const key = JSON.stringify([r.type, r.direction, r.kind, r.roles, r.levels]);
    let g = byKey.get(key);
    if (!g) {
      const group = { index: byKey.size, type: r.type, out: r.direction === "OUT", kind: r.kind, roles: r.roles, levels: r.levels, ids: [], relProps: [], nodeProps: [] };
      byKey.set(key, (g = { group, ids: new Set(), relProps: new Set(), nodeProps: new Set() }));
    }
    g.ids.add(r.id);
    r.relProps.forEach((p) => g.relProps.add(p));
    r.nodeProps.forEach((p) => g.nodeProps.add(p));
    return g.group.index;
  });
  const groups: Group[] = [...byKey.values()].map((g) => ({ ...g.group, ids: [...g.ids], relProps: [...g.relProps], nodeProps: [...g.nodeProps] }));
  const rows = await db.read("find-related", { groups });
  const found = groups.map(() => new Map<string, Related[]>());
  for (const row of rows) {
    const g = groups[row.g as number]!;
    const id = g.ids[row.i as number]!;
    const node = store.remember(g.nodeProps, row.node as unknown[]);
    const ends = { startId: g.out ? id : node.id, endId: g.out ? node.id : id };
    const rel = assignValues({ type: g.type, ...ends, evidence: [] } as unknown as RelRecord, g.relProps, row.rel as unknown[]);
    const list = found[g.index]!.get(id);
    if (list) list.push({ rel, node });
    else found[g.index]!.set(id, [{ rel, node }]);
  }
  return requests.map((r, i) => found[groupOf[i]!]!.get(r.id) ?? []);
}
