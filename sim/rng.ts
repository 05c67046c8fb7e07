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

/** 2⁻³², Alea's scale from its 32-bit carry to [0, 1). */
const TWO_TO_MINUS_32 = 2.3283064365386963e-10;

/**
 * Creates the run's generator from a seed. Alea (from seedrandom) is used rather than seedrandom's
 * default ARC4 because it is several times faster and passes the usual statistical batteries;
 * the seed is hashed by Alea's own mash function, so nearby seeds give unrelated streams.
 *
 * seedrandom seeds the generator and gives its state; the draws then come from `AleaRng.next`,
 * Alea's step as seedrandom writes it, operation for operation (test/sim/rng.test.ts checks the
 * two streams are the same numbers). Why not call seedrandom's function for each draw: it is a
 * closure made per seed, so every run's draws go through a different function object. V8 inlines
 * the one it has seen into the phases' optimised code, and a process's second run (a sweep worker's,
 * the dashboard's) threw all of that code away on its first draw ("wrong call target"), then ran
 * slowly until it was compiled again. A class's method is one function for every run.
 */
export function createRng(seed: number | string): Rng {
  return new AleaRng(alea(String(seed), { state: true }).state());
}

class AleaRng implements Rng {
  /** Alea's state s0, s1, s2 and carry c, as doubles (seedrandom's fields, in a typed array). */
  private readonly state: Float64Array;
  /** Marsaglia's polar method makes deviates in pairs: the second, for the next call (NaN: none). */
  private spareNormal = Number.NaN;

  constructor(seeded: { c: number; s0: number; s1: number; s2: number }) {
    this.state = Float64Array.of(seeded.s0, seeded.s1, seeded.s2, seeded.c);
  }

  next(): number {
    const s = this.state;
    const t = 2091639 * s[0]! + s[3]! * TWO_TO_MINUS_32;
    s[0] = s[1]!;
    s[1] = s[2]!;
    const carry = t | 0;
    s[3] = carry;
    return (s[2] = t - carry);
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  normal(): number {
    if (!Number.isNaN(this.spareNormal)) {
      const z = this.spareNormal;
      this.spareNormal = Number.NaN;
      return z;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * log(s)) / s);
    this.spareNormal = v * factor;
    return u * factor;
  }
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
