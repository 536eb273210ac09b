import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/app.js";
import { startServer } from "../helpers/server.js";

// The attack that ran Node out of memory in 58 s: distinct long query texts, 4 at a time, each
// parsed and cached by Apollo with its whole text. Now a text is at most MAX_QUERY_LENGTH, and the
// document cache counts the text it keeps.
const MAX_QUERY_LENGTH = 100_000;
const text = (i: number, length: number) => {
  const head = `#${i}`;
  const tail = "\n{ __typename }";
  return head + "x".repeat(length - head.length - tail.length) + tail;
};

/** A full collection, when V8 lets us ask for one (`--expose-gc` turned on at run time). */
function collect(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

function heapMb(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

let app: RunningApp;
beforeAll(async () => {
  app = await startServer({ MAX_QUERY_LENGTH: String(MAX_QUERY_LENGTH) });
});
afterAll(async () => {
  await app?.stop();
});

async function post(query: string): Promise<{
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}> {
  const res = await fetch(`${app.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as never };
}

describe("memory taken by query texts", () => {
  it("refuses a query text over MAX_QUERY_LENGTH before parsing it, with a 400 that names the limit", async () => {
    const res = await post(text(1, 900_000));
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining("over the limit of 100,000 (MAX_QUERY_LENGTH)"),
      extensions: { code: "BAD_USER_INPUT", limit: "queryLength", maximum: MAX_QUERY_LENGTH, actual: 900_000 },
    });
    expect(await post(text(2, MAX_QUERY_LENGTH))).toEqual({ status: 200, body: { data: { __typename: "Query" } } });
  });

  it("keeps the heap bounded while one client sends thousands of distinct long texts, 4 at a time", async () => {
    const length = MAX_QUERY_LENGTH - 1_000;
    const before = heapMb();
    let sent = 0;
    // Bounded in time: a loaded 2-core machine manages about 40 such requests a second.
    const deadline = Date.now() + 40_000;
    const worker = async () => {
      while (sent < 2_000 && Date.now() < deadline) {
        const res = await post(text(sent++, length));
        expect(res.status).toBe(200);
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    const growth = heapMb() - before;
    // Had every parsed document been kept (Apollo's default store: measured 175 MB after 1,756),
    // their texts alone would take `sent × length` bytes (one byte a character), over 59 MB once
    // 600 were sent. The document cache may hold 32 MB as it counts them (two bytes a character),
    // so about 16 MB of texts (measured: 19 MB of growth in all).
    expect(sent).toBeGreaterThanOrEqual(600);
    expect(growth).toBeLessThan(40);
  }, 120_000);
});
