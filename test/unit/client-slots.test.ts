import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { ClientSlots } from "../../src/db/client-slots.js";
import { ClientError } from "../../src/errors/client-errors.js";
import { clientId } from "../../src/http/request-scope.js";

const codeOf = (e: unknown) => (e instanceof ClientError ? e.extensions.code : e);

describe("ClientSlots", () => {
  it("runs up to the limit at once, queues the next in order and refuses beyond the queue with UNAVAILABLE", async () => {
    const slots = new ClientSlots({ concurrency: 2, queue: 1, waitMs: 10_000 });
    const first = await slots.acquire("a");
    await slots.acquire("a");
    const order: string[] = [];
    const queued = slots.acquire("a").then((release) => (order.push("queued"), release));
    expect(codeOf(await slots.acquire("a").catch((e: unknown) => e))).toBe("UNAVAILABLE");
    expect(slots.usage("a")).toEqual({ running: 2, waiting: 1 });

    first();
    first(); // giving back twice gives back once
    (await queued)();
    expect(order).toEqual(["queued"]);
    expect(slots.usage("a")).toEqual({ running: 1, waiting: 0 });
  });

  it("keeps each client's share apart: a full client does not delay another", async () => {
    const slots = new ClientSlots({ concurrency: 1, queue: 0, waitMs: 10_000 });
    await slots.acquire("a");
    expect(codeOf(await slots.acquire("a").catch((e: unknown) => e))).toBe("UNAVAILABLE");
    const release = await slots.acquire("b");
    expect(slots.usage("b")).toEqual({ running: 1, waiting: 0 });
    release();
    expect(slots.usage("b")).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses a waiter with UNAVAILABLE after the wait limit, and one whose request ended with its reason", async () => {
    const slots = new ClientSlots({ concurrency: 1, queue: 5, waitMs: 30 });
    await slots.acquire("a");
    expect(codeOf(await slots.acquire("a").catch((e: unknown) => e))).toBe("UNAVAILABLE");
    const ended = new AbortController();
    const waiting = slots.acquire("a", ended.signal).catch((e: unknown) => e);
    ended.abort("gone");
    expect(await waiting).toBe("gone");
    expect(slots.usage("a")).toEqual({ running: 1, waiting: 0 });
  });
});

describe("clientId", () => {
  const req = (headers: Record<string, string>) =>
    ({ headers, socket: { remoteAddress: "127.0.0.1" } }) as unknown as IncomingMessage;

  it("is the peer's address unless a header is configured", () => {
    expect(clientId(req({ "x-forwarded-for": "203.0.113.9" }))).toBe("127.0.0.1");
  });

  it("takes the last X-Forwarded-For address, the one the nearest proxy appended, not what the client claims", () => {
    expect(clientId(req({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" }), "x-forwarded-for")).toBe("203.0.113.9");
    expect(clientId(req({}), "x-forwarded-for")).toBe("127.0.0.1");
  });
});
