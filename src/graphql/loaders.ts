import DataLoader from "dataloader";
import type { Database } from "../db/database.js";
import { type NodeRecord, type Related, toNodeRecord, toRelRecord } from "./records.js";

export type Direction = "OUT" | "IN";

/**
 * The DataLoaders of ONE request (never shared between requests, so no user sees another's cache).
 * Each relationship type and direction has its own loader, so a field over N parents costs one
 * query, and a nested query costs one query per level, whatever its breadth.
 */
export class Loaders {
  /** Nodes by id; also primed with every node the other loaders fetch. */
  readonly node: DataLoader<string, NodeRecord | null>;
  private readonly related = new Map<string, DataLoader<string, Related[]>>();

  constructor(private readonly db: Database) {
    this.node = new DataLoader(async (ids) => {
      const rows = await db.read("find-nodes-by-ids", { ids });
      const byId = new Map(rows.map((r) => [(r.node as { id: string }).id, toNodeRecord(r.node)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** The loader of relationships of `type` leaving (`OUT`) or entering (`IN`) the key node. */
  relationships(type: string, direction: Direction): DataLoader<string, Related[]> {
    const key = `${direction}:${type}`;
    let loader = this.related.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.db.read(direction === "OUT" ? "find-related-outgoing" : "find-related-incoming", { ids, type });
        const byKey = new Map<string, Related[]>(ids.map((id) => [id, []]));
        for (const row of rows) {
          const node = toNodeRecord(row.node);
          this.node.prime(node.id, node);
          byKey.get(row.key as string)!.push({ rel: toRelRecord(row.rel), node });
        }
        return ids.map((id) => byKey.get(id)!);
      });
      this.related.set(key, loader);
    }
    return loader;
  }
}
