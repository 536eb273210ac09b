import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { Database } from "../db/database.js";
import { StartupError } from "../errors/startup-error.js";
import { type Context, createContext } from "../graphql/context.js";
import { ingestAccess } from "../graphql/ingest/ingest-access.js";
import type { IngestPipeline } from "../ingest/pipeline.js";
import { formatErrorFor } from "./errors.js";
import { exportRoute } from "./export-route.js";

export interface HttpServerOptions {
  db: Database;
  schema: GraphQLSchema;
  port: number;
  host: string;
  production: boolean;
  log: (line: string) => void;
  /** The ingest pipeline and the bearer token ingestDocument requires; without a token the mutation is disabled. */
  ingest?: { pipeline: IngestPipeline; token?: string };
}

export interface RunningHttpServer {
  /** e.g. http://localhost:4000 */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Serves /graphql (with Apollo Sandbox for browsers), /health, /ready and /export/…. */
export async function startHttpServer(o: HttpServerOptions): Promise<RunningHttpServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: o.schema,
    introspection: true,
    // main.ts owns SIGINT/SIGTERM and stops everything in order; Apollo must not race it.
    stopOnTerminationSignals: false,
    formatError: formatErrorFor(o.production, o.log),
    includeStacktraceInErrorResponses: !o.production,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageLocalDefault({ embed: true })],
  });
  await apollo.start();

  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  // Ready = Neo4j answers and holds a graph (it may have been wiped, or SEED=never on an empty one).
  app.get("/ready", async (_req, res) => {
    try {
      const [counts] = await o.db.read("count-graph");
      const loaded = Number(counts?.nodes ?? 0) > 0;
      res.status(loaded ? 200 : 503).json({ status: loaded ? "ready" : "empty", neo4j: "up", graphLoaded: loaded, nodes: counts?.nodes, relationships: counts?.relationships });
    } catch {
      res.status(503).json({ status: "unavailable", neo4j: "down", graphLoaded: false });
    }
  });
  app.get("/export/:file", exportRoute(o.db));
  app.use("/graphql", cors(), express.json({ limit: "1mb" }), expressMiddleware(apollo, {
    context: async ({ req }) => ({ ...createContext(o.db), ingest: ingestAccess(o.ingest, req.headers.authorization) }),
  }));

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
    stop: () => apollo.stop(),
  };
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new StartupError(`Port ${port} is already in use, so the API cannot listen on it. Stop the program using it (\`lsof -i :${port}\` shows it) or set PORT to a free port, e.g. PORT=4001 npm start.`)
          : error,
      );
    });
    server.listen(port, host, () => resolve());
  });
}
