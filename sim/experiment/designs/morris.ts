import { createRng, shuffleInPlace } from "../../rng.js";
import { rangeValue } from "../parameter-value.js";
import type { SweepPoint } from "../sweep-point.js";
import { isRange, type Sweep } from "../sweep-schema.js";

/** Morris's default number of levels p. */
export const DEFAULT_MORRIS_LEVELS = 4;

/**
 * Morris's elementary-effects design (Morris 1991, "Factorial sampling plans for preliminary
 * computational experiments", Technometrics 33(2)), as Campolongo, Cariboni & Saltelli (2007,
 * Environmental Modelling & Software 22) use it, without their trajectory optimisation: r random
 * trajectories on the p-level grid {0, 1/(p−1), …, 1}^k, each of k+1 points, where each step moves
 * exactly one factor, in a random order and a random direction, by Δ. So every factor moves exactly
 * once per trajectory and the change of the output between consecutive points is its elementary
 * effect.
 *
 * Δ = p/(2(p−1)) (Morris's choice, which makes every level equally likely) is ⌊p/2⌋ grid steps when
 * p is even; for an odd p that Δ falls between levels, so ⌊p/2⌋ steps are taken instead, keeping every
 * point on the grid. Levels are held as integers and divided once, so points are exact grid values.
 */
export function morrisPoints(sweep: Sweep, seed: number): SweepPoint[] {
  const r = sweep.design.trajectories ?? 0;
  const p = sweep.design.levels ?? DEFAULT_MORRIS_LEVELS;
  const step = Math.floor(p / 2);
  const names = Object.keys(sweep.parameters);
  const ranges = names.map((name) => {
    const parameter = sweep.parameters[name]!;
    if (!isRange(parameter))
      throw new Error(`morris: parameter ${name} is not a range (validation missed it)`);
    return parameter;
  });
  const k = names.length;
  const rng = createRng(`morris|${seed}`);
  const point = (index: number, levels: Int32Array): SweepPoint => {
    const unit = Array.from(levels, (level) => level / (p - 1));
    const values: Record<string, unknown> = {};
    for (let i = 0; i < k; i++) values[names[i]!] = rangeValue(ranges[i]!, unit[i]!);
    return { index, values, unit };
  };
  const points: SweepPoint[] = new Array<SweepPoint>(r * (k + 1));
  for (let t = 0; t < r; t++) {
    // The base point x* lies where a move of +Δ stays on the grid: levels 0 … p−1−step.
    const base = Int32Array.from({ length: k }, () => rng.int(p - step));
    const direction = Int32Array.from({ length: k }, () => (rng.chance(0.5) ? 1 : -1));
    const order = shuffleInPlace(
      Int32Array.from({ length: k }, (_, i) => i),
      rng,
    );
    // A factor that moves down starts Δ above x*, so the trajectory is the matrix B* of Morris (1991).
    const levels = Int32Array.from(base, (level, i) => (direction[i]! > 0 ? level : level + step));
    const first = t * (k + 1);
    points[first] = point(first, levels);
    for (let s = 0; s < k; s++) {
      const i = order[s]!;
      levels[i] = levels[i]! + direction[i]! * step;
      points[first + s + 1] = point(first + s + 1, levels);
    }
  }
  return points;
}
