import { UnavailableError } from "../errors/client-errors.js";

/** Someone waiting at the gate, in arrival order. */
interface Waiter {
  kind: "shared" | "exclusive";
  grant(): void;
}

/**
 * A read/write lock of one service process, so that a request never mixes two versions of a
 * document: each request holds a SHARED hold from its first read until it ends (several statements
 * then see one state of the graph), and a write of the service (ingest, seed) takes the EXCLUSIVE
 * hold: it waits until the requests holding the gate have ended, runs alone, and lets them in again.
 *
 * Writers are not starved: once a writer waits, requests arriving after it wait behind it (in
 * arrival order). A writer waits at most `waitMs` for the running requests, then fails with
 * UNAVAILABLE and lets the ones queued behind it go on. A shared hold is free of any promise or timer
 * when no writer waits or runs: one counter check and one abort listener per request.
 */
export class ReadWriteGate {
  /** Shared holds granted and not yet released. */
  private readers = 0;
  /** Writers waiting or running; while it is 0 the queue is empty and shared holds are granted at once. */
  private writers = 0;
  private writing = false;
  private readonly queue: Waiter[] = [];

  /** What the gate holds now (tests, metrics). */
  get state(): { readers: number; writers: number; writing: boolean; queued: number } {
    return { readers: this.readers, writers: this.writers, writing: this.writing, queued: this.queue.length };
  }

  /**
   * Takes a shared hold that lasts until `until` aborts (the request's signal: it aborts when the
   * request ends). Returns undefined when granted at once, else a promise that settles when it is
   * granted, or rejects with the signal's reason when the signal aborts first.
   */
  holdShared(until: AbortSignal): Promise<void> | undefined {
    if (until.aborted) return Promise.reject(until.reason);
    if (this.writers === 0) {
      this.readers++;
      until.addEventListener("abort", () => this.releaseShared(), { once: true });
      return undefined;
    }
    return new Promise<void>((resolve, reject) => {
      let granted = false;
      const waiter: Waiter = {
        kind: "shared",
        grant: () => {
          granted = true;
          resolve();
        },
      };
      until.addEventListener(
        "abort",
        () => {
          if (granted) return this.releaseShared();
          this.remove(waiter);
          reject(until.reason);
        },
        { once: true },
      );
      this.queue.push(waiter);
    });
  }

  /**
   * Takes the exclusive hold: resolves, once every shared hold taken before has been released, with
   * the function that releases it. Rejects with UNAVAILABLE after `waitMs` without it.
   */
  exclusive(waitMs: number): Promise<() => void> {
    this.writers++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.writing = false;
      this.writers--;
      this.pump();
    };
    if (!this.writing && this.readers === 0 && this.queue.length === 0) {
      this.writing = true;
      return Promise.resolve(release);
    }
    return new Promise<() => void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.remove(waiter);
        this.writers--;
        this.pump();
        reject(
          new UnavailableError(
            `The write waited ${waitMs} ms (NEO4J_ACQUIRE_TIMEOUT_MS) for the requests being answered to finish, and they had not; nothing was written. Try again.`,
            "busy",
          ),
        );
      }, waitMs);
      const waiter: Waiter = {
        kind: "exclusive",
        grant: () => {
          clearTimeout(timer);
          resolve(release);
        },
      };
      this.queue.push(waiter);
      this.pump();
    });
  }

  private releaseShared(): void {
    this.readers--;
    if (this.queue.length > 0) this.pump();
  }

  private remove(waiter: Waiter): void {
    const at = this.queue.indexOf(waiter);
    if (at >= 0) this.queue.splice(at, 1);
  }

  /** Grants from the head of the queue what can be granted: shared holds until a writer, a writer when no one holds the gate. */
  private pump(): void {
    while (this.queue.length > 0 && !this.writing) {
      const head = this.queue[0]!;
      if (head.kind === "exclusive") {
        if (this.readers > 0) return;
        this.queue.shift();
        this.writing = true;
        head.grant();
        return;
      }
      this.queue.shift();
      this.readers++;
      head.grant();
    }
  }
}
