import type { Request, Response } from "express";
import type { Database } from "../db/database.js";
import { firstLine } from "../errors/first-line.js";

/**
 * `GET /health` is liveness: this Node process is up, its event loop answers, and it can still
 * serve some day. A Neo4j that is restarting or unreachable does not fail it (restarting the
 * service then would only make things worse): a 200 here with a 503 on /ready means "alive, waiting
 * for the database". But once the embedded Neo4j's supervisor has given up (`failure` returns its
 * reason), nothing in this process will bring it back: 503 with the reason, so that a liveness
 * probe restarts the service instead of leaving it answering UNAVAILABLE for ever.
 */
export function healthRoute(failure: () => string | undefined = () => undefined) {
  return (_req: Request, res: Response): void => {
    const reason = failure();
    if (reason !== undefined) {
      res.status(503).json({ status: "failing", reason: `${reason}. Restart the service once the cause is fixed.` });
      return;
    }
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
      res.status(503).json({
        status: "unavailable",
        neo4j: "down",
        graphLoaded: false,
        reason: db.health.reason ?? describe(error),
      });
    }
  };
}

function describe(error: unknown): string {
  return firstLine(error, 300);
}
