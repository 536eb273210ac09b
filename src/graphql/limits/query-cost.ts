import type { DocumentNode, GraphQLSchema } from "graphql";
import { getComplexity } from "graphql-query-complexity";
import { COST_MODEL, type CostModel, costEstimator } from "./cost-model.js";

/** The estimator of each cost model, made once. */
const estimators = new WeakMap<CostModel, ReturnType<typeof costEstimator>>();

/** Selections graphql-query-complexity evaluates (fragments expanded) before it gives up: a fragment bomb stops here. */
export const MAX_EVALUATED_SELECTIONS = 10_000;

/**
 * The estimated cost of one operation of `document` with these variables, or `Infinity` when the
 * selection is too large to estimate (over {@link MAX_EVALUATED_SELECTIONS} once fragments are
 * expanded), under `model` (the server's counts the graph's size). Throws the GraphQLError of a
 * variable that does not fit its type.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  model: CostModel = COST_MODEL,
): number {
  // Apollo hands every request with the same text the same parsed document, so a repeated query
  // is costed once per set of variables (the walk over the selection was about 2% of a request's CPU).
  const known = memo(model, schema, document);
  // The graph's size is part of the key: an export's cost changes with it.
  const key = costKey(`${model.graphItems()}\u0000${operationName ?? ""}`, variables);
  let cost = key === undefined ? undefined : known.get(key);
  if (cost === undefined) {
    cost = estimate(schema, document, operationName, variables, model);
    if (key !== undefined && key.length <= MAX_KEY_LENGTH) {
      if (known.size >= MAX_COSTS_PER_DOCUMENT) known.clear();
      known.set(key, cost);
    }
  }
  return cost;
}

/** The memo key of a cost, or undefined for variables nested too deeply to serialise (costed, never remembered). */
function costKey(prefix: string, variables: Record<string, unknown>): string | undefined {
  try {
    return `${prefix}\u0000${JSON.stringify(variables)}`;
  } catch {
    return undefined;
  }
}

/** Costs remembered per parsed document: by operation and variables, at most this many (then forgotten at once). */
const MAX_COSTS_PER_DOCUMENT = 256;
/** Variables longer than this as JSON are costed every time, so the memory kept stays small. */
const MAX_KEY_LENGTH = 1_024;
const costs = new WeakMap<CostModel, WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>>();

/** The costs remembered for a document under a model and a schema. */
function memo(model: CostModel, schema: GraphQLSchema, document: DocumentNode): Map<string, number> {
  let bySchema = costs.get(model);
  if (!bySchema) costs.set(model, (bySchema = new WeakMap()));
  let byDocument = bySchema.get(schema);
  if (!byDocument) bySchema.set(schema, (byDocument = new WeakMap()));
  let known = byDocument.get(document);
  if (!known) byDocument.set(document, (known = new Map()));
  return known;
}

function estimate(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  model: CostModel,
): number {
  let estimator = estimators.get(model);
  if (!estimator) estimators.set(model, (estimator = costEstimator(model)));
  try {
    return getComplexity({
      schema,
      query: document,
      operationName,
      variables,
      estimators: [estimator],
      maxQueryNodes: MAX_EVALUATED_SELECTIONS,
    });
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("Query exceeds the maximum allowed number of nodes"))
      return Infinity;
    throw error;
  }
}

/** {@link queryCost} where it can be known without the request's variables, else undefined. */
export function staticQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  model: CostModel = COST_MODEL,
): number | undefined {
  try {
    return queryCost(schema, document, operationName, {}, model);
  } catch {
    return undefined;
  }
}

/** A cost as messages print it: `12,345`, or "too large to estimate". */
export function formatCost(cost: number): string {
  return Number.isFinite(cost)
    ? cost.toLocaleString("en-US")
    : `too large to estimate (over ${MAX_EVALUATED_SELECTIONS.toLocaleString("en-US")} selections once fragments are expanded)`;
}
