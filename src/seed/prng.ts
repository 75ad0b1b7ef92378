/**
 * A small, fast, deterministic pseudo-random generator for synthetic data: sfc32 (Chris Doty-Humphrey's
 * "small fast chaotic" generator, 128-bit state, passes PractRand). Pure 32-bit integer arithmetic, so the same
 * seed gives the same numbers on every machine and Node version. Never use Math.random for synthetic data.
 *
 * Every generated row gets its own generator, seeded from (seed, kind, index). That makes each row a pure
 * function of its position: batch sizes, generation order or generating only part of a table never change a row,
 * and a vacancy can regenerate "its" employer without keeping all employers in memory.
 */

/** murmur3's 32-bit finaliser: a bijection on 32-bit integers with good avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a hash of a string, 32 bits: stable per-name values (postcode areas, offsets). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h >>> 0);
}

/** Any safe integer seed as an unsigned 32-bit value (seeds in 0..2^32-1 map to themselves). */
export function seed32(seed: number): number {
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be a safe integer, got ${seed}`);
  if (seed >= 0 && seed <= 0xffffffff) return seed >>> 0;
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 0x1_0000_0000) >>> 0;
  return fmix32(lo ^ fmix32(hi ^ 0x5bd1e995));
}

export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /**
   * Seeds from up to three 32-bit words. Distinct (w0, w1, w2) give distinct states (the seeding and the sfc32
   * step are both bijections), so rows of different seeds, kinds or indexes never share a stream.
   */
  constructor(w0: number, w1 = 0, w2 = 0) {
    this.a = fmix32((w0 ^ 0x9e3779b9) >>> 0);
    this.b = fmix32((w1 ^ 0x243f6a88) >>> 0);
    this.c = fmix32((w2 ^ 0xb7e15162) >>> 0);
    this.d = 1;
    for (let i = 0; i < 16; i++) this.nextUint32();
  }

  /** Uniform unsigned 32-bit integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** Up to n distinct items, in random order (partial Fisher-Yates on a copy). */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = items.slice();
    const count = Math.min(n, copy.length);
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      const tmp = copy[i];
      copy[i] = copy[j];
      copy[j] = tmp;
    }
    return copy.slice(0, count);
  }

  /** A random (version 4 format) UUID built from this generator's next 128 bits. */
  uuid(): string {
    const w0 = this.nextUint32();
    const w1 = ((this.nextUint32() & 0xffff0fff) | 0x00004000) >>> 0; // version 4
    const w2 = ((this.nextUint32() & 0x3fffffff) | 0x80000000) >>> 0; // variant 10xx
    const w3 = this.nextUint32();
    const hex = (w: number) => w.toString(16).padStart(8, '0');
    const a = hex(w0);
    const b = hex(w1);
    const c = hex(w2);
    const d = hex(w3);
    return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
  }
}

/**
 * Picks indexes with fixed weights in O(log n) per draw (cumulative table, binary search).
 */
export class WeightedPicker<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    if (items.length === 0 || items.length !== weights.length) throw new Error('WeightedPicker needs one weight per item');
    let sum = 0;
    for (const w of weights) {
      if (!(w >= 0)) throw new Error(`negative or invalid weight ${w}`);
      sum += w;
      this.cumulative.push(sum);
    }
    if (sum <= 0) throw new Error('WeightedPicker needs a positive total weight');
    this.total = sum;
  }

  static of<T>(entries: ReadonlyArray<readonly [T, number]>): WeightedPicker<T> {
    return new WeightedPicker(
      entries.map((e) => e[0]),
      entries.map((e) => e[1]),
    );
  }

  pick(rng: Prng): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}
