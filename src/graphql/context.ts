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
}

/** A fresh context per request. */
export function createContext(db: Database): Context {
  return { db, loaders: new Loaders(db) };
}
