import { Model } from "../model/model.js";
import type { Scenario } from "../scenario/schema.js";
import type { World } from "../world/world.js";
import { log } from "../math.js";
import type { Disparity } from "./disparity.js";

/**
 * Paths of a world over years 0…T: ln of per-capita GRDP by region, row-major [region · (T + 1) + t],
 * and the disparity indices by year.
 */
export interface Paths {
  readonly years: number;
  readonly logIncome: Float64Array;
  readonly indices: Disparity[];
}

/**
 * The model's paths averaged over seeds: the mean over seeds of ln(GRDP / population) of each region
 * and year, and the mean over seeds of each disparity index (each computed on its own run, as the
 * model reports it). The whole model runs, cooperation included: the baseline is what users run.
 */
export function simulatePaths(
  world: World,
  scenario: Scenario,
  seeds: readonly number[],
  years: number,
): Paths {
  const n = world.size;
  const width = years + 1;
  const logIncome = new Float64Array(n * width);
  const indices: Disparity[] = Array.from({ length: width }, () => ({
    williamson: 0,
    theil: 0,
    theilBetween: 0,
    theilWithin: 0,
  }));
  for (const seed of seeds) {
    const model = new Model(world, { ...scenario, seed, years });
    const add = (t: number, row: ReturnType<Model["record"]>) => {
      const { grdp, population } = model.state;
      for (let i = 0; i < n; i++)
        logIncome[i * width + t] = logIncome[i * width + t]! + log(grdp[i]! / population[i]!);
      const sum = indices[t]!;
      sum.williamson += row.williamson;
      sum.theil += row.theil;
      sum.theilBetween += row.theil_between;
      sum.theilWithin += row.theil_within;
    };
    add(0, model.record());
    for (let t = 1; t <= years; t++) add(t, model.step());
  }
  const count = seeds.length;
  for (let k = 0; k < logIncome.length; k++) logIncome[k] = logIncome[k]! / count;
  for (const sum of indices) {
    sum.williamson /= count;
    sum.theil /= count;
    sum.theilBetween /= count;
    sum.theilWithin /= count;
  }
  return { years, logIncome, indices };
}
