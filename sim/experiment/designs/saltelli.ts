import { createRng } from "../../rng.js";
import { rangeValue } from "../parameter-value.js";
import type { SweepPoint } from "../sweep-point.js";
import { isRange, type Sweep } from "../sweep-schema.js";

/**
 * The sampling design of Saltelli et al. (2010), "Variance based sensitivity analysis of model
 * output", Computer Physics Communications 181: two independent N×k uniform matrices A and B, and for
 * each factor i the matrix AB^(i), which is A with column i taken from B. From f(A), f(B) and f(AB^(i))
 * the first-order and total Sobol indices of every factor are estimated with N·(k+2) runs.
 *
 * Points are grouped by sample j (A_j, B_j, AB_j^(1..k)), so the estimator can resample whole groups
 * for its bootstrap. Row j of A and of B are drawn together from one stream, so raising N keeps the
 * first N samples, and their runs, unchanged. Plain Monte Carlo rather than a Sobol' sequence: the
 * estimators need only independent uniform A and B, and the bootstrap intervals show the error.
 */
export function saltelliPoints(sweep: Sweep, seed: number): SweepPoint[] {
  const n = sweep.design.samples ?? 0;
  const names = Object.keys(sweep.parameters);
  const ranges = names.map((name) => {
    const parameter = sweep.parameters[name]!;
    if (!isRange(parameter))
      throw new Error(`saltelli: parameter ${name} is not a range (validation missed it)`);
    return parameter;
  });
  const k = names.length;
  const rng = createRng(`saltelli|${seed}`);
  const point = (index: number, unit: number[]): SweepPoint => {
    const values: Record<string, unknown> = {};
    for (let i = 0; i < k; i++) values[names[i]!] = rangeValue(ranges[i]!, unit[i]!);
    return { index, values, unit };
  };
  const points: SweepPoint[] = new Array<SweepPoint>(n * (k + 2));
  for (let j = 0; j < n; j++) {
    const a = Array.from({ length: k }, () => rng.next());
    const b = Array.from({ length: k }, () => rng.next());
    const first = j * (k + 2);
    points[first] = point(first, a);
    points[first + 1] = point(first + 1, b);
    for (let i = 0; i < k; i++) {
      const ab = a.slice();
      ab[i] = b[i]!;
      points[first + 2 + i] = point(first + 2 + i, ab);
    }
  }
  return points;
}
