import type { GraphQLFormattedError } from "graphql";
import { ErrorCode } from "../errors/error-code.js";

const OURS = new Set<string>(Object.values(ErrorCode));
/** Apollo's codes for requests that are malformed: the client's fault, reported as BAD_USER_INPUT. */
const CLIENT_FAULTS = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "OPERATION_RESOLUTION_FAILURE", "PERSISTED_QUERY_NOT_SUPPORTED", "PERSISTED_QUERY_NOT_FOUND"]);

/**
 * Gives every error a code from {@link ErrorCode}, the public contract. Unexpected errors become
 * INTERNAL_SERVER_ERROR; in production their message (which may hold Cypher or driver details) is
 * replaced and they are logged instead.
 */
export function formatErrorFor(production: boolean, log: (line: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? "");
    if (OURS.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) return strip(formatted, production);
    if (CLIENT_FAULTS.has(code)) return strip({ ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } }, production);
    log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    const message = production ? "Internal server error." : formatted.message;
    return strip({ ...formatted, message, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } }, production);
  };
}

function strip(f: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  if (!production || !f.extensions?.stacktrace) return f;
  const { stacktrace: _dropped, ...extensions } = f.extensions;
  return { ...f, extensions };
}
