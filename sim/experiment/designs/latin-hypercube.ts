import { createRng, shuffleInPlace } from "../../rng.js";
import { listValue, rangeValue } from "../parameter-value.js";
import type { SweepPoint } from "../sweep-point.js";
import { isRange, type Sweep } from "../sweep-schema.js";

/**
 * Latin hypercube sampling (McKay, Beckman & Conover 1979, Technometrics 21(2)): each parameter's
 * unit interval is cut into N equal strata, one uniform draw falls in each, and the strata are
 * matched across parameters by an independent random permutation per parameter. Every parameter is
 * thus sampled evenly over its whole range with only N runs. A list of values is sampled the same way
 * over its indices (value i owns [i/m, (i+1)/m)); its unit coordinate is reported as NaN because the
 * values need not be numbers.
 */
export function latinHypercubePoints(sweep: Sweep, seed: number): SweepPoint[] {
  const n = sweep.design.samples ?? 0;
  const names = Object.keys(sweep.parameters);
  const rng = createRng(`lhs|${seed}`);
  // Column by column, in key order: the draws of one parameter do not depend on the later ones.
  const columns = names.map(() => {
    const strata = shuffleInPlace(
      Int32Array.from({ length: n }, (_, i) => i),
      rng,
    );
    const column = new Float64Array(n);
    for (let i = 0; i < n; i++) column[i] = (strata[i]! + rng.next()) / n;
    return column;
  });
  const points: SweepPoint[] = new Array<SweepPoint>(n);
  for (let index = 0; index < n; index++) {
    const values: Record<string, unknown> = {};
    const unit = new Array<number>(names.length);
    for (let j = 0; j < names.length; j++) {
      const name = names[j]!;
      const parameter = sweep.parameters[name]!;
      const u = columns[j]![index]!;
      if (isRange(parameter)) {
        values[name] = rangeValue(parameter, u);
        unit[j] = u;
      } else {
        values[name] = listValue(parameter, u);
        unit[j] = Number.NaN;
      }
    }
    points[index] = { index, values, unit };
  }
  return points;
}
