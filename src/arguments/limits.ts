/** Limits on arguments: the numbers error messages name. */
export const LIMITS = {
  /** Default and maximum page size of list queries. */
  defaultPageSize: 20,
  maxPageSize: 100,
  maxSearchResults: 50,
  maxSearchQueryLength: 200,
  maxDepth: 3,
  maxPathLength: 10,
  /** Default and maximum number of paths `shortestPaths` returns. */
  defaultPaths: 10,
  maxPaths: 100,
  /** Nodes a neighbourhood or an export may return before it is cut (and says so). */
  maxSubgraphNodes: 5000,
  /** Default node limit of `neighborhood` (its `limit` argument, 1 to maxSubgraphNodes). */
  defaultNeighborhoodNodes: 500,
} as const;
