import path from "node:path";
import type { Driver } from "neo4j-driver";
import { applySchema } from "../../src/db/apply-schema.js";
import { CypherStatements } from "../../src/db/cypher-statements.js";
import { Database } from "../../src/db/database.js";
import { seedGraph } from "../../src/ingest/seed.js";
import { PROJECT_ROOT } from "../lib/neo4j.js";
import { copyCounts, nodeBatches, relationshipBatches, seedTemplate } from "./generate.js";

export interface LoadedGraph {
  scale: number;
  nodes: number;
  relationships: number;
  /** Seconds to build this size from empty: the seed, every copy so far, and index catch-up. */
  loadSeconds: number;
  /** Seconds this step took (from the previous size). */
  stepSeconds: number;
}

export interface GrowOptions {
  nodeBatch: number;
  relationshipBatch: number;
  log: (line: string) => void;
}

/**
 * Grows one Neo4j through the sizes: {@link GraphBuilder.seed} loads the service's schema and the
 * seed through the service's own loader (1×); {@link GraphBuilder.growTo} adds generated copies of
 * the seed up to n× in batches of UNWIND … CREATE, printing progress. Memory stays bounded: the
 * generator yields one batch at a time.
 */
export class GraphBuilder {
  private readonly db: Database;
  private readonly loader: Database;
  private readonly template = seedTemplate(PROJECT_ROOT);
  private scale = 0;
  private totalSeconds = 0;

  constructor(
    driver: Driver,
    private readonly o: GrowOptions,
  ) {
    this.db = new Database(driver, CypherStatements.load(path.join(PROJECT_ROOT, "cypher")), {
      queryTimeoutMs: 600_000,
    });
    this.loader = new Database(driver, CypherStatements.load(path.join(import.meta.dirname, "..", "cypher", "load")), {
      queryTimeoutMs: 600_000,
    });
  }

  /** Applies the service's schema and loads the seed with the service's loader: the 1× graph. */
  async seed(): Promise<LoadedGraph> {
    const started = performance.now();
    await applySchema(this.db, CypherStatements.load(path.join(PROJECT_ROOT, "cypher")));
    await seedGraph(this.db, PROJECT_ROOT, { force: true });
    this.scale = 1;
    return this.finish(started);
  }

  /** Adds copies until the graph is `scale` times the seed. */
  async growTo(scale: number): Promise<LoadedGraph> {
    if (this.scale < 1) throw new Error("seed() first");
    const started = performance.now();
    const range = { from: this.scale, to: scale - 1 };
    const expected = copyCounts(this.template, range);
    const progress = (what: string, done: number, total: number) =>
      this.o.log(
        `  →${scale}×: ${what} ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} (${((performance.now() - started) / 1000).toFixed(1)} s, Node heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB)`,
      );
    let done = 0;
    let reported = 0;
    for (const batch of nodeBatches(this.template, range, this.o.nodeBatch)) {
      await this.loader.write("create-nodes", { nodes: batch });
      done += batch.length;
      if (performance.now() - reported > 5000 || done === expected.nodes)
        ((reported = performance.now()), progress("nodes", done, expected.nodes));
    }
    done = 0;
    for (const batch of relationshipBatches(this.template, range, this.o.relationshipBatch)) {
      await this.loader.write("create-relationships", { relationships: batch });
      done += batch.length;
      if (performance.now() - reported > 5000 || done === expected.relationships)
        ((reported = performance.now()), progress("relationships", done, expected.relationships));
    }
    this.scale = scale;
    return this.finish(started);
  }

  /** Waits for the indexes, drops plans made for the smaller graph, and counts. */
  private async finish(started: number): Promise<LoadedGraph> {
    await this.db.read("await-indexes");
    await this.loader.write("clear-query-caches");
    const [counts] = await this.db.read("count-graph");
    const stepSeconds = (performance.now() - started) / 1000;
    this.totalSeconds += stepSeconds;
    return {
      scale: this.scale,
      nodes: Number(counts!.nodes),
      relationships: Number(counts!.relationships),
      loadSeconds: this.totalSeconds,
      stepSeconds,
    };
  }
}
