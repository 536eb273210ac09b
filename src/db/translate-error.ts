import neo4j, { Neo4jError } from "neo4j-driver";
import { UnavailableError } from "../errors/client-errors.js";

/** True for driver failures that mean "the server cannot be reached", which open the circuit breaker. */
export function isUnreachable(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (error.code === neo4j.error.SERVICE_UNAVAILABLE || error.code === neo4j.error.SESSION_EXPIRED)
  );
}

/**
 * Maps driver failures a client can do nothing about but wait to {@link UnavailableError}; others
 * pass through. A pool with no free connection in time is such a failure too: the driver reports it
 * with no code, only its message.
 */
export function translate(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (isAuthenticationFailure(error)) {
    return new UnavailableError(
      "The graph database refused the service's credentials; try again shortly.",
      "unreachable",
    );
  }
  if (isUnreachable(error)) {
    return new UnavailableError("The graph database is not reachable right now; try again shortly.", "unreachable");
  }
  if (error.message.startsWith("Connection acquisition timed out")) {
    return new UnavailableError("Every connection to the graph database is busy; try again shortly.", "busy");
  }
  if (error.code.includes("TransactionTimedOut") || error.code.includes("Transaction.Terminated")) {
    return new UnavailableError(
      "The query took too long and was stopped; narrow it (smaller first, depth or fewer types) and try again.",
      "timeout",
    );
  }
  return error;
}

/** Neo4j refused the service's own credentials (wrong password, or its failed-login rate limit). */
export function isAuthenticationFailure(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    /^Neo\.ClientError\.Security\.(Unauthorized|AuthenticationRateLimit|CredentialsExpired|TokenExpired)$/.test(
      error.code,
    )
  );
}
