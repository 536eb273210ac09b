import {
  type FieldNode,
  getNamedType,
  getNullableType,
  type GraphQLField,
  GraphQLList,
  isCompositeType,
  Kind,
} from "graphql";
import type { ComplexityEstimator } from "graphql-query-complexity";
import { LIMITS } from "../../arguments/limits.js";
import { DEFAULT_GRAPH_ITEMS, renderCost } from "./render-cost.js";

/**
 * What a field costs: its own work plus, for a list, its children times the number of items.
 * Costs are in "property reads": a scalar field costs 1, an object field 1 plus its selection.
 */
export interface CostModel {
  /** Items assumed for a list field without `first` (the graph's widest fan-out today is 10). */
  defaultListSize: number;
  /** Lists assumed longer or shorter than the default, by `Type.field` or `*.field`. */
  listSizes: Readonly<Record<string, number>>;
  /** Own cost of fields that do much more than read a property, by `Type.field` or `*.field`. */
  fieldCosts: Readonly<Record<string, number | ((args: Record<string, unknown>, model: CostModel) => number)>>;
  /**
   * Fields whose items are counted by an argument other than `first`/`last` (`shortestPaths`
   * by `limit`), with the argument's default and maximum; their list child is then counted once.
   */
  itemArguments: Readonly<Record<string, { argument: string; default: number; max: number }>>;
  /** Extra own cost of a list with `rankBy`: a ranking counts the relationships of the whole filtered kind. */
  rankingCost: number;
  /**
   * Flat cost of `__schema` and `__type`, whatever they select: introspection reads the schema in
   * memory, never the database, and Sandbox's own introspection query must pass.
   */
  introspectionCost: number;
  /** Nodes and relationships a whole-graph export writes now (graph-size.ts): the render part of `graph` grows with it. */
  graphItems: () => number;
}

/**
 * The service's cost model. The heavy fields: `graph` reads and renders a file (the whole graph
 * unless `around` is given; its rendering costs by the format and the items written, see
 * render-cost.ts), `neighborhood` and `shortestPath` walk the graph, `search` runs a full-text
 * query, `totalCount` a count, and `PolicyDocument.text` is a whole document (about 15 KB). The
 * server's model counts the graph's size (graph-size.ts); this one assumes {@link DEFAULT_GRAPH_ITEMS}.
 */
export const COST_MODEL: CostModel = {
  defaultListSize: 10,
  listSizes: {
    "*.evidence": 5,
    "PolicyDocument.tasks": 20,
    "Subgraph.nodes": 100,
    "Subgraph.edges": 100,
    "Path.nodes": LIMITS.maxPathLength + 1,
    "Path.edges": LIMITS.maxPathLength,
    // Counted by shortestPaths' limit (itemArguments).
    "PathSearch.paths": 1,
  },
  fieldCosts: {
    "Query.graph": (args, model) =>
      (args.around ? 100 * depthOf(args) : 2000) + renderCost(args, model.graphItems(), depthOf(args)),
    "Query.neighborhood": (args) => 100 * depthOf(args),
    "Query.shortestPath": 100,
    // All shortest paths, then, when none is short enough, a search of up to 20 hops.
    "Query.shortestPaths": 200,
    "*.degree": 5,
    "Agency.responsibleCount": 5,
    "Query.search": 50,
    "*.totalCount": 10,
    "PolicyDocument.text": 50,
    "Query.citations": 50,
    "PolicyDocument.citation": 5,
  },
  itemArguments: {
    "Query.shortestPaths": { argument: "limit", default: LIMITS.defaultPaths, max: LIMITS.maxPaths },
  },
  rankingCost: 200,
  introspectionCost: 100,
  graphItems: () => DEFAULT_GRAPH_ITEMS,
};

function depthOf(args: Record<string, unknown>): number {
  return typeof args.depth === "number" && args.depth > 0 ? Math.min(args.depth, LIMITS.maxDepth) : LIMITS.maxDepth;
}

/**
 * graphql-query-complexity estimator for {@link CostModel}: `own + items × children`. The number of
 * items is the `first` (or, paging backward, `last`) argument where the field has one (connections,
 * search), at most the largest page; one passed as a variable the estimate cannot see counts as the
 * largest page. A connection's `edges` are counted by the connection's `first`/`last`, not again;
 * `shortestPaths` is counted by its `limit` ({@link CostModel.itemArguments}). A list ranked with
 * `rankBy` adds {@link CostModel.rankingCost} to its own cost.
 */
export function costEstimator(model: CostModel = COST_MODEL): ComplexityEstimator {
  return ({ type, field, node, args, childComplexity }) => {
    if (field.name === "__schema" || field.name === "__type") return model.introspectionCost;
    const lookup = <T>(table: Readonly<Record<string, T>>): T | undefined =>
      table[`${type.name}.${field.name}`] ?? table[`*.${field.name}`];
    const cost = lookup(model.fieldCosts);
    const ranked = args.rankBy !== undefined && args.rankBy !== null ? model.rankingCost : 0;
    const own = (typeof cost === "function" ? cost(args, model) : (cost ?? 1)) + ranked;
    const counted = lookup(model.itemArguments);
    const items = counted
      ? countedBy(counted, node, args)
      : itemsOf(field, type.name, node, args, model, lookup(model.listSizes));
    return own + items * childComplexity;
  };
}

/** Items of a field counted by one of its arguments: its value (at most `max`), the maximum when it is an unknown variable, else the default. */
function countedBy(
  by: { argument: string; default: number; max: number },
  node: FieldNode,
  args: Record<string, unknown>,
): number {
  const value = args[by.argument];
  if (typeof value === "number") return Math.min(by.max, Math.max(0, value));
  const passedAsVariable = node.arguments?.some((a) => a.name.value === by.argument && a.value.kind === Kind.VARIABLE);
  return passedAsVariable ? by.max : by.default;
}

function itemsOf(
  field: GraphQLField<unknown, unknown>,
  typeName: string,
  node: FieldNode,
  args: Record<string, unknown>,
  model: CostModel,
  listSize: number | undefined,
): number {
  if (field.args.some((a) => a.name === "first")) {
    // A first (or last) over the maximum is refused by the resolver with its own message; it costs the maximum here.
    const max = field.name === "search" ? LIMITS.maxSearchResults : LIMITS.maxPageSize;
    const paged =
      field.args.some((a) => a.name === "last") &&
      (typeof args.last === "number" || node.arguments?.some((a) => a.name.value === "last"))
        ? "last"
        : "first";
    return countedBy({ argument: paged, default: LIMITS.defaultPageSize, max }, node, args);
  }
  if (typeName.endsWith("Connection") && field.name === "edges") return 1;
  if (typeName === "Query" && field.name === "nodes")
    return Array.isArray(args.ids) ? args.ids.length : LIMITS.maxPageSize;
  const isList = getNullableType(field.type) instanceof GraphQLList;
  return isList && isCompositeType(getNamedType(field.type)) ? (listSize ?? model.defaultListSize) : 1;
}
