import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import {
  type ASTVisitor,
  type GraphQLError,
  type ValidationContext,
  type ValidationRule,
  visitInParallel,
} from "graphql";
import type { QueryLimits } from "../../config.js";
import { QueryLimitError } from "../../errors/client-errors.js";
import { COST_MODEL, type CostModel } from "./cost-model.js";
import { formatCost, staticQueryCost } from "./query-cost.js";

/**
 * Validation rules for the limits that do not depend on variables: depth and aliases, counted by
 * graphql-armor. They run with graphql's own rules, before anything executes. Each error names the
 * limit, the query's figure and, when it can be known without variables, the query's cost (under `model`).
 * (The cost limit itself needs the variables: see limits-plugin.ts.)
 */
export function limitValidationRules(limits: QueryLimits, model: CostModel = COST_MODEL): ValidationRule[] {
  return [
    reported("depth", limits, model, (onReject) =>
      maxDepthRule({
        n: limits.maxDepth,
        flattenFragments: true,
        ignoreIntrospection: true,
        propagateOnRejection: false,
        onReject: [onReject],
      }),
    ),
    reported("aliases", limits, model, (onReject) =>
      maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: [onReject] }),
    ),
  ];
}

type ArmorRule = (
  onReject: (ctx: ValidationContext | null, error: GraphQLError) => void,
) => (context: ValidationContext) => unknown;

const WHAT: Record<"depth" | "aliases", (actual: number, maximum: number) => string> = {
  depth: (actual, maximum) =>
    `The query is nested ${actual} levels deep, over the limit of ${maximum}. Ask for fewer nested levels`,
  aliases: (actual, maximum) =>
    `The query has ${actual} aliases, over the limit of ${maximum}. Use fewer aliases (split the work over several requests)`,
};

/** Runs an armor rule and turns its rejection into a {@link QueryLimitError} with our wording and numbers. */
function reported(
  limit: "depth" | "aliases",
  limits: QueryLimits,
  model: CostModel,
  armorRule: ArmorRule,
): ValidationRule {
  return (context) => {
    let rejected: GraphQLError | undefined;
    const armor = armorRule((_ctx, error) => {
      rejected = error;
    })(context) as ASTVisitor;
    const reporter: ASTVisitor = {
      OperationDefinition(operation) {
        if (!rejected) return;
        const actual = Number(/found (\d+)/.exec(rejected.message)?.[1] ?? NaN);
        const maximum = limit === "depth" ? limits.maxDepth : limits.maxAliases;
        const cost = staticQueryCost(context.getSchema(), context.getDocument(), operation.name?.value, model);
        const costText =
          cost === undefined ? "" : ` Its cost is ${formatCost(cost)} (limit ${formatCost(limits.maxCost)}).`;
        context.reportError(
          new QueryLimitError(`${WHAT[limit](actual, maximum)}.${costText}`, {
            limit,
            maximum,
            actual,
            ...(cost !== undefined && Number.isFinite(cost) ? { cost } : {}),
          }),
        );
        rejected = undefined;
      },
    };
    return visitInParallel([armor, reporter]);
  };
}
