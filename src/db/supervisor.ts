import { firstLine } from "../errors/first-line.js";
import type { DatabaseHealth } from "./database-health.js";
import type { EmbeddedNeo4j } from "./embedded.js";
import { delay } from "./embedded.process.js";

export interface SupervisorOptions {
  /** Starts the embedded Neo4j; called again, unchanged, for every restart (same port, data dir, options, credentials). */
  start: () => Promise<EmbeddedNeo4j>;
  /** Restart attempts after a death before giving up (`NEO4J_EMBEDDED_RESTARTS`). */
  maxRestarts: number;
  log: (line: string) => void;
  /** Wait before the 2nd attempt, doubled for each further one (capped at 30 s); default 1000. The 1st is immediate. */
  backoffMs?: number;
}

/** What the embedded Neo4j is doing: serving, being restarted, or given up on (the service cannot serve again without a restart of its own). */
export type Neo4jState = "up" | "restarting" | "down";

/** A JVM that ran this long before dying counts as healthy: the next death starts counting attempts afresh. */
const STABLE_MS = 60_000;

/**
 * Keeps the embedded Neo4j running: when its JVM dies (crash, out of memory, `kill -9`), the
 * supervisor holds the database health closed with the reason ("Neo4j is restarting (attempt 2 of
 * 5)"), so requests fail fast with UNAVAILABLE and /ready says why, and starts it again with
 * exactly the first start's options, backing off between attempts and logging each one. The
 * driver reconnects by itself once Bolt answers on the same port. After `maxRestarts` failed
 * attempts it gives up and the reason says so (with the last error, e.g. a full disk).
 */
export class EmbeddedSupervisor {
  private current: EmbeddedNeo4j;
  private health: DatabaseHealth | undefined;
  private stopped = false;
  private restarting: Promise<void> | undefined;
  private startedAt = Date.now();
  private attempts = 0;
  private gaveUp: string | undefined;

  private constructor(
    first: EmbeddedNeo4j,
    private readonly o: SupervisorOptions,
  ) {
    this.current = first;
    this.watch(first);
  }

  /** Starts Neo4j the first time (a failure here is a start-up failure, not restarted) and supervises it. */
  static async start(o: SupervisorOptions): Promise<EmbeddedSupervisor> {
    return new EmbeddedSupervisor(await o.start(), o);
  }

  /** The Neo4j running now (it changes with each restart). */
  get neo4j(): EmbeddedNeo4j {
    return this.current;
  }

  /** Whether Neo4j is up, being restarted, or down for good (after `maxRestarts` failed attempts). */
  get state(): Neo4jState {
    if (this.gaveUp !== undefined) return "down";
    return this.restarting ? "restarting" : "up";
  }

  /**
   * Why the service can no longer serve, once the supervisor gave up: the reason `/health` answers
   * 503 with (a liveness probe then restarts the service). Undefined while Neo4j runs or restarts.
   */
  get failure(): string | undefined {
    return this.gaveUp;
  }

  /** The health to hold closed while Neo4j is down; set once the database door exists. */
  attach(health: DatabaseHealth): void {
    this.health = health;
  }

  /** Resolves when no restart is in progress (tests wait on it). */
  async settled(): Promise<void> {
    while (this.restarting) await this.restarting;
  }

  /** Stops supervising and stops Neo4j (waiting for a restart in progress first). */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.restarting?.catch(() => {});
    await this.current.stop();
  }

  private watch(neo4j: EmbeddedNeo4j): void {
    neo4j.onExit((how) => {
      if (this.stopped || neo4j !== this.current) return;
      this.restarting = this.restart(how).finally(() => (this.restarting = undefined));
    });
  }

  private async restart(how: string): Promise<void> {
    if (Date.now() - this.startedAt >= STABLE_MS) this.attempts = 0;
    const max = this.o.maxRestarts;
    let lastError: unknown = new Error(`it exited (${how})`);
    while (!this.stopped && this.attempts < max) {
      const attempt = ++this.attempts;
      const reason = `Neo4j is restarting (attempt ${attempt} of ${max}) after it exited (${how})`;
      this.health?.hold(reason);
      if (attempt > 1) await delay(Math.min((this.o.backoffMs ?? 1_000) * 2 ** (attempt - 2), 30_000));
      if (this.stopped) return;
      this.o.log(`${reason}…`);
      const started = Date.now();
      try {
        const next = await this.o.start();
        if (this.stopped) return void (await next.stop());
        this.current = next;
        this.startedAt = Date.now();
        this.watch(next);
        this.health?.hold(undefined);
        this.o.log(
          `Embedded Neo4j restarted (attempt ${attempt} of ${max}) in ${((Date.now() - started) / 1000).toFixed(1)} s; serving requests again.`,
        );
        return;
      } catch (error) {
        lastError = error;
        this.o.log(`Restarting the embedded Neo4j failed (attempt ${attempt} of ${max}): ${firstLine(error)}`);
      }
    }
    if (this.stopped) return;
    const reason = `Neo4j stopped and could not be restarted (${max} attempts): ${firstLine(lastError)}`;
    this.gaveUp = reason;
    this.health?.hold(reason);
    this.o.log(`${reason}. Fix the cause and restart the service.`);
  }
}
