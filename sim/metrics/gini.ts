import { assertSameLength } from "./same-length.js";
import { sortIndicesByKey, sortScratchFor, type SortScratch } from "./sort-scratch.js";

/**
 * Population-weighted Gini coefficient of per-capita GRDP.
 *
 * Convention: the regions are read as a grouped distribution in which each of the P_i people of
 * region i has income y_i = Y_i / P_i, and the Gini is that of all people. With regions sorted by
 * y, population shares p_k and cumulative income shares L_k (L_0 = 0), it is one minus twice the
 * area under the Lorenz curve:
 *
 *   G = 1 − Σ_k p_k (L_k + L_{k−1}).
 *
 * With equal populations this is the plain Gini Σ_i Σ_j |y_i − y_j| / (2 n² ȳ), the "n"
 * convention (at most (n−1)/n), not the n−1 small-sample correction: the regions are the whole
 * population, not a sample of it. Regions with equal y may come in any order; the Lorenz curve
 * is the same.
 *
 * Returns NaN for an empty world. Pass `scratch` (see createSortScratch) to sort without allocating; this runs every simulated year.
 */
export function gini(grdp: ArrayLike<number>, population: ArrayLike<number>, scratch?: SortScratch): number {
  assertSameLength("gini", grdp, population, ["grdp", "population"]);
  const size = grdp.length;
  if (size === 0) return Number.NaN;
  const buffers = sortScratchFor(size, scratch);
  let totalGrdp = 0;
  let totalPopulation = 0;
  for (let i = 0; i < size; i++) {
    buffers.keys[i] = grdp[i]! / population[i]!;
    totalGrdp += grdp[i]!;
    totalPopulation += population[i]!;
  }
  return giniOfOrdered(grdp, population, sortIndicesByKey(buffers, size), totalGrdp, totalPopulation);
}

/**
 * `gini` given the regions already in ascending order of per-capita GRDP (ties by index, as
 * `sortIndicesByKey` orders them) and the totals ΣY and ΣP summed in index order: for callers that
 * keep that order from year to year (the model's year records). Same arithmetic, same bits.
 */
export function giniOfOrdered(
  grdp: ArrayLike<number>,
  population: ArrayLike<number>,
  order: Uint32Array,
  totalGrdp: number,
  totalPopulation: number,
): number {
  const size = order.length;
  let lorenzSum = 0;
  let cumulativeShare = 0;
  for (let k = 0; k < size; k++) {
    const region = order[k]!;
    const previousShare = cumulativeShare;
    cumulativeShare += grdp[region]! / totalGrdp;
    lorenzSum += (population[region]! / totalPopulation) * (cumulativeShare + previousShare);
  }
  // Rounding can leave a perfectly equal distribution a hair below zero; a Gini is never negative.
  return Math.max(0, 1 - lorenzSum);
}
