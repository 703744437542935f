/** A seeded source of randomness: the same seed always yields the same sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included: `int(1, 6)` → 4. */
  int(min: number, max: number): number;
  /** One item of a non-empty list: `pick(['甲', '乙'])` → `'乙'`. */
  pick<T>(items: readonly T[]): T;
  /** True with the given probability: `chance(0.25)`. */
  chance(probability: number): boolean;
  /** `count` distinct items in random order (all of them if the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[];
  /** A new generator whose sequence depends on this seed and a label, so parts stay stable when others change. */
  fork(label: string): Random;
}

/** Hashes a label to 32 bits (FNV-1a): `hashLabel('reports')` → a fixed unsigned integer. */
export function hashLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Creates a mulberry32 generator: `createRandom(1).int(1, 100)` is the same number on every machine. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick() needs a non-empty list');
      return items[int(0, items.length - 1)] as T;
    },
    chance: (probability) => next() < probability,
    sample<T>(items: readonly T[], count: number): T[] {
      const copy = [...items];
      const n = Math.min(count, copy.length);
      for (let i = 0; i < n; i++) {
        const j = int(i, copy.length - 1);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy.slice(0, n);
    },
    fork: (label) => createRandom((seed ^ hashLabel(label)) >>> 0),
  };
}
