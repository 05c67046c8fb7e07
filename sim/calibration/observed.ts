import type { World } from "../world/world.js";
import { log } from "../math.js";
import { disparity } from "./disparity.js";
import type { History } from "./history.js";
import type { Paths } from "./simulate.js";

/**
 * The observed paths in the shape of simulated ones: years 0…T from `startYear`, regions in the
 * world's order (`unitOf` from alignHistory), per-capita GRDP at constant prices, and the disparity
 * indices computed with the world's groups.
 */
export function observedPaths(
  history: History,
  world: World,
  unitOf: Int32Array,
  startYear: number,
  years: number,
): Paths {
  const n = world.size;
  const span = history.lastYear - history.firstYear + 1;
  const width = years + 1;
  if (startYear < history.firstYear || startYear + years > history.lastYear)
    throw new RangeError(
      `observedPaths: ${startYear}–${startYear + years} outside ${history.firstYear}–${history.lastYear}`,
    );
  const logIncome = new Float64Array(n * width);
  const grdp = new Float64Array(n);
  const population = new Float64Array(n);
  const indices = [];
  for (let t = 0; t < width; t++) {
    const column = startYear - history.firstYear + t;
    for (let i = 0; i < n; i++) {
      const k = unitOf[i]! * span + column;
      grdp[i] = history.grdpConstant[k]!;
      population[i] = history.population[k]!;
      logIncome[i * width + t] = log(grdp[i]! / population[i]!);
    }
    indices.push(disparity(grdp, population, world.groupOf, world.groups.length));
  }
  return { years, logIncome, indices };
}
