/**
 * A small seeded PRNG (mulberry32) and the samplers the generator needs. Math.random is never
 * used: the same seed must give byte-identical datasets on every machine and Node version.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    // Mix the seed so that 0, 1, 2 … start far apart in the sequence.
    this.state = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('internal: pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  /**
   * A heavy-tailed count ≥ 1 (discrete Pareto, P(X ≥ k) ≈ k^-alpha), capped: most firms make
   * one or two products, a few make dozens — the shape real supplier networks have.
   */
  pareto(alpha: number, cap: number): number {
    return Math.min(cap, Math.floor(1 / (1 - this.next()) ** (1 / alpha)));
  }

  /** An index in [0, n) skewed towards 0 (power > 1): popular items are picked more often. */
  skewed(n: number, power: number): number {
    return Math.floor(n * this.next() ** power);
  }
}
