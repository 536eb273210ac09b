import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { ErrorCode } from "../../errors/error-code.js";
import type { Context } from "../context.js";

/** How long a client should wait before retrying an UNAVAILABLE answer (`Retry-After`, seconds). */
export const RETRY_AFTER_SECONDS = 2;

/**
 * The HTTP status of a GraphQL response, as the GraphQL-over-HTTP spec asks for each media type.
 *
 * - `application/graphql-response+json` (a client that prefers it in Accept): a response without
 *   data (absent or null) answers with the failure's status: 503 with `Retry-After` when an error is
 *   UNAVAILABLE (Neo4j down, restarting or busy, the time budget spent: retrying later helps), 401
 *   with `WWW-Authenticate: Bearer` for UNAUTHENTICATED, 403 for FORBIDDEN; one that is still 2xx
 *   then (no data at all, a request error) becomes 400, or 500 for an internal error. Any non-null
 *   data keeps 200 (a partial response).
 * - `application/json` (the default, and every legacy client): 200 for every well-formed request,
 *   as the spec says it SHOULD, since an intermediary's 5xx would look the same. Only the 4xx of
 *   requests refused before execution (parse errors, limits) stay, as they always did.
 *
 * A `null` data with UNAVAILABLE is treated as "no data": the spec recommends 200 for it, but every
 * root field failed for want of the database, and a 503 is what retry middleware and proxies act on.
 */
export function httpStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (contextValue.mediaType !== "application/graphql-response+json" || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          if ((result.data !== undefined && result.data !== null) || !result.errors?.length) return;
          const failure = statusOf(result.errors, result.data === undefined);
          // A specific 4xx already chosen (400 for a limit, 405, 413) stays; Apollo's catch-all 500 does not.
          const current = response.http.status ?? 200;
          if (!failure || (current >= 400 && current !== 500)) return;
          response.http.status = failure.status;
          for (const [name, value] of Object.entries(failure.headers ?? {})) response.http.headers.set(name, value);
        },
      };
    },
  };
}

/** The status for errors without data; undefined keeps the status Apollo chose (null data with other errors: 200). */
function statusOf(
  errors: readonly GraphQLFormattedError[],
  noData: boolean,
): { status: number; headers?: Record<string, string> } | undefined {
  const codes = new Set(errors.map((e) => e.extensions?.code));
  if (codes.has(ErrorCode.UNAUTHENTICATED))
    return { status: 401, headers: { "www-authenticate": 'Bearer realm="policy-graph"' } };
  if (codes.has(ErrorCode.FORBIDDEN)) return { status: 403 };
  if (codes.has(ErrorCode.UNAVAILABLE)) return { status: 503, headers: { "retry-after": String(RETRY_AFTER_SECONDS) } };
  if (!noData) return undefined;
  return { status: codes.has(ErrorCode.INTERNAL_SERVER_ERROR) ? 500 : 400 };
}
