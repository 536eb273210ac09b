import { describe, expect, it } from "vitest";
import { ResponseCache } from "../../src/graphql/response-cache/response-cache.js";

describe("ResponseCache", () => {
  const result = (n: number) => ({ data: { n } });

  it("serves an entry for its generation only, and only within its time to live", () => {
    let now = 0;
    const cache = new ResponseCache({ ttlMs: 1000, maxEntries: 10, maxBytes: 1_000_000 }, () => now);
    cache.set("q", 1, result(1), 100);
    expect(cache.get("q", 1)).toEqual(result(1));
    expect(cache.get("q", 2)).toBeUndefined();
    cache.set("q", 2, result(2), 100);
    now = 1001;
    expect(cache.get("q", 2)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("drops the least recently used entries beyond its entry and byte budgets", () => {
    const cache = new ResponseCache({ ttlMs: 60_000, maxEntries: 2, maxBytes: 10_000 });
    cache.set("a", 0, result(1), 10);
    cache.set("b", 0, result(2), 10);
    cache.get("a", 0);
    cache.set("c", 0, result(3), 10);
    expect(cache.get("b", 0)).toBeUndefined();
    expect(cache.get("a", 0)).toEqual(result(1));
    const bytes = new ResponseCache({ ttlMs: 60_000, maxEntries: 100, maxBytes: 10_000 });
    for (let i = 0; i < 20; i++) bytes.set(`k${i}`, 0, result(i), 900);
    expect(bytes.size).toBeLessThanOrEqual(11);
    expect(bytes.get("k19", 0)).toEqual(result(19));
    expect(bytes.get("k0", 0)).toBeUndefined();
  });

  it("keeps no entry larger than a tenth of its byte budget", () => {
    const cache = new ResponseCache({ ttlMs: 60_000, maxEntries: 100, maxBytes: 10_000 });
    cache.set("big", 0, result(1), 2_000);
    expect(cache.get("big", 0)).toBeUndefined();
  });
});
