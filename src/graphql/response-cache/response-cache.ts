/**
 * Whole responses to queries, by operation and variables, for a read-mostly graph. An entry is
 * served only while the graph is unchanged as far as this process knows (the database door's
 * write generation is the one it was stored under) and for at most `ttlMs`, which bounds how long a
 * change made by another process (an ingest against the same external Neo4j) can go unseen.
 * Bounded by entry count and bytes; the least recently used entries go first.
 */
export interface ResponseCacheOptions {
  ttlMs: number;
  maxEntries: number;
  maxBytes: number;
}

/** A stored response: the execution result Apollo serialises (never mutated once stored). */
export type CachedResult = Record<string, unknown>;

interface Entry {
  result: CachedResult;
  size: number;
  generation: number;
  storedAt: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    private readonly options: ResponseCacheOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** A cache as configured: entries live `ttlSeconds` and take at most `maxMb` MB (and 10,000 entries). */
  static sized(config: { ttlSeconds: number; maxMb: number }): ResponseCache {
    return new ResponseCache({
      ttlMs: config.ttlSeconds * 1000,
      maxEntries: 10_000,
      maxBytes: config.maxMb * 1_000_000,
    });
  }

  /** The response stored under `key` for graph generation `generation`, if still fresh. */
  get(key: string, generation: number): CachedResult | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.generation !== generation || this.now() - entry.storedAt > this.options.ttlMs) {
      this.delete(key, entry);
      return undefined;
    }
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.result;
  }

  /** Stores a response of `bytes` bytes (its JSON); one larger than a tenth of the byte budget is not kept. */
  set(key: string, generation: number, result: CachedResult, bytes: number): void {
    const size = bytes + key.length * 2;
    if (size > this.options.maxBytes / 10) return;
    const known = this.entries.get(key);
    if (known) this.delete(key, known);
    this.entries.set(key, { result, size, generation, storedAt: this.now() });
    this.bytes += size;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) break;
      this.delete(k, e);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.size;
  }
}
