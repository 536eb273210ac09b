import { UnavailableError } from "../errors/client-errors.js";

interface Waiter {
  grant: () => void;
  refuse: (error: unknown) => void;
}

/**
 * A fixed number of slots shared by every client, handed out fairly: when a slot frees, it goes to
 * the waiting client that holds the fewest slots, and among those to the one served longest ago
 * (round robin); a client's own waiters go in order of arrival. So a client with work in flight
 * waits behind every client with none, and twenty heavy requests from one client make another
 * client's single request wait for no more than the ones already running. Each client may have at
 * most `queuePerClient` waiting; more are refused at once with {@link UnavailableError}. A waiter
 * gives up when its `signal` aborts (its request ended or ran out of time), with the signal's
 * reason. A client with nothing held or waiting is forgotten.
 */
export class FairSlots {
  private readonly held = new Map<string, number>();
  private readonly waiting = new Map<string, Waiter[]>();
  /** When each active client was last granted a slot (a count of grants). */
  private readonly served = new Map<string, number>();
  private inUse = 0;
  private grants = 0;

  constructor(
    readonly slots: number,
    readonly queuePerClient: number,
    /** What the work is, for the refusal's message (e.g. "exports"). */
    private readonly what: string,
  ) {}

  /** Waits for a slot for `clientId`; resolves with the function that gives it back (call it once). */
  acquire(clientId: string, signal?: AbortSignal): Promise<() => void> {
    signal?.throwIfAborted();
    if (this.inUse < this.slots && !this.waiting.size) return Promise.resolve(this.take(clientId));
    const queue = this.waiting.get(clientId) ?? [];
    if (queue.length >= this.queuePerClient) {
      return Promise.reject(
        new UnavailableError(
          `Too many ${this.what} from this client at once (${this.held.get(clientId) ?? 0} running and ${queue.length} waiting; ${this.queuePerClient} may wait); try again when some have finished.`,
        ),
      );
    }
    return new Promise((resolve, reject) => {
      const leave = () => {
        signal?.removeEventListener("abort", onAbort);
        queue.splice(queue.indexOf(waiter), 1);
        if (queue.length === 0) this.waiting.delete(clientId);
      };
      const waiter: Waiter = {
        grant: () => (leave(), resolve(this.take(clientId))),
        refuse: (error) => (leave(), this.forgetIfIdle(clientId), reject(error)),
      };
      const onAbort = () => waiter.refuse(signal!.reason);
      signal?.addEventListener("abort", onAbort, { once: true });
      queue.push(waiter);
      this.waiting.set(clientId, queue);
    });
  }

  /** Slots in use and requests waiting, over all clients (for tests). */
  get usage(): { running: number; waiting: number } {
    let waiting = 0;
    for (const q of this.waiting.values()) waiting += q.length;
    return { running: this.inUse, waiting };
  }

  private take(clientId: string): () => void {
    this.inUse++;
    this.held.set(clientId, (this.held.get(clientId) ?? 0) + 1);
    this.served.set(clientId, this.grants++);
    let given = false;
    return () => {
      if (given) return;
      given = true;
      this.inUse--;
      const left = this.held.get(clientId)! - 1;
      if (left === 0) this.held.delete(clientId);
      else this.held.set(clientId, left);
      this.forgetIfIdle(clientId);
      this.next()?.grant();
    };
  }

  /** The first waiter of the client to serve next: fewest slots held, then served longest ago (never: first). */
  private next(): Waiter | undefined {
    let best: string | undefined;
    for (const clientId of this.waiting.keys()) {
      if (best === undefined || this.before(clientId, best)) best = clientId;
    }
    return best === undefined ? undefined : this.waiting.get(best)![0];
  }

  private before(a: string, b: string): boolean {
    const heldA = this.held.get(a) ?? 0;
    const heldB = this.held.get(b) ?? 0;
    return heldA !== heldB ? heldA < heldB : (this.served.get(a) ?? -1) < (this.served.get(b) ?? -1);
  }

  private forgetIfIdle(clientId: string): void {
    if (!this.held.has(clientId) && !this.waiting.has(clientId)) this.served.delete(clientId);
  }
}
