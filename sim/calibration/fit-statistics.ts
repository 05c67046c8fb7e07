import { DISPARITY_KEYS, type Disparity } from "./disparity.js";
import type { Paths } from "./simulate.js";

/** How far simulated paths are from observed ones over a span of years. */
export interface FitStatistics {
  /** First and last year index (t, 0 = the start year) of the span. */
  readonly from: number;
  readonly to: number;
  /** Region-years compared. */
  readonly points: number;
  /** Root mean square of simulated − observed ln per-capita GRDP over every region and year. */
  readonly rmseLogIncome: number;
  /** Mean of simulated − observed ln per-capita GRDP (the bias). */
  readonly meanErrorLogIncome: number;
  /** Per index: root mean square and mean of simulated − observed over the years. */
  readonly indices: Record<keyof Disparity, { rmse: number; meanError: number }>;
}

/** Simulated − observed ln per-capita GRDP for every region and year t in [from, to], region-major. */
export function logIncomeResiduals(
  simulated: Paths,
  observed: Paths,
  from: number,
  to: number,
): Float64Array {
  checkSpan(simulated, observed, from, to);
  const width = observed.years + 1;
  const simWidth = simulated.years + 1;
  const n = observed.logIncome.length / width;
  const years = to - from + 1;
  const out = new Float64Array(n * years);
  for (let i = 0; i < n; i++)
    for (let t = from; t <= to; t++)
      out[i * years + (t - from)] =
        simulated.logIncome[i * simWidth + t]! - observed.logIncome[i * width + t]!;
  return out;
}

export function fitStatistics(simulated: Paths, observed: Paths, from: number, to: number): FitStatistics {
  const residuals = logIncomeResiduals(simulated, observed, from, to);
  let squares = 0;
  let sum = 0;
  for (const r of residuals) {
    squares += r * r;
    sum += r;
  }
  const indices = {} as Record<keyof Disparity, { rmse: number; meanError: number }>;
  for (const key of DISPARITY_KEYS) {
    let sq = 0;
    let total = 0;
    for (let t = from; t <= to; t++) {
      const e = simulated.indices[t]![key] - observed.indices[t]![key];
      sq += e * e;
      total += e;
    }
    const years = to - from + 1;
    indices[key] = { rmse: Math.sqrt(sq / years), meanError: total / years };
  }
  return {
    from,
    to,
    points: residuals.length,
    rmseLogIncome: Math.sqrt(squares / residuals.length),
    meanErrorLogIncome: sum / residuals.length,
    indices,
  };
}

function checkSpan(simulated: Paths, observed: Paths, from: number, to: number): void {
  if (!(from >= 0 && to >= from && to <= observed.years && to <= simulated.years))
    throw new RangeError(`fit statistics: years ${from}–${to} outside the paths (0–${observed.years})`);
  if (simulated.logIncome.length / (simulated.years + 1) !== observed.logIncome.length / (observed.years + 1))
    throw new RangeError("fit statistics: simulated and observed paths have different regions");
}
