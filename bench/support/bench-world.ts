import { readFileSync } from "node:fs";
import { parseWorldCsv, syntheticWorld, type World } from "../../sim/index.js";

/**
 * The world a benchmark measures for `--regions N`: the 34 provinces (the default world) for 34, else a
 * synthetic world of N regions in 6 groups, seed 1, the same in every script so their figures compare.
 */
export function benchWorld(regions: number): World {
  return regions === 34
    ? parseWorldCsv(
        readFileSync(new URL("../../configs/worlds/indonesia-2022.csv", import.meta.url), "utf8"),
        "indonesia-2022",
      )
    : syntheticWorld({ regions, groups: 6, seed: 1 });
}
