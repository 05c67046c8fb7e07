import { assertSameLength } from "./same-length.js";
import { sortIndicesByKey, sortScratchFor, type SortScratch } from "./sort-scratch.js";
import { log } from "../math.js";

/**
 * National per-capita GRDP, ΣY / ΣP: the population-weighted mean of the regions' per-capita
 * GRDP, not the mean of the ratios (which would let a small province count as much as a large one).
 */
export function meanPerCapita(grdp: ArrayLike<number>, population: ArrayLike<number>): number {
  assertSameLength("meanPerCapita", grdp, population, ["grdp", "population"]);
  let totalGrdp = 0;
  let totalPopulation = 0;
  for (let i = 0; i < grdp.length; i++) {
    totalGrdp += grdp[i]!;
    totalPopulation += population[i]!;
  }
  return totalGrdp / totalPopulation;
}

/**
 * σ of σ-convergence: the standard deviation of ln y_i (y_i = Y_i / P_i) across regions, each
 * region counted once (unweighted, as in Barro and Sala-i-Martin) and divided by n, not n − 1:
 * the regions are the whole population, not a sample. Logs make it scale-free, so it is
 * comparable across years of growth and price levels. Returns NaN for an empty world.
 */
export function sigmaLog(grdp: ArrayLike<number>, population: ArrayLike<number>): number {
  assertSameLength("sigmaLog", grdp, population, ["grdp", "population"]);
  const size = grdp.length;
  // Welford's running mean and sum of squares: one pass and one log per region, and no
  // cancellation when the logs are large and close together.
  let mean = 0;
  let sumOfSquares = 0;
  for (let i = 0; i < size; i++) {
    const logIncome = log(grdp[i]! / population[i]!);
    const delta = logIncome - mean;
    mean += delta / (i + 1);
    sumOfSquares += delta * (logIncome - mean);
  }
  return Math.sqrt(sumOfSquares / size);
}

/** Richest over poorest region by per-capita GRDP. Returns NaN for an empty world. */
export function maxMinRatio(grdp: ArrayLike<number>, population: ArrayLike<number>): number {
  assertSameLength("maxMinRatio", grdp, population, ["grdp", "population"]);
  if (grdp.length === 0) return Number.NaN;
  let highest = -Infinity;
  let lowest = Infinity;
  for (let i = 0; i < grdp.length; i++) {
    const perCapita = grdp[i]! / population[i]!;
    if (perCapita > highest) highest = perCapita;
    if (perCapita < lowest) lowest = perCapita;
  }
  return highest / lowest;
}

/**
 * Weighted median, e.g. of per-capita GRDP weighted by population: the income of the median
 * person, not of the median province.
 *
 * Convention: the smallest value at which the cumulative weight reaches half the total. When it
 * lands exactly on half, the result is the mean of that value and the next one, so that with
 * equal weights this is the ordinary median (the mean of the two middle values for even n).
 * Zero weights are ignored. Returns NaN when there is no positive weight.
 *
 * Pass `scratch` (see createSortScratch) to sort without allocating; this runs every simulated year.
 */
export function weightedMedian(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  scratch?: SortScratch,
): number {
  assertSameLength("weightedMedian", values, weights, ["values", "weights"]);
  const size = values.length;
  const buffers = sortScratchFor(size, scratch);
  let totalWeight = 0;
  for (let i = 0; i < size; i++) {
    buffers.keys[i] = values[i]!;
    totalWeight += weights[i]!;
  }
  if (!(totalWeight > 0)) return Number.NaN;
  return weightedMedianOfOrdered(values, weights, sortIndicesByKey(buffers, size), totalWeight);
}

/**
 * `weightedMedian` given the indices in ascending order of value (ties by index, as
 * `sortIndicesByKey` orders them) and the total weight summed in index order, which must be
 * positive: for callers that keep that order from year to year. Same arithmetic, same bits.
 */
export function weightedMedianOfOrdered(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  order: Uint32Array,
  totalWeight: number,
): number {
  const size = order.length;
  const half = totalWeight / 2;
  let cumulativeWeight = 0;
  for (let k = 0; k < size; k++) {
    const index = order[k]!;
    const weight = weights[index]!;
    if (weight === 0) continue;
    cumulativeWeight += weight;
    if (cumulativeWeight < half) continue;
    const value = values[index]!;
    if (cumulativeWeight > half) return value;
    for (let next = k + 1; next < size; next++) {
      const nextIndex = order[next]!;
      if (weights[nextIndex]! > 0) return (value + values[nextIndex]!) / 2;
    }
    return value;
  }
  // Only reached through rounding in the cumulative sum; the largest weighted value is the answer.
  for (let k = size - 1; k >= 0; k--) {
    const index = order[k]!;
    if (weights[index]! > 0) return values[index]!;
  }
  return Number.NaN;
}
