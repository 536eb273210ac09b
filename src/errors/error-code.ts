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
   * An automatic persisted query (APQ) names a hash the server does not hold: send it again with the
   * query text. Apollo's own code, kept because APQ clients retry on exactly this code.
   */
  PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND",
}
