import { type FieldNode, getNamedType, getNullableType, type GraphQLField, GraphQLList, isCompositeType, Kind } from "graphql";
import type { ComplexityEstimator } from "graphql-query-complexity";
import { LIMITS } from "../common/limits.js";

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
  fieldCosts: Readonly<Record<string, number | ((args: Record<string, unknown>) => number)>>;
  /**
   * Flat cost of `__schema` and `__type`, whatever they select: introspection reads the schema in
   * memory, never the database, and Sandbox's own introspection query must pass.
   */
  introspectionCost: number;
}

/**
 * The service's cost model. The heavy fields: `graph` renders a file (the whole graph unless
 * `around` is given), `neighborhood` and `shortestPath` walk the graph, `search` runs a full-text
 * query, `totalCount` a count, and `PolicyDocument.text` is a whole document (about 15 KB).
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
  },
  fieldCosts: {
    "Query.graph": (args) => (args.around ? 100 * depthOf(args) : 2000),
    "Query.neighborhood": (args) => 100 * depthOf(args),
    "Query.shortestPath": 100,
    "Query.search": 50,
    "*.totalCount": 10,
    "PolicyDocument.text": 50,
    "Query.citations": 50,
    "PolicyDocument.citation": 5,
  },
  introspectionCost: 100,
};

function depthOf(args: Record<string, unknown>): number {
  return typeof args.depth === "number" && args.depth > 0 ? Math.min(args.depth, LIMITS.maxDepth) : LIMITS.maxDepth;
}

/**
 * graphql-query-complexity estimator for {@link CostModel}: `own + items × children`. The number of
 * items is the `first` argument where the field has one (connections, search), at most the largest
 * page; a `first` passed as a variable the estimate cannot see counts as the largest page. A connection's `edges` are counted by
 * the connection's `first`, not again.
 */
export function costEstimator(model: CostModel = COST_MODEL): ComplexityEstimator {
  return ({ type, field, node, args, childComplexity }) => {
    if (field.name === "__schema" || field.name === "__type") return model.introspectionCost;
    const lookup = <T>(table: Readonly<Record<string, T>>): T | undefined => table[`${type.name}.${field.name}`] ?? table[`*.${field.name}`];
    const cost = lookup(model.fieldCosts);
    const own = typeof cost === "function" ? cost(args) : (cost ?? 1);
    return own + itemsOf(field, type.name, node, args, model, lookup(model.listSizes)) * childComplexity;
  };
}

function itemsOf(field: GraphQLField<unknown, unknown>, typeName: string, node: FieldNode, args: Record<string, unknown>, model: CostModel, listSize: number | undefined): number {
  if (field.args.some((a) => a.name === "first")) {
    // A first over the maximum is refused by the resolver with its own message; it costs the maximum here.
    const max = field.name === "search" ? LIMITS.maxSearchResults : LIMITS.maxPageSize;
    if (typeof args.first === "number") return Math.min(max, Math.max(0, args.first));
    const passedAsVariable = node.arguments?.some((a) => a.name.value === "first" && a.value.kind === Kind.VARIABLE);
    return passedAsVariable ? max : LIMITS.defaultPageSize;
  }
  if (typeName.endsWith("Connection") && field.name === "edges") return 1;
  if (typeName === "Query" && field.name === "nodes") return Array.isArray(args.ids) ? args.ids.length : LIMITS.maxPageSize;
  const isList = getNullableType(field.type) instanceof GraphQLList;
  return isList && isCompositeType(getNamedType(field.type)) ? (listSize ?? model.defaultListSize) : 1;
}
