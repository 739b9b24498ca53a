import { mulberry32 } from "@/lib/random/mulberry32";

/**
 * Seeded PRNG (mulberry32). Plans must be reproducible from a seed, so nothing in the planner may
 * touch Math.random or the clock.
 */
export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** uniform integer in [0, n) */
  int(n: number): number;
}

export function createRng(seed: number): Rng {
  // The golden-ratio mix keeps seeds 0, 1, 2… from starting on neighbouring states.
  const next = mulberry32((Math.trunc(seed) ^ 0x9e3779b9) >>> 0);
  return { next, int: (n: number) => Math.floor(next() * n) };
}

/** Fisher–Yates in place, driven by the seeded generator. */
export function shuffleInPlace<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}
