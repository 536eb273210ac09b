import type { Request, Response } from "express";
import type { Database } from "../db/database.js";
import { firstLine } from "../errors/first-line.js";

/**
 * `GET /health` is liveness: this Node process is up and its event loop answers. It says nothing
 * about Neo4j (a supervisor that restarted the service whenever Neo4j restarts would only make
 * things worse); a 200 here with a 503 on /ready means "alive, waiting for the database".
 */
export function healthRoute() {
  return (_req: Request, res: Response): void => {
    res.json({ status: "ok" });
  };
}

/**
 * `GET /ready` is readiness: 200 when Neo4j answers and holds a graph (it may have been wiped, or
 * SEED=never on an empty one); 503 otherwise, with the reason, e.g. "Neo4j is restarting (attempt 2
 * of 5)". A load balancer sends traffic only while it is 200.
 */
export function readyRoute(db: Database) {
  return async (_req: Request, res: Response): Promise<void> => {
    const reason = db.health.reason;
    if (reason !== undefined) {
      res.status(503).json({ status: "unavailable", neo4j: "down", graphLoaded: false, reason });
      return;
    }
    try {
      const [counts] = await db.read("count-graph");
      const loaded = Number(counts?.nodes ?? 0) > 0;
      res.status(loaded ? 200 : 503).json({
        status: loaded ? "ready" : "empty",
        neo4j: "up",
        graphLoaded: loaded,
        nodes: counts?.nodes,
        relationships: counts?.relationships,
        ...(loaded ? {} : { reason: "Neo4j holds no graph: load one with npm run seed, or start with SEED=auto" }),
      });
    } catch (error) {
      res.status(503).json({ status: "unavailable", neo4j: "down", graphLoaded: false, reason: db.health.reason ?? describe(error) });
    }
  };
}

function describe(error: unknown): string {
  return firstLine(error, 300);
}
