import { assertSameLength } from "./same-length.js";

/**
 * Williamson index (Williamson 1965): the population-weighted coefficient of variation of
 * per-capita GRDP,
 *
 *   V_w = sqrt( Σ_i (P_i / P) (y_i − ȳ)² ) / ȳ,   y_i = Y_i / P_i,   ȳ = ΣY / ΣP.
 *
 * Weighting by population, rather than counting each region once, keeps a small rich province
 * from weighing as much as Jawa Barat; it is the form BPS and the Indonesian disparity
 * literature report. ȳ is the national per-capita GRDP, which is also the population-weighted
 * mean of y_i. Returns NaN for an empty world.
 */
export function williamson(grdp: ArrayLike<number>, population: ArrayLike<number>): number {
  assertSameLength("williamson", grdp, population, ["grdp", "population"]);
  const size = grdp.length;
  let totalGrdp = 0;
  let totalPopulation = 0;
  for (let i = 0; i < size; i++) {
    totalGrdp += grdp[i]!;
    totalPopulation += population[i]!;
  }
  const meanPerCapita = totalGrdp / totalPopulation;
  let weightedSquares = 0;
  for (let i = 0; i < size; i++) {
    const people = population[i]!;
    const deviation = grdp[i]! / people - meanPerCapita;
    weightedSquares += people * deviation * deviation;
  }
  return Math.sqrt(weightedSquares / totalPopulation) / meanPerCapita;
}
