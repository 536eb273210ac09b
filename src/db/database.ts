import neo4j, { type Driver, type ManagedTransaction, type Session } from "neo4j-driver";
import { ClientError, UnavailableError } from "../errors/client-errors.js";
import { ClientSlots } from "./client-slots.js";
import type { NewShapeBudget } from "./new-shape-budget.js";
import type { CypherStatements } from "./cypher-statements.js";
import { DatabaseHealth } from "./database-health.js";
import { ReadWriteGate } from "./read-write-gate.js";
import { isAuthenticationFailure, isUnreachable, translate } from "./translate-error.js";

/** A result row as a plain object (integers arrive as JS numbers: the driver is built that way). */
export type Row = Record<string, unknown>;

/** A statement generated for a query's shape, with a name for it and its parameters. */
export interface GeneratedStatement {
  name: string;
  text: string;
  params: Record<string, unknown>;
}

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
  /** Each client's share of the database (see {@link ClientSlots}); default 8 running, 32 waiting up to 5 s. */
  perClient?: { concurrency: number; queue: number; waitMs: number };
  /**
   * Longest wait of a service write (ingest, seed) for the requests being answered to end (see
   * {@link ReadWriteGate}); default `perClient.waitMs` (NEO4J_ACQUIRE_TIMEOUT_MS), else 5 s.
   */
  writeWaitMs?: number;
  /** Named in the "not reachable" reason; default "the server". */
  uri?: string;
  /** Receives the circuit breaker's lines. */
  log?: (line: string) => void;
  /** Each client's budget of new generated statement shapes (NEW_SHAPE_SUBQUERIES_PER_MINUTE); none: unbounded. */
  newShapes?: NewShapeBudget;
}

/** Whose database work this is, and when it must stop. */
export interface RequestScope {
  /** Aborts when the request ends early (the client went away) or runs out of time; the reason is what its calls reject with. */
  signal: AbortSignal;
  /** The client whose share of the database the request uses (an IP address, or a proxy header's value). */
  clientId: string;
}

/** What a request handle shares with the service-wide door it came from. */
interface Shared {
  health: DatabaseHealth;
  slots: ClientSlots;
  root?: Database;
  /** Bumped when a write transaction starts and when it ends (see {@link Database.writeGeneration}). */
  writes: { generation: number };
  /** Requests hold it shared, the service's writes exclusively: no request sees two versions of the graph. */
  gate: ReadWriteGate;
  /** A request door's hold of the gate: none yet, held, or waiting behind a writer (one per request, shared by its doors). */
  hold?: { state: "none" | "held" | Promise<void> };
}

/**
 * The one door to Neo4j. It opens a session per call, runs reads as auto-commit transactions in
 * read sessions (followers in a cluster) and writes as managed transactions on the leader, applies
 * the timeout, closes the session in `finally`, and turns connection and timeout failures into
 * {@link UnavailableError}. It also counts round trips, which is how tests prove that batching and
 * lookahead bound the number of queries.
 *
 * The service-wide door (seeding, schema, /ready) hands each HTTP request its own door with
 * {@link forRequest}: same methods, its own round-trip count, the client's share of the database,
 * and a signal that cancels the request's transactions on the server when the request ends or times
 * out. Every call first asks {@link health}, so an unreachable Neo4j fails a call at once.
 *
 * Consistent answers: a request holds the service's {@link ReadWriteGate} shared from its first
 * read until it ends, and a write through the service-wide door (ingest, seed) holds it exclusively,
 * so all the statements of one request see the same version of every document.
 */
export class Database {
  private trips = 0;
  private readonly shared: Shared;

  constructor(
    private readonly driver: Driver,
    private readonly statements: CypherStatements,
    private readonly options: DatabaseOptions,
    private readonly scope?: RequestScope,
    shared?: Shared,
  ) {
    this.shared = shared ?? {
      health: new DatabaseHealth(
        async () => void (await driver.getServerInfo({ database: options.database })),
        options.log,
      ),
      slots: new ClientSlots(options.perClient ?? { concurrency: 8, queue: 32, waitMs: 5_000 }),
      writes: { generation: 0 },
      gate: new ReadWriteGate(),
    };
  }

  /** Statements sent to Neo4j since this object was created (the service-wide door counts its requests' too). */
  get roundTrips(): number {
    return this.trips;
  }

  /** Whether Neo4j is usable now and if not why; the embedded supervisor holds it while it restarts Neo4j. */
  get health(): DatabaseHealth {
    return this.shared.health;
  }

  /**
   * A number that changes whenever a write through this door or any request's door starts or ends:
   * equal before and after a piece of work means no write of this process overlapped it (the
   * response cache stores only such work).
   */
  get writeGeneration(): number {
    return this.shared.writes.generation;
  }

  /** This door's per-client slots (tests look at their usage). */
  get slots(): ClientSlots {
    return this.shared.slots;
  }

  /** A door for one request: its own round-trip count, the client's share, cancelled with `scope.signal`. */
  forRequest(scope: RequestScope): Database {
    const root = this.shared.root ?? this;
    return new Database(this.driver, this.statements, this.options, scope, {
      ...this.shared,
      root,
      hold: { state: "none" },
    });
  }

  /**
   * The same door with another server-side timeout per transaction: start-up work (schema, seed)
   * runs under its own generous bound, not the one sized for requests.
   */
  withTimeout(queryTimeoutMs: number): Database {
    return new Database(this.driver, this.statements, { ...this.options, queryTimeoutMs }, this.scope, this.shared);
  }

  /** The same door reading its statements from another folder (the benchmarks' own Cypher). */
  withStatements(statements: CypherStatements): Database {
    return new Database(this.driver, statements, this.options, this.scope, this.shared);
  }

  /** Runs one statement as a read (see {@link readText}). */
  async read(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.readText(this.statements.get(name), params);
  }

  /**
   * Runs one statement the engine generated for a query's shape (see graphql/engine/lookahead-statement.ts)
   * in a read transaction; its `name` labels it for whoever records statements (tests).
   */
  async readGenerated(statement: GeneratedStatement): Promise<Row[]> {
    // A request's new statement shape costs its client planning budget (new-shape-budget.ts).
    if (this.scope) this.options.newShapes?.admit(this.scope.clientId, statement.text);
    return this.readText(statement.text, statement.params);
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
    this.health.assertAvailable();
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      this.count();
      await session.run(this.statements.get(name));
    } catch (error) {
      throw this.failure(error);
    } finally {
      await session.close();
    }
  }

  /** Plans a statement without running it (`EXPLAIN`): a syntax or semantic error throws. */
  async explain(name: string): Promise<void> {
    await this.transaction("READ", async (tx) => {
      this.count();
      await tx.run(`EXPLAIN ${this.statements.get(name)}`);
      return [];
    });
  }

  /** Closes the driver (a request's door closes nothing: the driver is the service's). */
  async close(): Promise<void> {
    if (this.scope) return;
    this.health.close();
    await this.driver.close();
  }

  private count(): void {
    this.trips++;
    if (this.shared.root) this.shared.root.trips++;
  }

  /**
   * A read is one auto-commit transaction in a read session: RUN and PULL in one round trip, where a
   * managed transaction adds BEGIN and COMMIT (measured on this machine: 0.75 against 1.27 ms per
   * small read, and a third less CPU in Node and in Neo4j). Every read of the service is one
   * statement, so it loses no atomicity. The driver does not retry it on transient errors (it retries
   * managed transactions for NEO4J_RETRY_TIME_MS, 0 by default); a single server does not raise them
   * for reads, and the health check reports an unreachable one either way.
   */
  private async readText(text: string, params: Record<string, unknown>): Promise<Row[]> {
    return this.withSession("READ", async (session, config) => {
      this.count();
      const result = await runCapturingNoStack(() => session.run(text, toCypherValues(params), config));
      return result.records.map((r) => r.toObject() as Row);
    });
  }

  private async run(tx: ManagedTransaction, s: Statement): Promise<Row[]> {
    this.count();
    const result = await tx.run(this.statements.get(s.name), toCypherValues(s.params ?? {}));
    return result.records.map((r) => r.toObject() as Row);
  }

  /**
   * One transaction, bounded three ways: a request waits for a slot of its client first; the call
   * rejects the moment the request's signal or the health signal aborts; and then closing the
   * session makes the driver send RESET, which terminates the transaction on the server (verified
   * with SHOW TRANSACTIONS in the tests). The slot is given back only once the session is closed,
   * so a client that disconnects cannot exceed its share.
   */
  private async transaction<T>(mode: "READ" | "WRITE", work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    if (mode === "READ") return this.withSession(mode, (session, config) => session.executeRead(work, config));
    // A write of the service (ingest, seed) waits for the requests being answered and runs alone
    // (read-write-gate.ts). A request's own write does not: its request may hold the gate shared.
    const release = this.scope
      ? undefined
      : await this.shared.gate.exclusive(this.options.writeWaitMs ?? this.options.perClient?.waitMs ?? 5_000);
    this.shared.writes.generation++;
    try {
      return await this.withSession(mode, (session, config) => session.executeWrite(work, config));
    } finally {
      this.shared.writes.generation++;
      release?.();
    }
  }

  /**
   * Holds the gate shared for the rest of the request, taken on its first read: undefined when it
   * is held (at once unless a service write waits or runs), else the wait, bounded by `stop`.
   */
  private holdForRequest(stop: AbortSignal): Promise<void> | undefined {
    const hold = this.shared.hold!;
    if (hold.state === "held") return undefined;
    if (hold.state === "none") {
      const waiting = this.shared.gate.holdShared(this.scope!.signal);
      if (!waiting) {
        hold.state = "held";
        return undefined;
      }
      hold.state = waiting.then(
        () => void (hold.state = "held"),
        (error: unknown) => {
          hold.state = "none";
          throw error;
        },
      );
      hold.state.catch(() => {}); // each caller handles it (below); nothing is left unhandled
    }
    return untilAborted(hold.state, stop);
  }

  /** A session for `work` (a managed transaction, or an auto-commit read), bounded as {@link transaction} says. */
  private async withSession<T>(
    mode: "READ" | "WRITE",
    work: (session: Session, config: { timeout: number }) => Promise<T>,
  ): Promise<T> {
    this.health.assertAvailable();
    const { signal: stop, dispose } = eitherSignal(this.health.signal, this.scope?.signal);
    try {
      return await this.sessionUntil(stop, mode, work);
    } finally {
      dispose();
    }
  }

  /** The body of {@link withSession}, bounded by `stop` (the request's signal or the health's). */
  private async sessionUntil<T>(
    stop: AbortSignal,
    mode: "READ" | "WRITE",
    work: (session: Session, config: { timeout: number }) => Promise<T>,
  ): Promise<T> {
    stop.throwIfAborted();
    if (mode === "READ" && this.scope) {
      const waiting = this.holdForRequest(stop);
      if (waiting) await waiting.catch((e: unknown) => Promise.reject(stop.aborted ? cancelled(stop.reason) : e));
    }
    const release = this.scope
      ? await this.slots
          .acquire(this.scope.clientId, stop)
          .catch((e: unknown) => Promise.reject(stop.aborted ? cancelled(stop.reason) : e))
      : () => {};
    let session: Session | undefined;
    try {
      stop.throwIfAborted();
      session = this.driver.session({
        database: this.options.database,
        defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      });
      const running = work(session, { timeout: this.options.queryTimeoutMs });
      // On abort this rejects at once, and the `finally` below closes the session: RESET.
      return await untilAborted(running, stop);
    } catch (error) {
      throw stop.aborted ? cancelled(stop.reason) : this.failure(error);
    } finally {
      const closing = session?.close() ?? Promise.resolve();
      void closing.catch(() => {}).finally(release);
    }
  }

  /** Translates a driver failure, and trips the breaker when it says the server is unreachable. */
  private failure(error: unknown): unknown {
    if (isUnreachable(error)) this.health.reportUnreachable(this.options.uri ?? "the server");
    if (isAuthenticationFailure(error)) {
      this.options.log?.(
        `Neo4j refused the service's credentials (${(error as { code?: string }).code}): check NEO4J_USERNAME/NEO4J_PASSWORD, or the embedded password file.`,
      );
    }
    return translate(error);
  }
}

/**
 * Starts a statement without the stack trace the driver captures for every one (to give a failure
 * the caller's stack): this door turns every failure into an error of its own (translate), and on a
 * read that capture was about 2% of the service's CPU per request. The driver captures it
 * synchronously, inside `run`, so the limit is back before anything else runs.
 */
function runCapturingNoStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The error a cancelled call rejects with: the signal's reason when it is a client error, else a generic UNAVAILABLE. */
function cancelled(reason: unknown): unknown {
  return reason instanceof ClientError ? reason : new UnavailableError("The request's database work was cancelled.");
}

/**
 * A signal that aborts when either source does, with its reason. Unlike `AbortSignal.any`, it
 * leaves nothing registered on the long-lived health signal once `dispose` is called.
 */
function eitherSignal(a: AbortSignal, b?: AbortSignal): { signal: AbortSignal; dispose: () => void } {
  if (!b) return { signal: a, dispose: () => {} };
  const controller = new AbortController();
  const fromA = () => controller.abort(a.reason);
  const fromB = () => controller.abort(b.reason);
  if (a.aborted) fromA();
  else if (b.aborted) fromB();
  a.addEventListener("abort", fromA, { once: true });
  b.addEventListener("abort", fromB, { once: true });
  return {
    signal: controller.signal,
    dispose: () => {
      a.removeEventListener("abort", fromA);
      b.removeEventListener("abort", fromB);
    },
  };
}

/** Settles like `work`, or rejects with the signal's reason as soon as it aborts (work is left to wind down). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
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
