/** Morris screening measures of one parameter. */
export interface MorrisIndices {
  /** Mean of the elementary effects (Morris 1991); signed, so effects of opposite sign cancel. */
  mu: number;
  /** Mean of their absolute values (Campolongo, Cariboni and Saltelli 2007): the ranking measure. */
  muStar: number;
  /** Sample standard deviation of the effects: non-linearity or interactions (Morris 1991). */
  sigma: number;
  /** Number of elementary effects of this parameter (one per trajectory in a Morris design). */
  effects: number;
}

/**
 * A change of a unit coordinate at or below this is taken as no change: the coordinates are
 * exact grid levels k/(p − 1), but ±Δ arithmetic may leave a last-bit difference.
 */
const UNCHANGED = 1e-9;

/**
 * Elementary-effects screening (Morris 1991, "Factorial sampling plans for preliminary
 * computational experiments", Technometrics 33), with μ* as the ranking measure (Campolongo,
 * Cariboni and Saltelli 2007, "An effective screening design for sensitivity analysis of large
 * models", Environmental Modelling & Software 22): μ alone misses a factor whose effects change
 * sign across the space, since they cancel; μ* does not.
 *
 * `unit` holds each design point's coordinates in [0, 1]^k and `outputs` its output, in the
 * order of the Morris design: r trajectories of k + 1 consecutive points, point t·(k+1) + step.
 * Within a trajectory each step changes exactly one factor, and its elementary effect is
 * EE = (y_s − y_{s−1}) / (u_s − u_{s−1}), the signed change of that factor in unit space. So a
 * factor entering as y = b·x with x = min + u·(max − min) has EE = b·(max − min) everywhere:
 * μ = μ* = b·(max − min) and σ = 0. The factor that changed is read from the coordinates, not
 * assumed from the step number, so any trajectory order (Morris's random one included) works.
 *
 * σ is the sample standard deviation (divisor r − 1), as in Morris (1991). A factor that no step
 * changed gets NaN measures and effects = 0; one changed only once gets σ = NaN.
 *
 * Throws a RangeError on: k not a positive integer, unit and outputs of different lengths, a
 * length that is not a multiple of k + 1, fewer than 2 trajectories (σ needs two effects), a row
 * without k finite coordinates (a Morris design has ranges only, so no NaN for listed values), an
 * output that is not finite, or a step that changes no factor or more than one.
 */
export function morrisIndices(
  unit: ArrayLike<number>[],
  outputs: ArrayLike<number>,
  k: number,
): MorrisIndices[] {
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`morrisIndices: the number of parameters must be a positive integer, got ${k}`);
  }
  if (unit.length !== outputs.length) {
    throw new RangeError(
      `morrisIndices: unit has ${unit.length} points but outputs has ${outputs.length} values`,
    );
  }
  const block = k + 1;
  if (outputs.length % block !== 0) {
    throw new RangeError(
      `morrisIndices: ${outputs.length} points is not a multiple of k + 1 = ${block} (one trajectory)`,
    );
  }
  const trajectories = outputs.length / block;
  if (trajectories < 2) {
    throw new RangeError(`morrisIndices: needs at least 2 trajectories, got ${trajectories}`);
  }
  for (let p = 0; p < outputs.length; p++) {
    const row = unit[p]!;
    if (row.length !== k) {
      throw new RangeError(`morrisIndices: point ${p} has ${row.length} coordinates, expected ${k}`);
    }
    for (let i = 0; i < k; i++) {
      if (!Number.isFinite(row[i]!)) {
        throw new RangeError(
          `morrisIndices: coordinate ${i} of point ${p} is ${row[i]}; a Morris design has ranges only`,
        );
      }
    }
    if (!Number.isFinite(outputs[p]!)) {
      throw new RangeError(
        `morrisIndices: the output of point ${p} is ${outputs[p]}; every output must be finite`,
      );
    }
  }

  const effects: number[][] = Array.from({ length: k }, () => []);
  for (let t = 0; t < trajectories; t++) {
    for (let step = 1; step < block; step++) {
      const p = t * block + step;
      const previous = unit[p - 1]!;
      const current = unit[p]!;
      let changed = -1;
      for (let i = 0; i < k; i++) {
        if (Math.abs(current[i]! - previous[i]!) > UNCHANGED) {
          if (changed >= 0) {
            throw new RangeError(
              `morrisIndices: step ${step} of trajectory ${t} (point ${p}) changes factors ${changed} and ${i}; ` +
                "each step must change exactly one",
            );
          }
          changed = i;
        }
      }
      if (changed < 0) {
        throw new RangeError(
          `morrisIndices: step ${step} of trajectory ${t} (point ${p}) changes no factor; each step must change exactly one`,
        );
      }
      const delta = current[changed]! - previous[changed]!;
      effects[changed]!.push((outputs[p]! - outputs[p - 1]!) / delta);
    }
  }

  return effects.map((values): MorrisIndices => {
    const count = values.length;
    if (count === 0) return { mu: Number.NaN, muStar: Number.NaN, sigma: Number.NaN, effects: 0 };
    let sum = 0;
    let absoluteSum = 0;
    for (const value of values) {
      sum += value;
      absoluteSum += Math.abs(value);
    }
    const mu = sum / count;
    let squares = 0;
    for (const value of values) squares += (value - mu) * (value - mu);
    const sigma = count > 1 ? Math.sqrt(squares / (count - 1)) : Number.NaN;
    return { mu, muStar: absoluteSum / count, sigma, effects: count };
  });
}
