import { checkBootstrapOptions, percentileBootstrap } from "./bootstrap.js";

/** Options of {@link sobolIndices}. */
export interface SobolOptions {
  /** Bootstrap resamples for the intervals; default 1000. 0 skips the bootstrap (intervals NaN). */
  bootstrap?: number;
  /** Confidence level of the intervals, strictly between 0 and 1; default 0.95. */
  confidence?: number;
  /** Seed of the bootstrap's resampling; default 1. */
  seed?: number;
}

/** First-order and total Sobol indices of one output, with percentile-bootstrap intervals. */
export interface SobolIndices {
  /** S_i, one per parameter in key order. */
  first: number[];
  /** S_Ti, one per parameter in key order. */
  total: number[];
  /** Bootstrap interval of each S_i. */
  firstInterval: [number, number][];
  /** Bootstrap interval of each S_Ti. */
  totalInterval: [number, number][];
  /** Var(Y), over the outputs of A and B together (divided by 2N). */
  variance: number;
  /** Base sample size N. */
  n: number;
}

const DEFAULT_RESAMPLES = 1000;
const DEFAULT_CONFIDENCE = 0.95;
const DEFAULT_SEED = 1;

/**
 * Sobol first-order and total sensitivity indices from a Saltelli design (Saltelli et al. 2010,
 * "Variance based sensitivity analysis of model output. Design and estimator for the total
 * sensitivity index", Computer Physics Communications 181).
 *
 * `outputs` holds one value per design point in the order of the Saltelli design: for each base
 * sample j = 0..N−1, the outputs of A_j, B_j, then AB_j^(1)..AB_j^(k), where AB^(i) is A with its
 * column i taken from B. So there are N·(k+2) values, and point j·(k+2) + {0, 1, 2+i} is A_j, B_j,
 * AB_j^(i). Replicates of a point are expected already averaged.
 *
 * Estimators, with V = Var(Y) over the 2N outputs of A and B together:
 * - first order, Saltelli et al. (2010), Table 2: V_i = (1/N) Σ_j f(B)_j (f(AB^(i))_j − f(A)_j),
 *   S_i = V_i / V;
 * - total, Jansen (1999), the one Saltelli et al. (2010, Table 2) recommend:
 *   V_Ti = (1/2N) Σ_j (f(A)_j − f(AB^(i))_j)², S_Ti = V_Ti / V.
 *
 * The first-order estimator is not invariant to a shift of Y: a large mean inflates the noise of
 * the term f(B)·(…) without changing its expectation. The outputs are therefore centred on the mean
 * of A and B first (as SALib does before estimating), which leaves every index's expectation
 * unchanged and the total estimator unchanged exactly.
 *
 * Intervals: Efron's percentile bootstrap over the N base samples (each resampled j carries its
 * A_j, B_j and AB_j rows together), seeded by `options.seed`, so the same seed gives the same
 * intervals.
 *
 * Input errors throw a RangeError: k not a positive integer, a length that is not a multiple of
 * k + 2, fewer than 2 base samples, or an output that is not finite (a failed run would otherwise
 * turn every index into NaN without saying which point it was). An output with zero variance
 * (every output of A and B equal), a legitimate result of a sweep whose parameters do not move it,
 * is not an error: its indices and intervals are NaN (a share of no variance is undefined) and
 * `variance` is 0.
 */
export function sobolIndices(
  outputs: ArrayLike<number>,
  k: number,
  options: SobolOptions = {},
): SobolIndices {
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`sobolIndices: the number of parameters must be a positive integer, got ${k}`);
  }
  const block = k + 2;
  if (outputs.length % block !== 0) {
    throw new RangeError(
      `sobolIndices: ${outputs.length} outputs is not a multiple of k + 2 = ${block} (A, B and one AB per parameter)`,
    );
  }
  const n = outputs.length / block;
  if (n < 2) {
    throw new RangeError(`sobolIndices: needs at least 2 base samples, got ${n}`);
  }
  const resamples = options.bootstrap ?? DEFAULT_RESAMPLES;
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  const seed = options.seed ?? DEFAULT_SEED;
  checkBootstrapOptions(resamples, confidence);
  for (let p = 0; p < outputs.length; p++) {
    if (!Number.isFinite(outputs[p]!)) {
      throw new RangeError(
        `sobolIndices: the output of point ${p} is ${outputs[p]}; every output must be finite`,
      );
    }
  }

  // V is taken over A and B; compared on the raw values, since centring equal values can leave a
  // rounding-error spread that would pass for a variance.
  let constant = true;
  for (let j = 0; j < n && constant; j++) {
    constant = outputs[j * block] === outputs[0] && outputs[j * block + 1] === outputs[0];
  }
  if (constant) {
    const nan = (): number[] => Array.from({ length: k }, () => Number.NaN);
    const nanIntervals = (): [number, number][] => Array.from({ length: k }, () => [Number.NaN, Number.NaN]);
    return {
      first: nan(),
      total: nan(),
      firstInterval: nanIntervals(),
      totalInterval: nanIntervals(),
      variance: 0,
      n,
    };
  }

  let mean = 0;
  for (let j = 0; j < n; j++) mean += outputs[j * block]! + outputs[j * block + 1]!;
  mean /= 2 * n;
  const fA = new Float64Array(n);
  const fB = new Float64Array(n);
  const fAB = new Float64Array(n * k); // fAB[j·k + i] = f(AB^(i))_j
  for (let j = 0; j < n; j++) {
    fA[j] = outputs[j * block]! - mean;
    fB[j] = outputs[j * block + 1]! - mean;
    for (let i = 0; i < k; i++) fAB[j * k + i] = outputs[j * block + 2 + i]! - mean;
  }

  // Statistics on the base samples `units` (with repeats in a bootstrap resample): S_1..S_k then
  // S_T1..S_Tk, plus V last.
  const estimate = (units: ArrayLike<number>): Float64Array => {
    const result = new Float64Array(2 * k + 1);
    let sum = 0;
    for (let u = 0; u < n; u++) sum += fA[units[u]!]! + fB[units[u]!]!;
    const centre = sum / (2 * n);
    let squares = 0;
    for (let u = 0; u < n; u++) {
      const j = units[u]!;
      const a = fA[j]! - centre;
      const b = fB[j]! - centre;
      squares += a * a + b * b;
      for (let i = 0; i < k; i++) {
        const ab = fAB[j * k + i]!;
        result[i]! += fB[j]! * (ab - fA[j]!);
        const d = fA[j]! - ab;
        result[k + i]! += d * d;
      }
    }
    const variance = squares / (2 * n);
    for (let i = 0; i < k; i++) {
      result[i] = result[i]! / n / variance;
      result[k + i] = result[k + i]! / (2 * n) / variance;
    }
    result[2 * k] = variance;
    return result;
  };

  const identity = new Int32Array(n);
  for (let j = 0; j < n; j++) identity[j] = j;
  const point = estimate(identity);
  const variance = point[2 * k]!;
  // A stream of its own, so the resampling does not echo the run seeds derived from the same base.
  const intervals = percentileBootstrap(n, 2 * k, estimate, {
    resamples,
    confidence,
    seed: `sinergi-sobol-bootstrap|${seed}`,
  });
  return {
    first: Array.from(point.subarray(0, k)),
    total: Array.from(point.subarray(k, 2 * k)),
    firstInterval: intervals.slice(0, k),
    totalInterval: intervals.slice(k, 2 * k),
    variance,
    n,
  };
}
