import { quantile } from "../../../sim/index.js";

/** The five quantiles a box-and-whisker mark shows, over the finite values of a group. */
export interface BoxStats {
  /** Finite values counted (NaN and infinities, e.g. a failed run's empty cells, are left out). */
  n: number;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

/**
 * The 5/25/50/75/95% quantiles, interpolated as sim's quantile does (Hyndman and Fan type 7, the
 * default of R and numpy), so a box can be checked against the same figures computed from the CSV in
 * either; null when there is no finite value.
 */
export function boxStats(values: readonly number[]): BoxStats | null {
  const sorted = Float64Array.from(values.filter(Number.isFinite)).sort();
  if (sorted.length === 0) return null;
  return {
    n: sorted.length,
    p5: quantile(sorted, 0.05),
    p25: quantile(sorted, 0.25),
    p50: quantile(sorted, 0.5),
    p75: quantile(sorted, 0.75),
    p95: quantile(sorted, 0.95),
  };
}
