/**
 * The optimiser call of `sinergi calibrate`: Levenberg–Marquardt from ml-levenberg-marquardt (mljs) on
 * the residuals simulated − observed, with a forward-difference Jacobian, and naive standard errors
 * from the Jacobian at the optimum (ml-matrix).
 */
import { levenbergMarquardt } from "ml-levenberg-marquardt";
import { inverse, Matrix } from "ml-matrix";

export interface LeastSquaresProblem {
  /** Observed values, one per residual. */
  readonly observed: Float64Array;
  /** Simulated values for a parameter vector, in the order of `observed`. */
  readonly simulate: (values: readonly number[]) => Float64Array;
  readonly start: readonly number[];
  readonly min: readonly number[];
  readonly max: readonly number[];
  /**
   * Finite-difference step. Agreements switch at thresholds, so the residuals are piecewise smooth in
   * the growth rates: the step must be large enough to average over those jumps, and 10⁻³ (0.1
   * percentage point of growth) is, while small against the rates fitted.
   */
  readonly step: number;
  readonly maxIterations: number;
}

export interface LeastSquaresFit {
  values: number[];
  /** Standard errors sqrt(diag(σ² (JᵀJ)⁻¹)), σ² = SSR / (m − p); NaN where JᵀJ is singular. */
  standardErrors: number[];
  sumOfSquares: number;
  iterations: number;
  /** Simulations run (each one all seeds). */
  evaluations: number;
}

export function leastSquares(problem: LeastSquaresProblem): LeastSquaresFit {
  const { observed } = problem;
  // The library asks for the same parameter vector more than once (the error, then the step's base
  // point): the last few simulations are kept so that each is run once.
  const cache = new Map<string, Float64Array>();
  let evaluations = 0;
  const simulate = (values: readonly number[]): Float64Array => {
    const key = values.join(",");
    let result = cache.get(key);
    if (!result) {
      evaluations++;
      result = problem.simulate(values);
      if (result.length !== observed.length)
        throw new Error(`calibration: ${result.length} simulated values for ${observed.length} observed`);
      if (cache.size >= 4) cache.delete(cache.keys().next().value!);
      cache.set(key, result);
    }
    return result;
  };
  const x = Array.from(observed, (_, k) => k);
  const fit = levenbergMarquardt(
    { x, y: observed },
    (values) => {
      const simulated = simulate(values);
      return (k) => simulated[k]!;
    },
    {
      initialValues: [...problem.start],
      minValues: [...problem.min],
      maxValues: [...problem.max],
      gradientDifference: problem.step,
      maxIterations: problem.maxIterations,
      // Stop on the iteration count only: a sum of squares is never "small enough" in absolute terms.
      errorTolerance: 0,
    },
  );
  const values = fit.parameterValues;
  return {
    values,
    standardErrors: standardErrors(values, simulate, observed, problem.step),
    sumOfSquares: fit.parameterError,
    iterations: fit.iterations,
    evaluations,
  };
}

function standardErrors(
  values: number[],
  simulate: (values: readonly number[]) => Float64Array,
  observed: Float64Array,
  step: number,
): number[] {
  const m = observed.length;
  const p = values.length;
  if (m <= p) return values.map(() => NaN);
  const base = simulate(values);
  let ssr = 0;
  for (let k = 0; k < m; k++) ssr += (base[k]! - observed[k]!) ** 2;
  const jacobian = new Matrix(m, p);
  for (let j = 0; j < p; j++) {
    const shifted = values.slice();
    shifted[j] = shifted[j]! + step;
    const moved = simulate(shifted);
    for (let k = 0; k < m; k++) jacobian.set(k, j, (moved[k]! - base[k]!) / step);
  }
  try {
    const covariance = inverse(jacobian.transpose().mmul(jacobian)).mul(ssr / (m - p));
    return values.map((_, j) => Math.sqrt(covariance.get(j, j)));
  } catch {
    return values.map(() => NaN);
  }
}
