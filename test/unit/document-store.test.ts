import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { documentSize, SizedDocumentStore } from "../../src/graphql/limits/document-store.js";

const long = (i: number, length: number) => parse(`#${i}${"x".repeat(length)}\n{ __typename }`);

describe("SizedDocumentStore", () => {
  it("counts the source text a parsed document keeps, which its JSON leaves out", () => {
    const doc = long(1, 900_000);
    expect(JSON.stringify(doc).length).toBeLessThan(1_000);
    expect(documentSize(doc)).toBeGreaterThan(1_800_000);
  });

  it("keeps its entries within its byte budget, dropping the least recently used first", async () => {
    const store = new SizedDocumentStore(1_000_000);
    for (let i = 0; i < 100; i++) await store.set(`k${i}`, long(i, 40_000));
    expect(store.usage.bytes).toBeLessThanOrEqual(1_000_000);
    expect(store.usage.entries).toBe(12);
    await store.get("k88");
    await store.set("k100", long(100, 40_000));
    expect(await store.get("k88")).toBeDefined();
    expect(await store.get("k89")).toBeUndefined();
  });

  it("does not keep a document larger than a tenth of its budget", async () => {
    const store = new SizedDocumentStore(1_000_000);
    await store.set("big", long(0, 60_000));
    expect(await store.get("big")).toBeUndefined();
    expect(store.usage).toEqual({ entries: 0, bytes: 0 });
  });
});
