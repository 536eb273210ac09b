import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { FairSlots } from "./fair-slots.js";
import type { RenderReply, RenderRequest } from "./render-worker.js";
import { renderTask, type RenderTask } from "./render-task.js";

/** How many renders run at once and how many a client may queue (`RENDER_WORKERS`, `RENDER_QUEUE_PER_CLIENT`). */
export interface RenderPoolOptions {
  workers: number;
  queuePerClient: number;
}

/** Whose export this is: the client whose turn it waits for, and the signal that ends it (request-scope.ts). */
export interface RenderScope {
  clientId: string;
  signal?: AbortSignal;
}

/**
 * Compiled, the worker is `render-worker.js` beside this file (scripts/build.mjs compiles every
 * source file). Run from TypeScript (vitest, `node --import tsx`), it is `render-worker.ts`, which
 * the worker thread imports through tsx's API: Node 20 does not apply `--import tsx` to a worker's
 * own execArgv, and vitest's transform does not reach worker threads at all.
 */
const FROM_SOURCE = import.meta.url.endsWith(".ts");

function startWorker(): Worker {
  if (!FROM_SOURCE) return new Worker(new URL("./render-worker.js", import.meta.url), { name: "render" });
  const tsx = pathToFileURL(
    path.join(path.dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist/esm/api/index.mjs"),
  ).href;
  const entry = new URL("./render-worker.ts", import.meta.url).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`,
    { eval: true, name: "render" },
  );
}

/** Renders one request's export: `read` is its database work, run in the request's turn; resolves with the text. */
export type Renderer = (read: () => Promise<RenderTask>) => Promise<string>;

/** A {@link Renderer} with no pool: reads, then renders on the calling thread (the schema run alone, in tests). */
export const renderInPlace: Renderer = async (read) => renderTask(await read());

/**
 * Exports reading or rendering at once, per worker. Measured with `npm run soak` on 2 cores, one
 * worker: with 2, whole-graph reads queued behind each other and the soak's mix made 29 requests/s
 * against 34 before the pool; with 4, 106 against 121 on a quiet machine and 74 against 45 on a
 * busy one, while the trivial client beside the heavy exports kept p99 70–75 ms; 8 gained no
 * throughput and let that p99 rise to 112 ms.
 */
export const SLOTS_PER_WORKER = 4;

interface Job {
  task: RenderTask;
  resolve: (text: string) => void;
  reject: (error: unknown) => void;
}

interface Thread {
  worker: Worker;
  job?: Job;
}

/**
 * Exports rendered off the event loop, fairly. An export first waits for one of
 * {@link SLOTS_PER_WORKER} × `workers` slots, handed out per client ({@link FairSlots}: a client
 * with exports in flight waits behind clients with none, and at most `queuePerClient` of its
 * exports wait); then it reads its data (on the event loop: the driver decodes it there) and
 * renders in a worker thread. More slots than workers keep the workers busy while other exports
 * read. Holding the slot from before the read bounds both the decoding on the event loop and the
 * subgraphs held in memory to the slots.
 *
 * Workers start on first use and stay; one that dies (or is stopped because its request ended
 * mid-render) is replaced on the next render.
 */
export class RenderPool {
  private readonly slots: FairSlots;
  private readonly idle: Thread[] = [];
  private readonly busy = new Set<Thread>();
  private readonly ready: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(readonly options: RenderPoolOptions) {
    this.slots = new FairSlots(SLOTS_PER_WORKER * options.workers, options.queuePerClient, "exports");
  }

  /**
   * Waits for the client's turn, runs `read` (the export's database work) and renders what it
   * returns in a worker. Rejects with the scope signal's reason when the request ends first.
   */
  async render(scope: RenderScope, read: () => Promise<RenderTask>): Promise<string> {
    const release = await this.slots.acquire(scope.clientId, scope.signal);
    try {
      const task = await read();
      scope.signal?.throwIfAborted();
      return await this.run(task, scope.signal);
    } finally {
      release();
    }
  }

  /** The {@link Renderer} of one request. */
  for(scope: RenderScope): Renderer {
    return (read) => this.render(scope, read);
  }

  /** Exports reading or rendering, and waiting for a slot (for tests). */
  get usage(): { running: number; waiting: number } {
    return this.slots.usage;
  }

  /** Stops every worker; renders in progress are refused. */
  async close(): Promise<void> {
    this.closed = true;
    const threads = [...this.idle, ...this.busy];
    this.idle.length = 0;
    await Promise.all(
      threads.map((t) => this.stop(t, new Error("The service is stopping; the render was abandoned."))),
    );
  }

  private run(task: RenderTask, signal?: AbortSignal): Promise<string> {
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(new Error("The render pool is closed."));
      const done = () => signal?.removeEventListener("abort", onAbort);
      const job: Job = { task, resolve: (text) => (done(), resolve(text)), reject: (error) => (done(), reject(error)) };
      // A render whose request has ended is wasted work: its worker is stopped (and replaced later).
      const onAbort = () => {
        const thread = [...this.busy].find((t) => t.job === job);
        if (thread) return void this.stop(thread, signal!.reason);
        this.ready.splice(this.ready.indexOf(job), 1);
        job.reject(signal!.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.ready.push(job);
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.ready.length > 0 && !this.closed) {
      const thread = this.idle.pop() ?? (this.busy.size < this.options.workers ? this.spawn() : undefined);
      if (!thread) return;
      const job = this.ready.shift()!;
      try {
        thread.worker.postMessage({ id: this.nextId++, task: job.task } satisfies RenderRequest);
      } catch (error) {
        // A value that cannot be copied to a thread: that render fails, the worker stays free.
        this.idle.push(thread);
        job.reject(error);
        continue;
      }
      thread.job = job;
      this.busy.add(thread);
    }
  }

  private spawn(): Thread {
    const worker = startWorker();
    // An idle worker must not keep the process alive; main.ts stops the service in order.
    worker.unref();
    const thread: Thread = { worker };
    worker.on("message", (reply: RenderReply) => {
      const job = thread.job;
      thread.job = undefined;
      this.busy.delete(thread);
      this.idle.push(thread);
      if (job)
        "text" in reply
          ? job.resolve(reply.text)
          : job.reject(new Error(`The export could not be rendered: ${reply.error}`));
      this.dispatch();
    });
    worker.on("error", (error) => this.forget(thread, error));
    worker.on("exit", (code) =>
      this.forget(thread, new Error(`The render worker stopped (exit code ${code}) before it finished.`)),
    );
    return thread;
  }

  /** Stops a worker; its render, if any, is refused with `reason`. */
  private async stop(thread: Thread, reason: unknown): Promise<void> {
    this.forget(thread, reason);
    await thread.worker.terminate();
  }

  /** Takes a worker out of the pool, refusing its render with `reason`, and lets the next render start another. */
  private forget(thread: Thread, reason: unknown): void {
    const job = thread.job;
    thread.job = undefined;
    this.busy.delete(thread);
    const i = this.idle.indexOf(thread);
    if (i >= 0) this.idle.splice(i, 1);
    job?.reject(reason);
    this.dispatch();
  }
}
