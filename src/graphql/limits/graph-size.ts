import type { Database } from "../../db/database.js";
import type { Subgraph } from "../../subgraph/subgraph.js";
import { DEFAULT_GRAPH_ITEMS } from "./render-cost.js";

/**
 * How many nodes and relationships a whole-graph export writes now: what the cost of
 * `graph(format:)` without `around` grows with (render-cost.ts). Counted once when the server
 * starts (Neo4j's count store: one cheap statement), then set by every whole-graph export from what
 * it read, so after an ingest the first whole export is costed at the size before it, and the next
 * ones at the new size. No statement runs for it while requests are served.
 */
export class GraphSize {
  constructor(private current: number = DEFAULT_GRAPH_ITEMS) {}

  /** The size counted in `db` now; {@link DEFAULT_GRAPH_ITEMS} when the count fails (it is only an estimate). */
  static async count(db: Database): Promise<GraphSize> {
    try {
      const [row] = await db.read("count-graph");
      return new GraphSize(Number(row?.nodes ?? 0) + Number(row?.relationships ?? 0));
    } catch {
      return new GraphSize();
    }
  }

  /** Nodes plus relationships. */
  get items(): number {
    return this.current;
  }

  /** Records what a whole-graph export read. */
  observe(whole: Subgraph): void {
    this.current = whole.nodes.length + whole.edges.length;
  }
}
