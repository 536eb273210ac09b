import { UnavailableError } from "../errors/client-errors.js";

/** The per-client share of the database. */
export interface ClientSlotLimits {
  /** Queries one client may run at once. */
  concurrency: number;
  /** Queries of one client that may wait for a slot; more are refused at once. */
  queue: number;
  /** Longest wait in the queue before the query is refused. */
  waitMs: number;
}

interface Waiter {
  grant: () => void;
  refuse: (error: unknown) => void;
}

interface ClientState {
  running: number;
  waiting: Waiter[];
}

/**
 * A counting semaphore per client, so that one client cannot take every connection of the pool:
 * each client runs at most `concurrency` queries, `queue` more wait in order (first come, first
 * served) for at most `waitMs`, and anything beyond is refused at once with {@link UnavailableError}.
 * A client with nothing running or waiting costs no memory.
 */
export class ClientSlots {
  private readonly clients = new Map<string, ClientState>();

  constructor(readonly limits: ClientSlotLimits) {}

  /** Waits for a slot of `clientId`; resolves with the function that gives it back (call it once). */
  acquire(clientId: string, signal?: AbortSignal): Promise<() => void> {
    signal?.throwIfAborted();
    const state = this.clients.get(clientId) ?? { running: 0, waiting: [] };
    this.clients.set(clientId, state);
    const release = once(() => this.release(clientId, state));
    if (state.running < this.limits.concurrency) {
      state.running++;
      return Promise.resolve(release);
    }
    if (state.waiting.length >= this.limits.queue) {
      this.forgetIfIdle(clientId, state);
      return Promise.reject(
        new UnavailableError(
          `Too many database queries from this client at once (${this.limits.concurrency} running and ${this.limits.queue} waiting is the limit); try again shortly.`,
        ),
      );
    }
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        state.waiting.splice(state.waiting.indexOf(waiter), 1);
      };
      const waiter: Waiter = {
        grant: () => {
          done();
          state.running++;
          resolve(release);
        },
        refuse: (error) => {
          done();
          this.forgetIfIdle(clientId, state);
          reject(error);
        },
      };
      const onAbort = () => waiter.refuse(signal!.reason);
      const timer = setTimeout(
        () =>
          waiter.refuse(
            new UnavailableError(
              `No database slot of this client became free within ${this.limits.waitMs} ms; try again shortly.`,
            ),
          ),
        this.limits.waitMs,
      );
      signal?.addEventListener("abort", onAbort, { once: true });
      state.waiting.push(waiter);
    });
  }

  /** Queries running and waiting for `clientId` (for tests and logs). */
  usage(clientId: string): { running: number; waiting: number } {
    const s = this.clients.get(clientId);
    return { running: s?.running ?? 0, waiting: s?.waiting.length ?? 0 };
  }

  /** Queries running and waiting over all clients (the `/metrics` gauge; one pass over the active clients). */
  get totals(): { running: number; waiting: number } {
    let running = 0;
    let waiting = 0;
    for (const s of this.clients.values()) {
      running += s.running;
      waiting += s.waiting.length;
    }
    return { running, waiting };
  }

  private release(clientId: string, state: ClientState): void {
    state.running--;
    const next = state.waiting[0];
    if (next) next.grant();
    else this.forgetIfIdle(clientId, state);
  }

  private forgetIfIdle(clientId: string, state: ClientState): void {
    if (state.running === 0 && state.waiting.length === 0 && this.clients.get(clientId) === state)
      this.clients.delete(clientId);
  }
}

function once(f: () => void): () => void {
  let called = false;
  return () => {
    if (called) return;
    called = true;
    f();
  };
}
