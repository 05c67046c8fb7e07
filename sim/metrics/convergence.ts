import { Matrix, solve } from "ml-matrix";

import { assertSameLength } from "./same-length.js";
import { log } from "../math.js";

/** Unconditional β-convergence over a run, estimated across regions. */
export interface BetaConvergence {
  /** b in g_i = a + b ln y_i0; negative when poorer regions grew faster. */
  slope: number;
  /** a. */
  intercept: number;
  /** Classical OLS standard error of b; NaN with fewer than three regions (no residual freedom). */
  slopeStdError: number;
  /** Share of the variance of g explained; NaN when every region grew at the same rate. */
  rSquared: number;
  /**
   * Speed of convergence per year, β = −ln(1 + b·T) / T; null when 1 + b·T ≤ 0, where the
   * regression line implies a poorer region overtakes a richer one outright and β has no meaning.
   */
  beta: number | null;
  /** Years to close half the gap, ln 2 / β; null when β ≤ 0 (divergence) or β is null. */
  halfLife: number | null;
  /** Number of regions. */
  n: number;
  /** Length of the period T, in years. */
  years: number;
}

/**
 * β-convergence (Barro and Sala-i-Martin 1992): OLS, unweighted and with an intercept, of each
 * region's annualised growth of per-capita GRDP g_i = ln(y_iT / y_i0) / T on ln y_i0.
 *
 * β is recovered from the slope with b = −(1 − e^{−βT}) / T, the discrete-period form of
 * d ln y / dt = −β (ln y − ln y*), so that it does not depend on the length of the period the way
 * the raw slope does. Each region counts once: the question is whether poorer provinces catch
 * up, not whether poorer people do.
 *
 * Runs once per run, not per year, so it builds matrices freely. Throws a RangeError when the
 * regression is undefined: fewer than two regions, T ≤ 0, a per-capita GRDP that is not positive
 * and finite, or all regions starting at the same income.
 */
export function betaConvergence(
  initialPerCapita: ArrayLike<number>,
  finalPerCapita: ArrayLike<number>,
  years: number,
): BetaConvergence {
  assertSameLength("betaConvergence", initialPerCapita, finalPerCapita, [
    "initialPerCapita",
    "finalPerCapita",
  ]);
  const n = initialPerCapita.length;
  if (n < 2) throw new RangeError(`betaConvergence: needs at least two regions, got ${n}`);
  if (!(years > 0)) throw new RangeError(`betaConvergence: the period must be positive, got ${years} years`);

  const logInitial = new Float64Array(n);
  const growth = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const start = initialPerCapita[i]!;
    const finish = finalPerCapita[i]!;
    if (!(start > 0 && finish > 0 && Number.isFinite(start) && Number.isFinite(finish))) {
      throw new RangeError(
        `betaConvergence: region ${i} goes from ${start} to ${finish}; both must be positive`,
      );
    }
    logInitial[i] = log(start);
    growth[i] = log(finish / start) / years;
  }
  if (logInitial.every((value) => value === logInitial[0])) {
    throw new RangeError("betaConvergence: every region starts at the same income, so there is no slope");
  }

  const design = new Matrix(n, 2);
  for (let i = 0; i < n; i++) {
    design.set(i, 0, 1);
    design.set(i, 1, logInitial[i]!);
  }
  const response = Matrix.columnVector(growth);
  // A rectangular left-hand side makes ml-matrix solve by QR least squares, which is better
  // conditioned than forming and solving the normal equations.
  const coefficients = solve(design, response);
  const intercept = coefficients.get(0, 0);
  const slope = coefficients.get(1, 0);

  let residualSquares = 0;
  let meanGrowth = 0;
  for (let i = 0; i < n; i++) meanGrowth += growth[i]!;
  meanGrowth /= n;
  let totalSquares = 0;
  for (let i = 0; i < n; i++) {
    const residual = growth[i]! - intercept - slope * logInitial[i]!;
    const deviation = growth[i]! - meanGrowth;
    residualSquares += residual * residual;
    totalSquares += deviation * deviation;
  }

  // Var(b̂) = s² [(XᵀX)⁻¹]₁₁ with s² = RSS / (n − 2).
  const normalInverse = solve(design.transpose().mmul(design), Matrix.eye(2));
  const residualVariance = n > 2 ? residualSquares / (n - 2) : Number.NaN;
  const slopeStdError = Math.sqrt(residualVariance * normalInverse.get(1, 1));
  const rSquared = totalSquares > 0 ? 1 - residualSquares / totalSquares : Number.NaN;

  const retained = 1 + slope * years;
  const beta = retained > 0 ? -log(retained) / years : null;
  const halfLife = beta !== null && beta > 0 ? Math.LN2 / beta : null;

  return { slope, intercept, slopeStdError, rSquared, beta, halfLife, n, years };
}
