/** A source of floats in [0, 1), like `Math.random`. */
export type Random = () => number;

/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence of floats
 * in [0, 1) on every run and browser. For arranging questions, not for anything secret.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A new seed: an unsigned 32-bit integer drawn from `random`. The default, `Math.random`, is the
 * only unseeded randomness in the quiz logic; everything else derives from a seed.
 */
export function newSeed(random: Random = Math.random): number {
  return Math.floor(random() * 4294967296) >>> 0;
}

/** A shuffled copy of `items` (Fisher–Yates, driven by `random`); `items` is left as it was. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** The ids of `list`, in its order. */
export const idsOf = (list: readonly { id: string }[]): string[] => list.map((entry) => entry.id);
