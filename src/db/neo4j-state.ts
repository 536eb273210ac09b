import type { DatabaseHealth } from "./database-health.js";
import type { Neo4jState } from "./supervisor.js";

/**
 * Neo4j's state as `/metrics` reports it: `restarting` while the embedded supervisor restarts it,
 * `down` when the supervisor gave up or the database health finds it unreachable (an external
 * `NEO4J_URI`, probed until it answers), otherwise `up`.
 */
export function neo4jState(health: DatabaseHealth, supervisor?: { state: Neo4jState }): Neo4jState {
  if (supervisor && supervisor.state !== "up") return supervisor.state;
  return health.reason === undefined ? "up" : "down";
}
