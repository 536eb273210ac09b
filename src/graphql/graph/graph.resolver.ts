import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { renderSubgraph } from "../../export/index.js";
import { ExportFormat } from "../../export/export-format.js";
import { GexfVersion } from "../../export/to-gexf.js";
import { checkRelationshipTypes, fetchExportSubgraph, fetchNeighborhood, fetchShortestPath } from "../../graph/subgraph-queries.js";
import type { Subgraph as PlainSubgraph } from "../../graph/subgraph.js";
import { LIMITS } from "../common/limits.js";
import { checkRange } from "../common/validate.js";
import type { Context } from "../context.js";
import { Path, Subgraph } from "./subgraph.type.js";

/** The plain shape's role property lifted to a field, as GraphEdge has it. */
function flatten(g: PlainSubgraph) {
  return { nodes: g.nodes, edges: g.edges.map((e) => ({ ...e, role: (e.properties?.role as string | undefined) ?? null })) };
}

@Resolver()
export class GraphResolver {
  @Query(() => Subgraph, {
    description: "Everything within `depth` hops (1–3) of a node, optionally only over some relationship types, up to `limit` nodes. "
      + "The cost is bounded by `limit`, not by the size of the graph: when the limit cuts the result, `truncated` is true and only "
      + "edges between returned nodes are kept; narrow it with `types` or a smaller `depth`, or raise `limit`.",
  })
  async neighborhood(
    @Arg("id", () => ID) id: string,
    @Arg("depth", () => Int, { defaultValue: 1 }) depth: number,
    @Arg("types", () => [String], { nullable: true, description: "Relationship types to follow (e.g. [\"SUPPORTS\", \"OPERATED_BY\"]); all when omitted." }) types: string[] | null,
    @Arg("limit", () => Int, { defaultValue: LIMITS.defaultNeighborhoodNodes, description: `Most nodes to return, 1–${LIMITS.maxSubgraphNodes} (default ${LIMITS.defaultNeighborhoodNodes}), the start node included.` }) limit: number,
    @Ctx() ctx: Context,
  ) {
    checkRange("depth", depth, 1, LIMITS.maxDepth);
    checkRange("limit", limit, 1, LIMITS.maxSubgraphNodes);
    const g = await fetchNeighborhood(ctx.db, id, depth, checkRelationshipTypes(types), limit);
    return { ...flatten(g), truncated: g.truncated };
  }

  @Query(() => Path, { nullable: true, description: "A shortest path between two nodes, ignoring direction; null when none is within maxLength (1–10, default 6)." })
  async shortestPath(
    @Arg("from", () => ID) from: string,
    @Arg("to", () => ID) to: string,
    @Arg("maxLength", () => Int, { defaultValue: 6 }) maxLength: number,
    @Ctx() ctx: Context,
  ) {
    checkRange("maxLength", maxLength, 1, LIMITS.maxPathLength);
    const path = await fetchShortestPath(ctx.db, from, to, maxLength);
    return path && { ...flatten(path), length: path.edges.length };
  }

  @Query(() => String, {
    description: "The whole graph, or the neighbourhood of `around`, as a file a visualisation tool opens (Cytoscape.js JSON, GraphML, GEXF, CSV). Also served over plain HTTP at /export/…",
  })
  async graph(
    @Arg("format", () => ExportFormat) format: ExportFormat,
    @Arg("around", () => ID, { nullable: true, description: "Export only the neighbourhood of this node." }) around: string | null,
    @Arg("depth", () => Int, { defaultValue: 1, description: "Hops around `around` (1–3)." }) depth: number,
    @Arg("gexfVersion", () => GexfVersion, { defaultValue: GexfVersion.V1_2, description: "GEXF only: the version to write." }) gexfVersion: GexfVersion,
    @Ctx() ctx: Context,
  ) {
    return renderSubgraph(await fetchExportSubgraph(ctx.db, around, depth), format, { gexfVersion });
  }
}
