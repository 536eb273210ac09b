import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from "type-graphql";
import { ExportDetail, ExportFormat } from "../../export/export-format.js";
import { GexfVersion } from "../../export/to-gexf.js";
import { NotFoundError } from "../../errors/client-errors.js";
import { explainPathSearch, type PathQuery, searchPaths } from "../../subgraph/path-search.js";
import { checkRelationshipTypes, fetchExportSubgraph, fetchNeighborhood } from "../../subgraph/subgraph-queries.js";
import { DRAWING, drawingWith, EXPORT } from "../../subgraph/subgraph-rows.js";
import type { Subgraph as PlainSubgraph } from "../../subgraph/subgraph.js";
import { LIMITS } from "../../arguments/limits.js";
import { checkRange } from "../../arguments/validate.js";
import type { Context } from "../context.js";
import { subgraphEdgePlan } from "../engine/plans.js";
import { GraphExport, toGraphExport } from "./graph-export.type.js";
import { toGraphEdge, toGraphNode } from "./graph-ids.js";
import { Path, PathSearch, Subgraph } from "./subgraph.type.js";

/** Nodes and edges with the drawing's own ids (graph-ids.ts). */
function drawn(g: PlainSubgraph) {
  return { nodes: g.nodes.map(toGraphNode), edges: g.edges.map(toGraphEdge) };
}

const TYPES_DESCRIPTION = 'Relationship types to follow (e.g. ["SUPPORTS", "OPERATED_BY"]); all when omitted.';

/** Checks a path query's arguments, as `neighborhood` checks its own. */
function pathQuery(
  from: string,
  to: string,
  maxLength: number,
  types: string[] | null,
  limit: number,
  probe: boolean,
  relProps: readonly string[],
): PathQuery {
  checkRange("maxLength", maxLength, 1, LIMITS.maxPathLength);
  checkRange("limit", limit, 1, LIMITS.maxPaths);
  return { from, to, maxLength, types: checkRelationshipTypes(types), limit, probe, relProps };
}

@Resolver()
export class GraphResolver {
  @Query(() => Subgraph, {
    description:
      "Everything within `depth` hops (1–3) of a node, optionally only over some relationship types, up to `limit` nodes. " +
      "The cost is bounded by `limit`, not by the size of the graph: when the limit cuts the result, `truncated` is true and only " +
      "edges between returned nodes are kept; narrow it with `types` or a smaller `depth`, or raise `limit`.",
  })
  async neighborhood(
    @Arg("id", () => ID) id: string,
    @Arg("depth", () => Int, { defaultValue: 1 }) depth: number,
    @Arg("types", () => [String], { nullable: true, description: TYPES_DESCRIPTION }) types: string[] | null,
    @Arg("limit", () => Int, {
      defaultValue: LIMITS.defaultNeighborhoodNodes,
      description: `Most nodes to return, 1–${LIMITS.maxSubgraphNodes} (default ${LIMITS.defaultNeighborhoodNodes}), the start node included.`,
    })
    limit: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    checkRange("depth", depth, 1, LIMITS.maxDepth);
    checkRange("limit", limit, 1, LIMITS.maxSubgraphNodes);
    const g = await fetchNeighborhood(
      ctx.db,
      id,
      depth,
      checkRelationshipTypes(types),
      limit,
      drawingWith(subgraphEdgePlan(info, "edges")),
    );
    return { ...drawn(g), truncated: g.truncated };
  }

  @Query(() => Path, {
    nullable: true,
    description:
      "A shortest path between two nodes, ignoring direction, optionally only over some relationship types; null when none is within maxLength (1–10, default 6). shortestPaths returns every shortest path, and says why when there is none.",
  })
  async shortestPath(
    @Arg("from", () => ID) from: string,
    @Arg("to", () => ID) to: string,
    @Arg("maxLength", () => Int, { defaultValue: 6 }) maxLength: number,
    @Arg("types", () => [String], { nullable: true, description: TYPES_DESCRIPTION }) types: string[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const q = pathQuery(from, to, maxLength, types, 1, false, subgraphEdgePlan(info, "edges"));
    const r = await searchPaths(ctx.db, q);
    if (r.outcome === "UNKNOWN_FROM") throw new NotFoundError(from);
    if (r.outcome === "UNKNOWN_TO") throw new NotFoundError(to);
    const path = r.paths[0];
    return path ? { ...drawn(path), length: path.edges.length } : null;
  }

  @Query(() => PathSearch, {
    description:
      "Every shortest path between two nodes (up to `limit`), ignoring direction, optionally only over some relationship types. " +
      "Never null: when there is no path within maxLength, `explanation` says whether a longer one exists (a search of up to 20 hops), " +
      "or the nodes are disconnected under those types, or which id is unknown.",
  })
  async shortestPaths(
    @Arg("from", () => ID) from: string,
    @Arg("to", () => ID) to: string,
    @Arg("maxLength", () => Int, { defaultValue: 6, description: "Most hops, 1–10 (default 6)." }) maxLength: number,
    @Arg("types", () => [String], { nullable: true, description: TYPES_DESCRIPTION }) types: string[] | null,
    @Arg("limit", () => Int, {
      defaultValue: LIMITS.defaultPaths,
      description: `Most paths to return, 1–${LIMITS.maxPaths} (default ${LIMITS.defaultPaths}).`,
    })
    limit: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PathSearch> {
    const q = pathQuery(from, to, maxLength, types, limit, true, subgraphEdgePlan(info, "paths.edges"));
    const r = await searchPaths(ctx.db, q);
    const paths = r.paths.map((p) => ({ ...drawn(p), length: p.edges.length }));
    return {
      found: paths.length > 0,
      outcome: r.outcome,
      paths,
      shortestLength: paths[0]?.length ?? r.longerLength,
      explanation: explainPathSearch(q, r),
    };
  }

  @Query(() => GraphExport, {
    description:
      "The whole graph, or the neighbourhood of `around`, as a file a visualisation tool opens: Cytoscape.js JSON as a JSON value (`json`), " +
      "GraphML, GEXF or CSV as text (`text`). Also served over plain HTTP at /export/…. " +
      "Its cost grows with what it writes: the format's cost per node and relationship times their number (the whole graph's, or for `around` an assumed 100 per hop).",
  })
  async graph(
    @Arg("format", () => ExportFormat) format: ExportFormat,
    @Arg("around", () => ID, { nullable: true, description: "Export only the neighbourhood of this node." })
    around: string | null,
    @Arg("depth", () => Int, { defaultValue: 1, description: "Hops around `around` (1–3)." }) depth: number,
    @Arg("gexfVersion", () => GexfVersion, {
      defaultValue: GexfVersion.V1_2,
      description: "GEXF only: the version to write.",
    })
    gexfVersion: GexfVersion,
    @Arg("detail", () => ExportDetail, {
      defaultValue: ExportDetail.FULL,
      description: "FULL (every property and the evidence) or DRAWING (what a drawing needs).",
    })
    detail: ExportDetail,
    @Ctx() ctx: Context,
  ): Promise<GraphExport> {
    // Read and rendered in this client's turn, the rendering off the event loop (src/export/render-pool.ts).
    const rendered = await ctx.render(async () => {
      const graph = await fetchExportSubgraph(
        ctx.db,
        around,
        depth,
        detail === ExportDetail.DRAWING ? DRAWING : EXPORT,
      );
      if (!around) ctx.graphSize?.observe(graph);
      return { kind: "subgraph", graph, format, gexfVersion, publicUrl: ctx.publicUrl };
    });
    return toGraphExport(format, rendered);
  }
}
