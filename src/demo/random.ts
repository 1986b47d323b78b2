/**
 * A small seeded pseudo-random generator (mulberry32) so generated datasets are the same for
 * the same seed on every machine. Not for cryptography.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** Up to k distinct elements of a list, in list order. */
  sample<T>(list: readonly T[], k: number): T[];
}

/**
 * Create a seeded generator.
 *
 * @param seed - any integer
 * @returns the generator
 */
export function createRng(seed: number): Rng {
  let a = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
    sample: <T>(list: readonly T[], k: number): T[] => {
      const n = list.length;
      if (k >= n) return [...list];
      // Floyd's algorithm: k distinct indexes in O(k).
      const chosen = new Set<number>();
      for (let j = n - k; j < n; j++) {
        const t = int(0, j);
        chosen.add(chosen.has(t) ? j : t);
      }
      return [...chosen].sort((x, y) => x - y).map((i) => list[i] as T);
    },
  };
}
