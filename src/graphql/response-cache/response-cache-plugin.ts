import { type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { OperationTypeNode } from "graphql";
import type { Context } from "../context.js";
import { responseBytes } from "../response-bytes.js";
import type { CachedResult, ResponseCache } from "./response-cache.js";

/**
 * Answers a query that was answered before, for the same operation and variables, from `cache`
 * (RESPONSE_CACHE_SECONDS). Only queries that ran without errors are stored, and only when no write
 * went through this process while they ran (`generation`, the database door's write count, is the
 * same before and after); every write makes what was stored before it unservable. The response
 * says which it was in a `Cache-Status` header (RFC 9211): `policy-graph; hit`, or
 * `policy-graph; fwd=miss` with `; stored` when it was kept.
 */
export function responseCachePlugin(cache: ResponseCache, generation: () => number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let key: string | undefined;
      let before = 0;
      let hit = false;
      return {
        async responseForOperation({ operation, request, source }) {
          if (operation.operation !== OperationTypeNode.QUERY) return null;
          key = cacheKey(source, request.operationName, request.variables);
          // Variables too deeply nested to serialise are not cached; the request runs as usual.
          if (key === undefined) return null;
          before = generation();
          const result = cache.get(key, before);
          if (!result) return null;
          hit = true;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: "single", singleResult: result },
          };
        },
        async willSendResponse({ response }) {
          if (key === undefined || response.body.kind !== "single") return;
          if (hit) {
            response.http.headers.set("cache-status", "policy-graph; hit");
            return;
          }
          const result = response.body.singleResult;
          const storable = !result.errors && generation() === before && (response.http.status ?? 200) === 200;
          if (storable) cache.set(key, before, result as CachedResult, responseBytes(result));
          response.http.headers.set("cache-status", `policy-graph; fwd=miss${storable ? "; stored" : ""}`);
        },
      };
    },
  };
}

/** The key of an answer, or undefined when the variables cannot be serialised (nested past the stack). */
function cacheKey(
  source: string | undefined,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): string | undefined {
  try {
    return JSON.stringify([source, operationName ?? null, variables ?? {}]);
  } catch {
    return undefined;
  }
}
