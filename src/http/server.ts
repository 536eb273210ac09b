import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageProductionDefault } from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { Config, QueryLimits } from "../config.js";
import type { Database } from "../db/database.js";
import { StartupError } from "../errors/startup-error.js";
import { type Context, createContext } from "../graphql/context.js";
import { httpStatusPlugin } from "../graphql/http-status/http-status-plugin.js";
import { SizedDocumentStore } from "../graphql/limits/document-store.js";
import { COST_MODEL, type CostModel } from "../graphql/limits/cost-model.js";
import { GraphSize } from "../graphql/limits/graph-size.js";
import { limitsPlugin } from "../graphql/limits/limits-plugin.js";
import { queryLengthLimit } from "./query-length.js";
import { stringifyResult } from "../graphql/response-bytes.js";
import { ResponseCache } from "../graphql/response-cache/response-cache.js";
import { responseCachePlugin } from "../graphql/response-cache/response-cache-plugin.js";
import { limitValidationRules } from "../graphql/limits/validation-rules.js";
import type { Logger } from "../log.js";
import { answerParserErrorsInJson } from "./client-error.js";
import { formatErrorFor, internalErrorLogging } from "./errors.js";
import { ingestAccess } from "../graphql/ingest/ingest-access.js";
import type { IngestPipeline } from "../ingest/pipeline.js";
import { exportCors, exportRoute } from "./export-route.js";
import { RenderPool, type RenderPoolOptions } from "../export/render-pool.js";
import { CITATION_PATHS, citationRoute } from "./citation-route.js";
import { documentRoute } from "./document-route.js";
import { explorerRouter } from "./explorer-route.js";
import { graphiqlRoutes } from "./graphiql-route.js";
import { idRoute, quotationRoute } from "./id-route.js";
import { jsonErrorHandler, notFound } from "./json-errors.js";
import { bindContext, requestLogging, requestLogPlugin, requestRecord } from "./request-log.js";
import { healthRoute, readyRoute } from "./health-routes.js";
import { type RequestScopeOptions, requestScope } from "./request-scope.js";
import { graphqlMediaType } from "./response-media-type.js";
import { receiveTimeouts } from "./receive-timeout.js";
import { neo4jState } from "../db/neo4j-state.js";
import type { Neo4jState } from "../db/supervisor.js";
import { graphqlMetricsPlugin, httpMetrics, metricsRoute } from "../metrics/metrics-http.js";
import { ServiceMetrics } from "../metrics/service-metrics.js";

export interface HttpServerOptions {
  db: Database;
  schema: GraphQLSchema;
  port: number;
  host: string;
  production: boolean;
  log: (line: string) => void;
  /** What one request may ask for (depth, cost, aliases, tokens, body and response size). */
  limits: QueryLimits;
  /** Schema introspection; GraphiQL (served to browsers at /graphql when it is on) needs it. */
  introspection: boolean;
  /** "Did you mean …?" hints in error messages. */
  suggestions: boolean;
  corsOrigins: Config["corsOrigins"];
  /** The JSON request log: one line per request, each line with the request id. */
  logger: Logger;
  /** Each request's time budget and how its client is named; default 30 s and the peer's address. */
  requestScope?: RequestScopeOptions;
  /** The ingest pipeline and the bearer token ingestDocument requires; without a token the mutation is disabled. */
  ingest?: { pipeline: IngestPipeline; token?: string };
  /** Absolute base URL of links and RDF IRIs (`PUBLIC_URL`); default `http://localhost:<the port listened on>`. */
  publicUrl?: string;
  /** Whole responses to repeated queries (`RESPONSE_CACHE_SECONDS`); none when absent or 0 s. */
  responseCache?: { ttlSeconds: number; maxMb: number };
  /** How long a client may take to send a whole request, then 408 (`HTTP_RECEIVE_TIMEOUT_MS`); default 30 s. */
  receiveTimeoutMs?: number;
  /** How long an idle keep-alive connection stays open (`HTTP_KEEP_ALIVE_TIMEOUT_MS`); default 65 s. */
  keepAliveTimeoutMs?: number;
  /** Why the service can no longer serve (the embedded supervisor gave up): `/health` then answers 503. */
  liveness?: () => string | undefined;
  /** Neo4j's state for `/metrics`; default: up unless the database health says otherwise. */
  neo4jState?: () => Neo4jState;
  /** Render worker threads for exports and each client's queue (`RENDER_WORKERS`, `RENDER_QUEUE_PER_CLIENT`); default 1 and 32. */
  renders?: RenderPoolOptions;
}

export interface RunningHttpServer {
  /** e.g. http://localhost:4000 */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Serves the explorer page at /, /graphql (with GraphiQL for browsers), /health, /ready, /metrics and /export/…. */
export async function startHttpServer(o: HttpServerOptions): Promise<RunningHttpServer> {
  const app = express();
  app.disable("x-powered-by");
  const scope = o.requestScope ?? { requestTimeoutMs: 30_000 };
  const receiveTimeoutMs = o.receiveTimeoutMs ?? 30_000;
  const httpServer = http.createServer(receiveTimeouts(receiveTimeoutMs), app);
  // Node's default is 5 s, shorter than clients keep an idle connection once their timers run late.
  httpServer.keepAliveTimeout = o.keepAliveTimeoutMs ?? 65_000;
  answerParserErrorsInJson(httpServer, o.logger, receiveTimeoutMs);
  const renders = new RenderPool(o.renders ?? { workers: 1, queuePerClient: 32 });
  // Exports cost by the size they will render: the graph's, counted now and kept by whole-graph exports.
  const graphSize = await GraphSize.count(o.db);
  const costModel: CostModel = { ...COST_MODEL, graphItems: () => graphSize.items };
  const metrics = new ServiceMetrics({
    slots: () => o.db.slots.totals,
    neo4jState: o.neo4jState ?? (() => neo4jState(o.db.health)),
  });
  const apollo = new ApolloServer<Context>({
    schema: o.schema,
    introspection: o.introspection,
    hideSchemaDetailsFromClientErrors: !o.suggestions,
    // graphql's parser stops counting at this many tokens, before any validation work.
    parseOptions: { maxTokens: o.limits.maxTokens },
    // Sized by the source text each parsed document keeps, which Apollo's default store leaves out.
    documentStore: new SizedDocumentStore(),
    validationRules: limitValidationRules(o.limits, costModel),
    // main.ts owns SIGINT/SIGTERM and stops everything in order; Apollo must not race it.
    stopOnTerminationSignals: false,
    formatError: formatErrorFor({
      production: o.production,
      suggestions: o.suggestions,
      maxTokens: o.limits.maxTokens,
    }),
    includeStacktraceInErrorResponses: !o.production,
    // The JSON the response-size limit measured, sent as is (one serialisation per response).
    stringifyResult,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The API sets no cache hints; Apollo's default cache-control plugin would wrap every field
      // resolver to collect them (measured: about 15% of Node CPU on a nested read).
      ApolloServerPluginCacheControlDisabled(),
      // With introspection on, browsers get GraphiQL (graphiqlRoutes) in place of Apollo's CDN-loaded Sandbox.
      o.introspection
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
      limitsPlugin(o.limits, costModel),
      ...(o.responseCache?.ttlSeconds
        ? [responseCachePlugin(ResponseCache.sized(o.responseCache), () => o.db.writeGeneration)]
        : []),
      // After the limits and the cache: it reads the final result to choose the HTTP status.
      httpStatusPlugin(),
      graphqlMetricsPlugin(metrics),
      internalErrorLogging(o.logger),
      requestLogPlugin(),
    ],
  });
  await apollo.start();
  const corsPolicy = cors({ origin: o.corsOrigins, exposedHeaders: ["X-Request-Id"] });
  // Known once the server listens (port 0 picks a free port).
  const publicUrl = () => o.publicUrl ?? `http://localhost:${(httpServer.address() as AddressInfo).port}`;

  app.use(requestLogging(o.logger));
  app.use(httpMetrics(metrics));

  app.get("/health", healthRoute(o.liveness));
  app.get("/metrics", metricsRoute(metrics));
  // GraphQL first after the probe: its requests then pass no other route on their way. Its own
  // sub-app computes no ETag: Express would hash every response body for one, and a POST (nearly
  // every GraphQL request) can never be answered 304 with it.
  const graphqlApp = express();
  graphqlApp.set("etag", false);
  graphqlApp.disable("x-powered-by");
  app.use("/graphql", graphqlApp);
  const graphiql = o.introspection ? graphiqlRoutes() : undefined;
  // A browser's GET of /graphql gets GraphiQL; every GraphQL request goes past it to Apollo.
  if (graphiql) graphqlApp.get("/", ...graphiql.page);
  graphqlApp.use(
    corsPolicy,
    express.json({ limit: o.limits.maxBodyBytes }),
    queryLengthLimit(o.limits.maxQueryLength),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestScoped = requestScope(req, res, scope);
        const context: Context = {
          ...createContext(o.db.forRequest(requestScoped), publicUrl(), renders.for(requestScoped)),
          graphSize,
          ingest: ingestAccess(o.ingest, req.headers.authorization),
          mediaType: graphqlMediaType(req),
        };
        bindContext(context, requestRecord(res));
        return context;
      },
    }),
  );
  // The graph explorer page at / and its files under /explorer (same origin only, no CDN).
  app.use(explorerRouter());
  if (graphiql) app.use(graphiql.files);
  app.get("/ready", readyRoute(o.db));
  // Downloads, documents and IRIs are public and read-only: any origin may fetch them (exportCors).
  app.use(["/export", "/documents", "/id"], exportCors());
  app.get(CITATION_PATHS, (req, res) => citationRoute(o.db.forRequest(requestScope(req, res, scope)))(req, res));
  app.get("/documents/:file", (req, res) =>
    documentRoute(o.db.forRequest(requestScope(req, res, scope)), publicUrl)(req, res),
  );
  app.get("/export/:file", (req, res) => {
    const requestScoped = requestScope(req, res, scope);
    return exportRoute(o.db.forRequest(requestScoped), publicUrl(), renders.for(requestScoped))(req, res);
  });
  app.get("/id/:doc/quote/:span", (req, res) => quotationRoute(publicUrl())(req, res));
  app.get("/id/:id", (req, res) => idRoute(publicUrl())(req, res));
  app.use(notFound());
  app.use(jsonErrorHandler({ production: o.production, maxBodyBytes: o.limits.maxBodyBytes }));

  try {
    await listen(httpServer, o.port, o.host);
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    stop: async () => {
      await apollo.stop();
      await renders.close();
    },
  };
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new StartupError(
              `Port ${port} is already in use, so the API cannot listen on it. Stop the program using it (\`lsof -i :${port}\` shows it) or set PORT to a free port, e.g. PORT=4001 npm start.`,
            )
          : error,
      );
    });
    server.listen(port, host, () => resolve());
  });
}
