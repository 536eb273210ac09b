import type { Database } from "../db/database.js";
import { drawingWith, projectionParams, toEdge, toNode } from "./subgraph-rows.js";
import type { Subgraph } from "./subgraph.js";

/** How far the bounded search for a longer path looks (`cypher/find-shortest-paths.cypher`). */
export const PATH_PROBE_LENGTH = 20;

/**
 * What a path search found: paths, a longer path only, no path within the search, or an unknown
 * end. One list of values, which the API registers as its `PathOutcome` enum.
 */
export const PathOutcome = {
  FOUND: "FOUND",
  LONGER: "LONGER",
  NONE_WITHIN_SEARCH: "NONE_WITHIN_SEARCH",
  UNKNOWN_FROM: "UNKNOWN_FROM",
  UNKNOWN_TO: "UNKNOWN_TO",
} as const;
export type PathOutcome = (typeof PathOutcome)[keyof typeof PathOutcome];

export interface PathQuery {
  from: string;
  to: string;
  /** Most hops, 1–10. */
  maxLength: number;
  /** Relationship types a path may use; any when null. */
  types: string[] | null;
  /** Most paths to return (all have the shortest length). */
  limit: number;
  /** Look for a longer path (up to {@link PATH_PROBE_LENGTH} hops) when none is within maxLength. */
  probe: boolean;
  /** Relationship properties to read (the evidence lists when selected). */
  relProps: readonly string[];
}

export interface PathSearchResult {
  outcome: PathOutcome;
  paths: Subgraph[];
  /** The shortest length over the same types when only a longer path exists (outcome LONGER). */
  longerLength: number | null;
}

/** The shortest paths of a {@link PathQuery}, in one statement; a node's path to itself is that node. */
export async function searchPaths(db: Database, q: PathQuery): Promise<PathSearchResult> {
  const [row] = await db.read("find-shortest-paths", {
    from: q.from,
    to: q.to,
    maxLength: q.maxLength,
    types: q.types,
    limit: q.limit,
    probe: q.probe,
    ...projectionParams(drawingWith(q.relProps)),
  });
  if (!row?.fromFound) return { outcome: "UNKNOWN_FROM", paths: [], longerLength: null };
  if (!row.toFound) return { outcome: "UNKNOWN_TO", paths: [], longerLength: null };
  if (row.same) return { outcome: "FOUND", paths: [{ nodes: [toNode(row.start)], edges: [] }], longerLength: null };
  const paths = (row.paths as { nodes: unknown[]; rels: unknown[] }[]).map((p) => ({
    nodes: p.nodes.map(toNode),
    edges: p.rels.map(toEdge),
  }));
  if (paths.length > 0) return { outcome: "FOUND", paths, longerLength: null };
  const longer = (row.longer as number | null | undefined) ?? null;
  return { outcome: longer === null ? "NONE_WITHIN_SEARCH" : "LONGER", paths: [], longerLength: longer };
}

/** A sentence for people saying what a search found, and what to change when it found nothing. */
export function explainPathSearch(q: PathQuery, r: PathSearchResult): string {
  const over = q.types ? ` over ${q.types.join(", ")}` : "";
  switch (r.outcome) {
    case "FOUND": {
      const hops = r.paths[0]!.edges.length;
      return `${r.paths.length} shortest path${r.paths.length === 1 ? "" : "s"} of ${hops} hop${hops === 1 ? "" : "s"}${over}${r.paths.length === q.limit && hops > 0 ? ` (at most limit = ${q.limit} returned)` : ""}.`;
    }
    case "LONGER":
      return `No path of at most ${q.maxLength} hops${over}; the shortest has ${r.longerLength} hops: pass maxLength: ${r.longerLength}${r.longerLength! > 10 ? " (over the limit of 10: split it at a node in between)" : ""}.`;
    case "NONE_WITHIN_SEARCH":
      return `No path of at most ${PATH_PROBE_LENGTH} hops joins ${q.from} and ${q.to}${over}: under these types they are disconnected (or joined only by a path longer than ${PATH_PROBE_LENGTH} hops).${q.types ? " Allow more relationship types." : ""}`;
    case "UNKNOWN_FROM":
      return `No node has the id "${q.from}" (from); search() finds ids.`;
    case "UNKNOWN_TO":
      return `No node has the id "${q.to}" (to); search() finds ids.`;
    default: {
      const never: never = r.outcome;
      return never;
    }
  }
}
