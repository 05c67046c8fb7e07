import { parameterNames } from "../parameter-names.js";
import type { SweepPoint } from "../sweep-point.js";
import type { Sweep } from "../sweep-schema.js";

/** The points exactly as design.runs lists them, their keys put in the order of the first run. */
export function listPoints(sweep: Sweep): SweepPoint[] {
  const names = parameterNames(sweep);
  return (sweep.design.runs ?? []).map((run, index) => {
    const values: Record<string, unknown> = {};
    for (const name of names) values[name] = run[name];
    return { index, values, unit: new Array<number>(names.length).fill(Number.NaN) };
  });
}
