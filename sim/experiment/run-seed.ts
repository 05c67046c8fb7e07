import { canonicalJson } from "./canonical-json.js";

/** Run seeds lie in [0, 2^31 − 1): a non-negative 32-bit int that every tool (and `--seed`) reads back. */
const SEED_RANGE = 2147483647;

/**
 * The seed of one run: a hash of the base seed, the run's parameter values and its replicate number,
 * so it depends on nothing else. Adding a value to a parameter or raising the replicates adds runs
 * without changing the seed of any existing run (unlike numbering runs in sequence, as BehaviorSpace
 * does), and a run can be repeated alone from its row. The values are canonical JSON, so their key
 * order does not matter.
 *
 * The seed is, by definition,
 *   createRng(`sinergi-run|${baseSeed}|${canonicalJson(values)}|${replicate}`).int(2147483647)
 * (sim/rng.ts: seedrandom's Alea, seeded through Alea's mash hash).
 */
export function runSeed(baseSeed: number, values: Record<string, unknown>, replicate: number): number {
  return runSeeder(baseSeed, values)(replicate);
}

/**
 * runSeed for every replicate of one point, computed without building a generator per run: through
 * createRng a plan of 100,000 runs took about a second, most of it in seedrandom's mash (which keeps
 * its state in a closure variable, slow in V8, and goes over the key three times). Only Alea's first
 * output is needed, and it depends only on a constant warm-up and one mash pass over the key, whose
 * prefix, shared by a point's replicates, is hashed once. Tested equal to the createRng definition.
 */
export function runSeeder(baseSeed: number, values: Record<string, unknown>): (replicate: number) => number {
  const prefix = mash(MASH_AFTER_WARM_UP, `sinergi-run|${baseSeed}|${canonicalJson(values)}|`);
  return (replicate) => {
    const n = mash(prefix, String(replicate));
    let s0 = ALEA_S0 - (n >>> 0) * TWO_TO_MINUS_32;
    if (s0 < 0) s0 += 1;
    // Alea's step with carry c = 1: the first output is the fraction of t.
    const t = 2091639 * s0 + TWO_TO_MINUS_32;
    return Math.floor((t - (t | 0)) * SEED_RANGE);
  };
}

const TWO_TO_MINUS_32 = 2.3283064365386963e-10;

/** Baagøe's mash hash (2010), as seedrandom's lib/alea.js has it, with its state passed in and out. */
function mash(state: number, data: string): number {
  let n = state;
  for (let i = 0; i < data.length; i++) {
    n += data.charCodeAt(i);
    let h = 0.02519603282416938 * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * 0x100000000;
  }
  return n;
}

// Alea's seeding first mashes " " three times into s0, s1, s2; s1 and s2 do not reach the first
// output, so only s0 and the mash state after the three are kept.
const MASH_FIRST_SPACE = mash(0xefc8249d, " ");
const ALEA_S0 = (MASH_FIRST_SPACE >>> 0) * TWO_TO_MINUS_32;
const MASH_AFTER_WARM_UP = mash(mash(MASH_FIRST_SPACE, " "), " ");
