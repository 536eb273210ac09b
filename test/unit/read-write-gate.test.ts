import { describe, expect, it } from "vitest";
import { ReadWriteGate } from "../../src/db/read-write-gate.js";
import { ClientError } from "../../src/errors/client-errors.js";

const codeOf = (e: unknown) => (e instanceof ClientError ? e.extensions.code : e);
/** Lets every settled promise's callbacks run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

/** A request: its hold lasts until `end()`. */
function request() {
  const controller = new AbortController();
  return { signal: controller.signal, end: () => controller.abort(new Error("request ended")) };
}

describe("ReadWriteGate", () => {
  it("grants shared holds at once, with no promise, while no writer waits", () => {
    const gate = new ReadWriteGate();
    const a = request();
    const b = request();
    expect(gate.holdShared(a.signal)).toBeUndefined();
    expect(gate.holdShared(b.signal)).toBeUndefined();
    expect(gate.state).toEqual({ readers: 2, writers: 0, writing: false, queued: 0 });
    a.end();
    b.end();
    expect(gate.state.readers).toBe(0);
  });

  it("lets a writer in only once the requests holding the gate have ended, and queues requests arriving meanwhile behind it", async () => {
    const gate = new ReadWriteGate();
    const running = request();
    void gate.holdShared(running.signal);
    const order: string[] = [];
    const writer = gate.exclusive(10_000).then((release) => (order.push("write"), release));
    const later = request();
    const waiting = gate.holdShared(later.signal);
    expect(waiting).toBeInstanceOf(Promise);
    void waiting!.then(() => order.push("later read"));
    await settle();
    expect(order).toEqual([]);
    expect(gate.state).toEqual({ readers: 1, writers: 1, writing: false, queued: 2 });

    running.end();
    const release = await writer;
    await settle();
    expect(order).toEqual(["write"]); // the later request still waits: the write runs alone
    expect(gate.state).toMatchObject({ readers: 0, writing: true });

    release();
    release(); // releasing twice releases once
    await settle();
    expect(order).toEqual(["write", "later read"]);
    expect(gate.state).toEqual({ readers: 1, writers: 0, writing: false, queued: 0 });
    later.end();
    expect(gate.state.readers).toBe(0);
    // No writer any more: holds are immediate again.
    expect(gate.holdShared(request().signal)).toBeUndefined();
  });

  it("runs writers one at a time, in order, with the requests that arrived between them in between", async () => {
    const gate = new ReadWriteGate();
    const order: string[] = [];
    const first = await gate.exclusive(10_000);
    const second = gate.exclusive(10_000).then((r) => (order.push("second write"), r));
    const reader = request();
    void gate.holdShared(reader.signal)!.then(() => order.push("read"));
    const third = gate.exclusive(10_000).then((r) => (order.push("third write"), r));
    first();
    (await second)();
    await settle();
    expect(order).toEqual(["second write", "read"]);
    reader.end();
    (await third)();
    expect(order).toEqual(["second write", "read", "third write"]);
    expect(gate.state).toEqual({ readers: 0, writers: 0, writing: false, queued: 0 });
  });

  it("fails a writer with UNAVAILABLE when the running requests outlast its wait, and lets those queued behind it go on", async () => {
    const gate = new ReadWriteGate();
    const slow = request();
    void gate.holdShared(slow.signal);
    const writer = gate.exclusive(30).catch((e: unknown) => e);
    const queued = gate.holdShared(request().signal);
    expect(queued).toBeInstanceOf(Promise);
    const error = await writer;
    expect(codeOf(error)).toBe("UNAVAILABLE");
    expect((error as Error).message).toMatch(/nothing was written/);
    await queued;
    expect(gate.state).toEqual({ readers: 2, writers: 0, writing: false, queued: 0 });
  });

  it("drops a request that ends while it waits behind a writer, with its signal's reason, and holds nothing for it", async () => {
    const gate = new ReadWriteGate();
    const release = await gate.exclusive(10_000);
    const gone = request();
    const waiting = gate.holdShared(gone.signal)!.catch((e: unknown) => (e as Error).message);
    gone.end();
    expect(await waiting).toBe("request ended");
    expect(gate.state).toEqual({ readers: 0, writers: 1, writing: true, queued: 0 });
    release();
    expect(gate.state).toEqual({ readers: 0, writers: 0, writing: false, queued: 0 });
    // A request that has already ended takes no hold.
    const ended = request();
    ended.end();
    await expect(gate.holdShared(ended.signal)).rejects.toThrow("request ended");
    expect(gate.state.readers).toBe(0);
  });

  it("releases a hold granted after a wait when its request ends", async () => {
    const gate = new ReadWriteGate();
    const release = await gate.exclusive(10_000);
    const r = request();
    const waiting = gate.holdShared(r.signal)!;
    release();
    await waiting;
    expect(gate.state.readers).toBe(1);
    const next = gate.exclusive(10_000);
    r.end();
    (await next)();
    expect(gate.state).toEqual({ readers: 0, writers: 0, writing: false, queued: 0 });
  });
});
