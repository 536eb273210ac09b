import type { Request } from "express";

/** The two media types a single GraphQL response can be served as (GraphQL over HTTP). */
export type GraphQLMediaType = "application/json" | "application/graphql-response+json";

/**
 * The media type Apollo will answer this request with: the client's preference by its Accept
 * header, `application/json` first on a tie or without one, as Apollo's own negotiation ranks them
 * (both use the `negotiator` package). The HTTP status of an error depends on it: see
 * src/graphql/http-status/http-status-plugin.ts.
 */
export function graphqlMediaType(req: Request): GraphQLMediaType {
  if (!req.headers.accept) return "application/json";
  return req.accepts(["application/json", "application/graphql-response+json"]) === "application/graphql-response+json"
    ? "application/graphql-response+json"
    : "application/json";
}
