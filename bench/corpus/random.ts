// The corpus's one source of chance: a seeded PRNG, so the same seed writes byte-identical texts.

/** A seeded pseudo-random source (mulberry32 over a splitmix-hashed seed); never Math.random. */
export class Random {
  private state: number;

  constructor(seed: number) {
    // splitmix32 of the seed, so seeds 1 and 2 start far apart.
    let z = (seed + 0x9e3779b9) | 0;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    this.state = (z ^ (z >>> 16)) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** An item drawn with the given weights (any positive scale). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let r = this.next() * weights.reduce((a, b) => a + b, 0);
    for (const [i, w] of weights.entries()) if ((r -= w) < 0) return items[i]!;
    return items[items.length - 1]!;
  }

  /** An item of a ranked pool, drawn Zipf-like (weight 1/rank^s): the first few recur very often. */
  zipf<T>(items: readonly T[], s = 1): T {
    return this.weighted(items, zipfWeights(items.length, s));
  }

  /** `n` distinct items drawn Zipf-like, in the order drawn. */
  zipfDistinct<T>(items: readonly T[], n: number, s = 1): T[] {
    const out: T[] = [];
    for (let tries = 0; out.length < Math.min(n, items.length) && tries < 50 * n; tries++) {
      const x = this.zipf(items, s);
      if (!out.includes(x)) out.push(x);
    }
    return out;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

const zipfCache = new Map<string, number[]>();

/** Weights 1/rank^s for ranks 1…n. */
function zipfWeights(n: number, s = 1): number[] {
  const key = `${n}:${s}`;
  let w = zipfCache.get(key);
  if (!w) zipfCache.set(key, (w = Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s)));
  return w;
}
