import type { Database } from "../db/database.js";
import { renderInPlace, type Renderer } from "../export/render-pool.js";
import type { GraphSize } from "./limits/graph-size.js";
import type { IngestAccess } from "./ingest/ingest-access.js";
import { Loaders } from "./loaders.js";

/** What every resolver receives: the one door to the database and this request's loaders. */
export interface Context {
  db: Database;
  loaders: Loaders;
  /** The operation's estimated cost (src/graphql/limits/), set before it runs; for the request log. */
  cost?: number;
  /** The operation's name, when it has one; for the request log. */
  operationName?: string;
  /** The ingest pipeline and whether this request may use it (absent: ingestDocument is disabled). */
  ingest?: IngestAccess;
  /** Absolute base URL links are built from (`PUBLIC_URL`), without a trailing slash. */
  publicUrl: string;
  /** The graph's size that exports are costed by; a whole-graph export records what it read (limits/graph-size.ts). */
  graphSize?: GraphSize;
  /** Renders this request's exports: in the server's render pool, in this client's turn (render-pool.ts). */
  render: Renderer;
  /** The media type the response will be served as; it decides the HTTP status of errors (http-status-plugin.ts). */
  mediaType?: "application/json" | "application/graphql-response+json";
}

/** Base URL of links when no server says otherwise (tests that run the schema without HTTP). */
export const DEFAULT_PUBLIC_URL = "http://localhost:4000";

/** A fresh context per request; without a render pool (tests that run the schema alone), exports render in place. */
export function createContext(
  db: Database,
  publicUrl: string = DEFAULT_PUBLIC_URL,
  render: Renderer = renderInPlace,
): Context {
  return { db, loaders: new Loaders(db), publicUrl, render };
}
