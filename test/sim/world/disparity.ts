import type { World } from "../../../sim/world/index.js";

// Small reference implementations for checking worlds; the model's own metrics live in sim/metrics.

/** Population-weighted coefficient of variation of per-capita GRDP. */
export function williamson(world: World): number {
  const { totalY, totalP } = totals(world);
  const mean = totalY / totalP;
  let variance = 0;
  for (let i = 0; i < world.size; i++) {
    const y = world.grdp[i]! / world.population[i]!;
    variance += (world.population[i]! / totalP) * (y - mean) ** 2;
  }
  return Math.sqrt(variance) / mean;
}

/** Theil T of per-capita GRDP and its part between groups. */
export function theil(world: World): { total: number; between: number } {
  const { totalY, totalP } = totals(world);
  const mean = totalY / totalP;
  let total = 0;
  const groupY = new Float64Array(world.groups.length);
  const groupP = new Float64Array(world.groups.length);
  for (let i = 0; i < world.size; i++) {
    const y = world.grdp[i]! / world.population[i]!;
    total += (world.grdp[i]! / totalY) * Math.log(y / mean);
    const g = world.groupOf[i]!;
    groupY[g] = groupY[g]! + world.grdp[i]!;
    groupP[g] = groupP[g]! + world.population[i]!;
  }
  let between = 0;
  groupY.forEach((y, g) => {
    if (y > 0) between += (y / totalY) * Math.log(y / groupP[g]! / mean);
  });
  return { total, between };
}

function totals(world: World): { totalY: number; totalP: number } {
  let totalY = 0;
  let totalP = 0;
  for (let i = 0; i < world.size; i++) {
    totalY += world.grdp[i]!;
    totalP += world.population[i]!;
  }
  return { totalY, totalP };
}
