import { assertSameLength } from "./same-length.js";
import { log } from "../math.js";

/** Theil T and its exact split into inequality between groups and within them. */
export interface TheilDecomposition {
  total: number;
  between: number;
  within: number;
}

/**
 * Theil T index of per-capita GRDP, with income shares s_i = Y_i / ΣY and population shares
 * p_i = P_i / ΣP:
 *
 *   T       = Σ_i s_i ln(s_i / p_i)          = Σ_i s_i ln(y_i / ȳ)
 *   between = Σ_g s_g ln(s_g / p_g)          = Σ_g s_g ln(ȳ_g / ȳ)
 *   within  = Σ_g s_g T_g,  T_g = Σ_{i∈g} (s_i/s_g) ln((s_i/s_g)/(p_i/p_g)) → Σ_g Σ_{i∈g} s_i ln(y_i / ȳ_g)
 *
 * where ȳ_g is the per-capita GRDP of group g. `within` is computed from the regions, not as
 * total − between, so that between + within = total is a check on the arithmetic rather than
 * true by construction. A region (or group) with zero GRDP contributes 0 (the limit of s ln s).
 *
 * `groupOf[i]` is region i's group in [0, groupCount). Pass `out` to reuse a result object and
 * `scratch` (a Float64Array of at least 2·groupCount) to avoid allocating the group totals:
 * this runs every simulated year.
 */
export function theil(
  grdp: ArrayLike<number>,
  population: ArrayLike<number>,
  groupOf: Int32Array,
  groupCount: number,
  out?: TheilDecomposition,
  scratch?: Float64Array,
): TheilDecomposition {
  assertSameLength("theil", grdp, population, ["grdp", "population"]);
  assertSameLength("theil", grdp, groupOf, ["grdp", "groupOf"]);
  const size = grdp.length;
  // Group g's GRDP at [2g], its population at [2g + 1].
  const groupTotals =
    scratch !== undefined && scratch.length >= 2 * groupCount ? scratch : new Float64Array(2 * groupCount);
  groupTotals.fill(0, 0, 2 * groupCount);

  let totalGrdp = 0;
  let totalPopulation = 0;
  for (let i = 0; i < size; i++) {
    const group = groupOf[i]!;
    if (!(group >= 0 && group < groupCount)) {
      throw new RangeError(`theil: region ${i} is in group ${group}, outside [0, ${groupCount})`);
    }
    const income = grdp[i]!;
    const people = population[i]!;
    totalGrdp += income;
    totalPopulation += people;
    groupTotals[2 * group] = groupTotals[2 * group]! + income;
    groupTotals[2 * group + 1] = groupTotals[2 * group + 1]! + people;
  }
  const meanPerCapita = totalGrdp / totalPopulation;

  let total = 0;
  let within = 0;
  for (let i = 0; i < size; i++) {
    const income = grdp[i]!;
    if (income === 0) continue;
    const group = groupOf[i]!;
    const share = income / totalGrdp;
    const perCapita = income / population[i]!;
    const groupPerCapita = groupTotals[2 * group]! / groupTotals[2 * group + 1]!;
    total += share * log(perCapita / meanPerCapita);
    within += share * log(perCapita / groupPerCapita);
  }

  let between = 0;
  for (let group = 0; group < groupCount; group++) {
    const groupGrdp = groupTotals[2 * group]!;
    if (groupGrdp === 0) continue;
    const groupPerCapita = groupGrdp / groupTotals[2 * group + 1]!;
    between += (groupGrdp / totalGrdp) * log(groupPerCapita / meanPerCapita);
  }

  const result = out ?? { total: 0, between: 0, within: 0 };
  result.total = total;
  result.between = between;
  result.within = within;
  return result;
}
