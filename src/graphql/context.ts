import type { Database } from "../db/database.js";
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
  /** The media type the response will be served as; it decides the HTTP status of errors (http-status-plugin.ts). */
  mediaType?: "application/json" | "application/graphql-response+json";
}

/** Base URL of links when no server says otherwise (tests that run the schema without HTTP). */
export const DEFAULT_PUBLIC_URL = "http://localhost:4000";

/** A fresh context per request. */
export function createContext(db: Database, publicUrl: string = DEFAULT_PUBLIC_URL): Context {
  return { db, loaders: new Loaders(db), publicUrl };
}
