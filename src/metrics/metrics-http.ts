import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler } from "express";
import { getOperationAST } from "graphql";
import type { Context } from "../graphql/context.js";
import type { ServiceMetrics } from "./service-metrics.js";

/** Routes named in labels; any other path is `other`, so a scan of random paths adds no series. */
const ROUTES = new Set(["/graphql", "/health", "/ready", "/metrics", "/export", "/documents", "/id", "/explorer"]);

/** The route label of a path: `/`, its first segment when the service serves it, else `other`. */
export function routeLabel(path: string): string {
  if (path === "/") return "/";
  const first = `/${path.split("/")[1] ?? ""}`;
  return ROUTES.has(first) ? first : "other";
}

/** Counts every request and its latency when its response ends (aborted ones included, with the status set so far). */
export function httpMetrics(metrics: ServiceMetrics): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const route = routeLabel(req.path);
    res.once("close", () =>
      metrics.observeHttp(route, res.statusCode, Number(process.hrtime.bigint() - started) / 1e9),
    );
    next();
  };
}

/** Counts each GraphQL operation by name and outcome: OK, or the code of its first error. */
export function graphqlMetricsPlugin(metrics: ServiceMetrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, document, request }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          const code = errors?.length ? String(errors[0]?.extensions?.code ?? "INTERNAL_SERVER_ERROR") : "OK";
          // An operation that failed validation was never resolved: read its name from the parsed document.
          const name =
            contextValue.operationName ??
            (document ? getOperationAST(document, request.operationName)?.name?.value : undefined);
          metrics.observeOperation(name, code);
        },
      };
    },
  };
}

/** `GET /metrics`: the registry in Prometheus' text format. */
export function metricsRoute(metrics: ServiceMetrics): RequestHandler {
  return async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}
