import alea from "seedrandom/lib/alea.js";
import { log } from "./math.js";

/**
 * The one source of randomness of a run. Every stochastic choice in the model draws from the
 * generator passed in, in a fixed order, so a scenario and a seed give the same numbers in Node,
 * in a worker and in the browser.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal deviate. */
  normal(): number;
  /** True with probability p. */
  chance(p: number): boolean;
}

/**
 * Creates the run's generator from a seed. Alea (from seedrandom) is used rather than seedrandom's
 * default ARC4 because it is several times faster and passes the usual statistical batteries;
 * the seed is hashed by Alea's own mash function, so nearby seeds give unrelated streams.
 */
export function createRng(seed: number | string): Rng {
  const prng = alea(String(seed));
  let spareNormal = Number.NaN;
  return {
    next: () => prng(),
    int: (n) => Math.floor(prng() * n),
    chance: (p) => prng() < p,
    normal() {
      // Marsaglia's polar method keeps the second deviate for the next call.
      if (!Number.isNaN(spareNormal)) {
        const z = spareNormal;
        spareNormal = Number.NaN;
        return z;
      }
      let u: number;
      let v: number;
      let s: number;
      do {
        u = 2 * prng() - 1;
        v = 2 * prng() - 1;
        s = u * u + v * v;
      } while (s >= 1 || s === 0);
      const factor = Math.sqrt((-2 * log(s)) / s);
      spareNormal = v * factor;
      return u * factor;
    },
  };
}

/** Fisher–Yates shuffle of `order` in place, drawing from `rng`. */
export function shuffleInPlace(order: Int32Array, rng: Rng): Int32Array {
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}
