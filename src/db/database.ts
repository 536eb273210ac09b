import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from "neo4j-driver";
import { UnavailableError } from "../errors/client-errors.js";
import type { CypherStatements } from "./cypher-statements.js";

/** A result row as a plain object (integers arrive as JS numbers: the driver is built that way). */
export type Row = Record<string, unknown>;

/** One named statement with its parameters. */
export interface Statement {
  name: string;
  params?: Record<string, unknown>;
}

export interface DatabaseOptions {
  /** Database name; undefined means the server's default. */
  database?: string;
  /** Server-side timeout of every transaction, in ms. */
  queryTimeoutMs: number;
}

/**
 * The one door to Neo4j. It opens a session per call, routes reads to read transactions (followers
 * in a cluster) and writes to the leader, applies the timeout, closes the session in `finally`, and
 * turns connection and timeout failures into {@link UnavailableError}. It also counts round trips,
 * which is how tests prove that DataLoader batching bounds the number of queries.
 */
export class Database {
  private trips = 0;

  constructor(
    private readonly driver: Driver,
    private readonly statements: CypherStatements,
    private readonly options: DatabaseOptions,
  ) {}

  /** Statements sent to Neo4j since this object was created. */
  get roundTrips(): number {
    return this.trips;
  }

  /** Runs one statement in a read transaction. */
  async read(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.transaction("READ", (tx) => this.run(tx, { name, params }));
  }

  /** Runs one statement in a write transaction. */
  async write(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.transaction("WRITE", (tx) => this.run(tx, { name, params }));
  }

  /**
   * Runs statements in order in ONE write transaction: all of them take effect or none does, so a
   * failed load leaves the graph as it was.
   */
  async writeAll(statements: Statement[]): Promise<Row[][]> {
    return this.transaction("WRITE", async (tx) => {
      const results: Row[][] = [];
      for (const s of statements) results.push(await this.run(tx, s));
      return results;
    });
  }

  /** Runs a schema statement (constraints, indexes), which Neo4j wants in its own auto-commit transaction. */
  async schema(name: string): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      this.trips++;
      await session.run(this.statements.get(name));
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  /** Plans a statement without running it (`EXPLAIN`): a syntax or semantic error throws. */
  async explain(name: string): Promise<void> {
    await this.transaction("READ", async (tx) => {
      this.trips++;
      await tx.run(`EXPLAIN ${this.statements.get(name)}`);
      return [];
    });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async run(tx: ManagedTransaction, s: Statement): Promise<Row[]> {
    this.trips++;
    const result = await tx.run(this.statements.get(s.name), toCypherValues(s.params ?? {}));
    return result.records.map((r) => r.toObject() as Row);
  }

  private async transaction<T>(mode: "READ" | "WRITE", work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: this.options.queryTimeoutMs };
    try {
      return mode === "READ" ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }
}

/**
 * The driver sends every JS number as a Cypher FLOAT; whole numbers are sent as INTEGER instead, so
 * ordinals, offsets and counts are stored as integers and compare as such.
 */
function toCypherValues<T>(value: T): T {
  if (typeof value === "number") return (Number.isSafeInteger(value) ? neo4j.int(value) : value) as T;
  if (Array.isArray(value)) return value.map(toCypherValues) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherValues(v)])) as T;
  }
  return value;
}

/** Maps driver failures a client can do nothing about but wait to {@link UnavailableError}; others pass through. */
function translate(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code === neo4j.error.SERVICE_UNAVAILABLE || error.code === neo4j.error.SESSION_EXPIRED) {
    return new UnavailableError("The graph database is not reachable right now; try again shortly.");
  }
  if (error.code.includes("TransactionTimedOut") || error.code.includes("Transaction.Terminated")) {
    return new UnavailableError("The query took too long and was stopped; narrow it (smaller first, depth or fewer types) and try again.");
  }
  return error;
}
