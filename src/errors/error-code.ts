/**
 * The public contract of error codes: every error a client sees carries exactly one of these in
 * `extensions.code`. Renaming or removing a member is a breaking change.
 */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  /** The database is unreachable or timed out; retrying later may succeed. */
  UNAVAILABLE = "UNAVAILABLE",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
  /**
   * `ingestDocument` refused an update that would remove more than the safe share of what the
   * document said before (a truncated copy, most likely); nothing was written. `extensions` list what
   * it would remove. Send `dryRun: true` to see the whole diff, `replace: true` to write it anyway.
   */
  UPDATE_REMOVES_TOO_MUCH = "UPDATE_REMOVES_TOO_MUCH",
  /**
   * An automatic persisted query (APQ) names a hash the server does not hold: send it again with the
   * query text. Apollo's own code, kept because APQ clients retry on exactly this code.
   */
  PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND",
}
