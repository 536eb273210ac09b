// Generated from policy-graph's schema by `npm run schema` (src/graphql/client-kit/). Do not edit:
// a test fails when it is stale. Copy the whole client/ folder into your project.
import { cacheExchange, type CacheExchangeOpts, type KeyingConfig, type ResolverConfig } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import introspection from "./introspection.json" with { type: "json" };

/**
 * The schema, minified: Graphcache reads it to match fragments on interfaces (`... on Node`)
 * exactly instead of guessing, and to check `keys` and `resolvers` against it.
 */
export const schema: CacheExchangeOpts["schema"] = introspection;

/**
 * Types without an `id: ID!` are embedded in their parent (a key of `null`), which is what they
 * are; without this Graphcache warns "Invalid key" for each of them (Subgraph, PageInfo, Evidence, …).
 */
export const keys: KeyingConfig = {
  ActionConnection: () => null,
  ActionEdge: () => null,
  AgencyConnection: () => null,
  AgencyEdge: () => null,
  CitationHop: () => null,
  DiscoveredEntity: () => null,
  DomainConnection: () => null,
  DomainEdge: () => null,
  Evidence: () => null,
  GraphExport: () => null,
  IngestCounts: () => null,
  IngestDiff: () => null,
  IngestDiffNode: () => null,
  IngestDiffRelationship: () => null,
  IngestReport: () => null,
  LinkedDocument: () => null,
  MeasureConnection: () => null,
  MeasureEdge: () => null,
  OrganizationConnection: () => null,
  OrganizationEdge: () => null,
  PageInfo: () => null,
  Path: () => null,
  PathSearch: () => null,
  PlatformConnection: () => null,
  PlatformEdge: () => null,
  PolicyDocumentConnection: () => null,
  PolicyDocumentEdge: () => null,
  SearchHit: () => null,
  Subgraph: () => null,
  TargetConnection: () => null,
  TargetEdge: () => null,
  TaskConnection: () => null,
  TaskEdge: () => null,
  TechnologyConnection: () => null,
  TechnologyEdge: () => null,
  ZoneConnection: () => null,
  ZoneEdge: () => null,
};

/**
 * Each paged list merges its pages (`relayPagination()`). Pages are merged only between lists
 * whose other arguments (the filters) are equal, so a filtered list never mixes with the unfiltered one.
 */
export const resolvers: ResolverConfig = {
  Query: {
    actions: relayPagination(),
    agencies: relayPagination(),
    documents: relayPagination(),
    domains: relayPagination(),
    measures: relayPagination(),
    organizations: relayPagination(),
    platforms: relayPagination(),
    targets: relayPagination(),
    tasks: relayPagination(),
    technologies: relayPagination(),
    zones: relayPagination(),
  },
};

/** A Graphcache exchange for policy-graph: `exchanges: [policyGraphCacheExchange(), fetchExchange]`. */
export function policyGraphCacheExchange() {
  return cacheExchange({ schema, keys, resolvers });
}
