import { setMaxListeners } from "node:events";
import { UnavailableError } from "../errors/client-errors.js";

/**
 * Whether Neo4j can be used right now, and if not, why: the circuit breaker in front of the driver.
 *
 * Two sources close it. The embedded supervisor *holds* it while it restarts a dead JVM (or after
 * it gave up). Any request that finds the server unreachable *trips* it; a probe then asks the
 * server every so often (0.5 s, doubling to 5 s) and closes it again once it answers. While it is
 * open, every database call fails at once with {@link UnavailableError} and the reason, instead of
 * waiting for connection and retry timeouts; tripping it also cancels the calls already in flight.
 */
export class DatabaseHealth {
  private held: string | undefined;
  private unreachable: string | undefined;
  private controller = sharedController();
  private probing = false;
  private closed = false;

  constructor(
    private readonly probe: () => Promise<void>,
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** Why the database cannot be used, or undefined when it can. */
  get reason(): string | undefined {
    return this.held ?? this.unreachable;
  }

  /** Aborts (with an {@link UnavailableError} as reason) the moment the database becomes unavailable. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Throws the reason when the database cannot be used. */
  assertAvailable(): void {
    const reason = this.reason;
    if (reason !== undefined)
      throw new UnavailableError(`The graph database is unavailable: ${reason}. Try again shortly.`);
  }

  /** The supervisor's verdict, e.g. "Neo4j is restarting (attempt 2 of 5)"; undefined releases the hold. */
  hold(reason: string | undefined): void {
    const wasAvailable = this.reason === undefined;
    this.held = reason;
    if (reason === undefined) this.unreachable = undefined;
    else if (wasAvailable) this.trip();
  }

  /** A call found the server unreachable: fail fast from now on, and probe until it answers. */
  reportUnreachable(uri: string): void {
    if (this.reason !== undefined || this.closed) return;
    this.unreachable = `Neo4j at ${uri} is not reachable`;
    this.log(`Neo4j at ${uri} is not reachable; failing requests fast and probing until it answers.`);
    this.trip();
    void this.probeUntilReachable();
  }

  /** Stops probing (on shutdown). */
  close(): void {
    this.closed = true;
  }

  private trip(): void {
    const tripped = this.controller;
    this.controller = sharedController();
    tripped.abort(new UnavailableError(`The graph database became unavailable: ${this.reason}. Try again shortly.`));
  }

  private async probeUntilReachable(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    let delay = 500;
    try {
      while (this.unreachable !== undefined && !this.closed) {
        await new Promise((resolve) => setTimeout(resolve, delay).unref());
        if (this.held !== undefined) continue; // the supervisor decides meanwhile
        try {
          await this.probe();
          if (this.unreachable !== undefined) this.log("Neo4j answers again; serving requests.");
          this.unreachable = undefined;
        } catch {
          delay = Math.min(delay * 2, 5_000);
        }
      }
    } finally {
      this.probing = false;
    }
  }
}

/**
 * Every call in flight listens to the one health signal, so at concurrency 32 it has dozens of
 * listeners (each removed when its call ends): lift Node's leak warning, which fires past 10.
 */
function sharedController(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}
