import type { SweepPoint } from "../sweep-point.js";
import type { Sweep } from "../sweep-schema.js";

/**
 * The full factorial design: every combination of the listed values, as nested loops in key order
 * (the last parameter varies fastest). Point p is decoded from p as a mixed-radix number rather than
 * built by recursion, so a large grid costs one pass and no intermediate arrays.
 */
export function gridPoints(sweep: Sweep): SweepPoint[] {
  const names = Object.keys(sweep.parameters);
  const lists = names.map((name) => {
    const values = sweep.parameters[name];
    if (!Array.isArray(values))
      throw new Error(`grid: parameter ${name} is not a list (validation missed it)`);
    return values;
  });
  const total = lists.reduce((size, values) => size * values.length, 1);
  const digits = new Array<number>(names.length).fill(0);
  const points: SweepPoint[] = new Array<SweepPoint>(total);
  for (let index = 0; index < total; index++) {
    let rest = index;
    for (let j = lists.length - 1; j >= 0; j--) {
      const size = lists[j]!.length;
      digits[j] = rest % size;
      rest = Math.floor(rest / size);
    }
    const values: Record<string, unknown> = {};
    for (let j = 0; j < names.length; j++) values[names[j]!] = lists[j]![digits[j]!];
    points[index] = { index, values, unit: new Array<number>(names.length).fill(Number.NaN) };
  }
  return points;
}
