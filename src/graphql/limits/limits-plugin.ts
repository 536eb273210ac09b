import type { ApolloServerPlugin } from "@apollo/server";
import { OperationTypeNode } from "graphql";
import type { QueryLimits } from "../../config.js";
import { ErrorCode } from "../../errors/error-code.js";
import { ClientError, QueryLimitError } from "../../errors/client-errors.js";
import type { Context } from "../context.js";
import { responseBytes } from "../response-bytes.js";
import { COST_MODEL, type CostModel } from "./cost-model.js";
import { formatCost, queryCost } from "./query-cost.js";

/**
 * The limits that need the request itself, as an Apollo plugin:
 * - before execution, subscriptions are refused (the API has none; it answers over plain HTTP), and
 *   the operation's cost, with its variables, must be within `maxCost` (under `model`, which counts
 *   the graph's size for exports); the cost is recorded on the context for the request log;
 * - before sending, a response whose JSON is over `maxResponseBytes` is replaced by an error. It is a
 *   backstop: the cost limit should stop such a request long before.
 */
export function limitsPlugin(limits: QueryLimits, model: CostModel = COST_MODEL): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, operationName, request, contextValue }) {
          contextValue.operationName = operationName ?? undefined;
          if (!operation) return; // Apollo has already answered that no operation matched.
          const unsupported =
            operation.operation === OperationTypeNode.SUBSCRIPTION ||
            (operation.operation === OperationTypeNode.MUTATION && !schema.getMutationType());
          if (unsupported) {
            throw new ClientError(
              `This API answers queries${schema.getMutationType() ? " and mutations" : ""} only; ${operation.operation} operations are not supported. Send a query instead.`,
              ErrorCode.BAD_USER_INPUT,
              { http: { status: 400 } },
            );
          }
          let cost: number;
          try {
            cost = queryCost(schema, document, operationName ?? undefined, request.variables ?? {}, model);
          } catch {
            return; // A variable does not fit its type: execution reports it, and runs nothing.
          }
          if (Number.isFinite(cost)) contextValue.cost = cost;
          if (cost > limits.maxCost) {
            throw new QueryLimitError(
              `The query's cost is ${formatCost(cost)}, over the limit of ${formatCost(limits.maxCost)}. Every list multiplies the cost of what it holds: ask for a smaller first, fewer nested lists or fewer fields, or split the query.`,
              { limit: "cost", maximum: limits.maxCost, actual: cost, ...(Number.isFinite(cost) ? { cost } : {}) },
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          const bytes = responseBytes(response.body.singleResult);
          if (bytes <= limits.maxResponseBytes) return;
          response.http.status = 400;
          response.body.singleResult = {
            errors: [
              {
                message: `The response is ${bytes.toLocaleString("en-US")} bytes, over the limit of ${limits.maxResponseBytes.toLocaleString("en-US")}. Ask for fewer fields, a smaller first or a narrower export (graph(around:)).`,
                extensions: {
                  code: ErrorCode.BAD_USER_INPUT,
                  limit: "responseBytes",
                  maximum: limits.maxResponseBytes,
                  actual: bytes,
                  ...(contextValue.cost !== undefined ? { cost: contextValue.cost } : {}),
                },
              },
            ],
          };
        },
      };
    },
  };
}
