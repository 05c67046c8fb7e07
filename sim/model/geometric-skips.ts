import { log1p } from "../math.js";

/**
 * The geometric skip of random discovery, floor(log1p(−u) / log1p(−q)) for a uniform u: how many
 * regions to pass over before the next one noticed with probability q. Partner search draws one per
 * region noticed, and log1p (the engine-independent one of sim/math.ts) was a tenth of a large
 * world's run, so this finds the same number in a table instead.
 *
 * The skip is a non-decreasing step function of u. The table holds, for k = 1, 2, …, the least
 * double u whose skip is ≥ k, found by bisection on the formula itself; a draw's skip is then the
 * number of thresholds at or below it. A draw within a relative 2⁻³⁰ of a threshold (about one in
 * 10⁸) is computed by the formula after all, so that a last-bit wobble of log1p near a step can
 * never make the table disagree with it. Skips are only told apart up to `limit` (a skip that long
 * ends the search anyway); the table is at most `limit` long.
 *
 * Finding a draw's place by bisection took about a tenth of a 514-region run (eight hard-to-predict
 * branches a draw), so the interval [0, 1) is also cut into `BUCKETS` equal parts, each remembering
 * how many thresholds lie at or below its left end: a draw starts from its part's count and steps
 * over the few thresholds (almost always none or one) between that end and the draw.
 */
/** The largest double below 1, the largest value a uniform draw in [0, 1) can take. */
const LARGEST_DRAW = 1 - Number.EPSILON / 2;
/** 2⁻³⁰: draws this close (relatively) to a threshold take the formula. */
const MARGIN = 1 / 1073741824;
/** Equal parts of [0, 1) with a starting count each; a power of two, so u·BUCKETS and b/BUCKETS are exact. */
const BUCKETS = 4096;

export class GeometricSkips {
  private readonly thresholds: Float64Array;
  /** For bucket b, the number of thresholds ≤ b / BUCKETS (a lower bound on any of its draws' counts). */
  private readonly bucketStart: Int32Array;
  private readonly logMiss: number;

  constructor(
    readonly probability: number,
    readonly limit: number,
  ) {
    this.logMiss = log1p(-probability);
    const thresholds: number[] = [];
    if (probability > 0 && probability < 1) {
      for (let k = 1; k <= limit; k++) {
        // u < 1 always, so no skip exceeds that of the largest double below 1.
        if (this.formula(LARGEST_DRAW) < k) break;
        let lo = k === 1 ? 0 : thresholds[k - 2]!;
        let hi = LARGEST_DRAW;
        while (true) {
          const mid = lo + (hi - lo) / 2;
          if (mid <= lo || mid >= hi) break;
          if (this.formula(mid) >= k) hi = mid;
          else lo = mid;
        }
        thresholds.push(this.formula(lo) >= k ? lo : hi);
      }
    }
    this.thresholds = Float64Array.from(thresholds);
    this.bucketStart = new Int32Array(BUCKETS);
    let below = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const left = b / BUCKETS;
      while (below < this.thresholds.length && this.thresholds[below]! <= left) below++;
      this.bucketStart[b] = below;
    }
  }

  /** The skip as the search computed it before this table: the reference. */
  formula(u: number): number {
    return this.probability >= 1 ? 0 : Math.floor(log1p(-u) / this.logMiss);
  }

  /** The skip for draw u in [0, 1), exactly `formula(u)` or, when that is ≥ `limit`, some value ≥ `limit`. */
  skip(u: number): number {
    const t = this.thresholds;
    const length = t.length;
    // The number of thresholds ≤ u: all those ≤ the left end of u's bucket (floor(u·BUCKETS) / BUCKETS
    // ≤ u exactly), then those between it and u, in ascending order.
    let lo = this.bucketStart[(u * BUCKETS) | 0]!;
    while (lo < length && t[lo]! <= u) lo++;
    const margin = u * MARGIN;
    if ((lo > 0 && u - t[lo - 1]! <= margin) || (lo < t.length && t[lo]! - u <= margin))
      return this.formula(u);
    return lo;
  }
}

/** Tables by probability and limit, shared by runs: a sweep's runs use a handful of them. */
const tables = new Map<string, GeometricSkips>();

export function geometricSkips(probability: number, limit: number): GeometricSkips {
  const key = `${probability}:${limit}`;
  let table = tables.get(key);
  if (!table) {
    if (tables.size >= 64) tables.clear();
    table = new GeometricSkips(probability, limit);
    tables.set(key, table);
  }
  return table;
}
