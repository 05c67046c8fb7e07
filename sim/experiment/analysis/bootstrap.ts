import { createRng } from "../../rng.js";

/**
 * Efron's percentile bootstrap (Efron 1979; Efron and Tibshirani 1993, ch. 13): draw `resamples`
 * resamples of the n sampling units with replacement, recompute every statistic on each, and take
 * the (1 − c)/2 and (1 + c)/2 quantiles of the recomputed values as the interval of confidence c.
 *
 * The unit resampled is whatever the caller's `statistic` treats as one observation (for Sobol
 * indices, a whole base sample j with its A_j, B_j and AB_j rows, so the pairing the estimators
 * rely on is kept). `statistic` receives the n drawn unit indices and returns one value per
 * statistic; the same buffer is reused between calls, so it must not be kept.
 *
 * The draws come from `createRng(seed)` (sim/rng.ts), so a seed gives the same intervals everywhere.
 * A resample on which a statistic is not finite (say, every drawn output equal, so its variance is
 * zero) is left out of that statistic's quantiles; a statistic with no finite value at all, or
 * `resamples` = 0, gets [NaN, NaN].
 */
export function percentileBootstrap(
  n: number,
  statisticCount: number,
  statistic: (units: Int32Array) => ArrayLike<number>,
  options: { resamples: number; confidence: number; seed: number | string },
): [number, number][] {
  const { resamples, confidence, seed } = options;
  checkBootstrapOptions(resamples, confidence);
  const rng = createRng(seed);
  const units = new Int32Array(n);
  // One column per statistic, filled resample by resample.
  const values: Float64Array[] = [];
  for (let s = 0; s < statisticCount; s++) values.push(new Float64Array(resamples));
  for (let b = 0; b < resamples; b++) {
    for (let j = 0; j < n; j++) units[j] = rng.int(n);
    const result = statistic(units);
    for (let s = 0; s < statisticCount; s++) values[s]![b] = result[s]!;
  }
  const lowerLevel = (1 - confidence) / 2;
  const upperLevel = (1 + confidence) / 2;
  return values.map((column): [number, number] => {
    const finite = column.filter((value) => Number.isFinite(value)).sort();
    return [quantile(finite, lowerLevel), quantile(finite, upperLevel)];
  });
}

/** Throws a RangeError unless `resamples` is a non-negative integer and 0 < `confidence` < 1. */
export function checkBootstrapOptions(resamples: number, confidence: number): void {
  if (!Number.isInteger(resamples) || resamples < 0) {
    throw new RangeError(
      `bootstrap: the number of resamples must be a non-negative integer, got ${resamples}`,
    );
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(
      `bootstrap: the confidence level must lie strictly between 0 and 1, got ${confidence}`,
    );
  }
}

/**
 * Quantile of sorted values by linear interpolation between order statistics, Hyndman and Fan's
 * (1996) type 7, the default of R and numpy, so an interval can be checked against either.
 */
export function quantile(sorted: ArrayLike<number>, level: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = (n - 1) * level;
  const below = Math.floor(position);
  const above = Math.min(below + 1, n - 1);
  const fraction = position - below;
  return sorted[below]! + fraction * (sorted[above]! - sorted[below]!);
}
