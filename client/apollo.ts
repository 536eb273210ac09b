// Generated from policy-graph's schema by `npm run schema` (src/graphql/client-kit/). Do not edit:
// a test fails when it is stale. Copy the whole client/ folder into your project.
import { InMemoryCache, type PossibleTypesMap, type TypePolicies } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import fragmentMatcher from "./possible-types.json" with { type: "json" };

/**
 * The object types behind each interface. Without it Apollo cannot tell that a `Task` is a
 * `Node`, and `... on Node`, `... on Curated`, `... on Assignment` or `... on Relationship`
 * fields are dropped without a warning.
 */
export const possibleTypes: PossibleTypesMap = fragmentMatcher.possibleTypes;

/**
 * Types without an `id: ID!` are kept inside their parent (`keyFields: false`); the others are
 * normalised by `id`, Apollo's default. Each paged list merges its pages
 * (`relayStylePagination`), keyed by every argument except first/after/last/before, so a filtered
 * list and the unfiltered one are two cache entries.
 */
export const typePolicies: TypePolicies = {
  ActionConnection: { keyFields: false },
  ActionEdge: { keyFields: false },
  AgencyConnection: { keyFields: false },
  AgencyEdge: { keyFields: false },
  CitationHop: { keyFields: false },
  DiscoveredEntity: { keyFields: false },
  DomainConnection: { keyFields: false },
  DomainEdge: { keyFields: false },
  Evidence: { keyFields: false },
  GraphExport: { keyFields: false },
  IngestCounts: { keyFields: false },
  IngestDiff: { keyFields: false },
  IngestDiffNode: { keyFields: false },
  IngestDiffRelationship: { keyFields: false },
  IngestReport: { keyFields: false },
  LinkedDocument: { keyFields: false },
  MeasureConnection: { keyFields: false },
  MeasureEdge: { keyFields: false },
  OrganizationConnection: { keyFields: false },
  OrganizationEdge: { keyFields: false },
  PageInfo: { keyFields: false },
  Path: { keyFields: false },
  PathSearch: { keyFields: false },
  PlatformConnection: { keyFields: false },
  PlatformEdge: { keyFields: false },
  PolicyDocumentConnection: { keyFields: false },
  PolicyDocumentEdge: { keyFields: false },
  Query: {
    fields: {
      actions: relayStylePagination(["nameContains", "orderBy", "partOf", "rankBy", "relatedTo"]),
      agencies: relayStylePagination(["level", "nameContains", "orderBy", "rankBy", "relatedTo"]),
      documents: relayStylePagination(["level", "nameContains", "orderBy", "rankBy", "relatedTo", "type"]),
      domains: relayStylePagination(["nameContains", "orderBy", "rankBy", "relatedTo"]),
      measures: relayStylePagination(["nameContains", "orderBy", "partOf", "rankBy", "relatedTo"]),
      organizations: relayStylePagination(["category", "nameContains", "orderBy", "rankBy", "relatedTo"]),
      platforms: relayStylePagination(["category", "nameContains", "orderBy", "rankBy", "relatedTo"]),
      targets: relayStylePagination(["nameContains", "orderBy", "rankBy", "relatedTo"]),
      tasks: relayStylePagination(["nameContains", "orderBy", "partOf", "rankBy", "relatedTo"]),
      technologies: relayStylePagination(["nameContains", "orderBy", "rankBy", "relatedTo"]),
      zones: relayStylePagination(["category", "level", "nameContains", "orderBy", "rankBy", "relatedTo"]),
    },
  },
  SearchHit: { keyFields: false },
  Subgraph: { keyFields: false },
  TargetConnection: { keyFields: false },
  TargetEdge: { keyFields: false },
  TaskConnection: { keyFields: false },
  TaskEdge: { keyFields: false },
  TechnologyConnection: { keyFields: false },
  TechnologyEdge: { keyFields: false },
  ZoneConnection: { keyFields: false },
  ZoneEdge: { keyFields: false },
};

/** An `InMemoryCache` for policy-graph: `new ApolloClient({ link, cache: createPolicyGraphCache() })`. */
export function createPolicyGraphCache(): InMemoryCache {
  return new InMemoryCache({ possibleTypes, typePolicies });
}
