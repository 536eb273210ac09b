import type { Database } from "../../db/database.js";
import type { NodeRecord } from "../records.js";
import type { NodeStore } from "./node-store.js";

/** A node by id, with the properties to read (`id`, `kind` first). */
export interface NodeRequest {
  id: string;
  props: readonly string[];
}

/**
 * The batch function of the node DataLoader: ONE point lookup (`find-nodes-by-ids`, a seek on the
 * unique id constraint) for the nodes asked for in a tick, reading the union of their properties.
 * Returns one node or null per request, in request order.
 */
export async function fetchNodes(db: Database, store: NodeStore, requests: readonly NodeRequest[]): Promise<(NodeRecord | null)[]> {
  const props = [...new Set(requests.flatMap((r) => r.props))];
  const ids = [...new Set(requests.map((r) => r.id))];
  const rows = await db.read("find-nodes-by-ids", { ids, props });
  const byId = new Map(rows.map((r) => {
    const node = store.remember(props, r.values as unknown[]);
    return [node.id, node];
  }));
  return requests.map((r) => byId.get(r.id) ?? null);
}
