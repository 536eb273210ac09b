import type { Database } from "../../db/database.js";
import type { CountSpec } from "../common/count-spec.js";

/** One count of one node: what the engine batches for `degree` and `responsibleCount`. */
export interface CountRequest extends CountSpec {
  id: string;
}

/**
 * The batch function of the count DataLoader: ONE statement (`count-relationships`) for all the
 * counts of a tick, as fetchRelated does for relationships. Requests are grouped by their count
 * spec; a group carries the ids of its nodes. Returns one count per request, in request order
 * (0 for a node that no longer exists).
 */
export async function fetchCounts(db: Database, requests: readonly CountRequest[]): Promise<number[]> {
  const byKey = new Map<string, { index: number; spec: CountSpec; ids: string[]; at: Map<string, number> }>();
  const place = requests.map((r) => {
    const spec: CountSpec = { types: r.types, direction: r.direction, roles: r.roles, otherKinds: r.otherKinds };
    const key = JSON.stringify(spec);
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = { index: byKey.size, spec, ids: [], at: new Map() }));
    if (!g.at.has(r.id)) g.at.set(r.id, g.ids.push(r.id) - 1);
    return [g.index, g.at.get(r.id)!] as const;
  });
  const groups = [...byKey.values()].map((g) => ({ index: g.index, ids: g.ids, ...g.spec }));
  const rows = await db.read("count-relationships", { groups });
  const counts = groups.map((g) => new Array<number>(g.ids.length).fill(0));
  for (const row of rows) counts[row.g as number]![row.i as number] = row.count as number;
  return place.map(([g, i]) => counts[g]![i]!);
}
