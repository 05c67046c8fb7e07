import { transactionCostFactor } from "../policies/harmonisation.js";
import { discoveryBoost, platformMonitoring } from "../policies/information-platform.js";
import { egoFactor } from "../policies/facilitation.js";
import { monitoringLevel } from "../policies/monitoring.js";
import { privateInvestmentShare } from "../policies/ppp.js";
import type { ShockType } from "../scenario/schema.js";
import type { ModelState, RunContext } from "./state.js";

/** The shock types, in the order of `YearConditions.shock`'s rows. */
export const SHOCK_TYPES: readonly ShockType[] = ["foodPrice", "energyCrisis", "disaster", "pandemic"];
/** Row of each shock type in `YearConditions.shock` (a lookup, not an indexOf in the hot loops). */
export const SHOCK_ROW: Readonly<Record<ShockType, number>> = {
  foodPrice: 0,
  energyCrisis: 1,
  disaster: 2,
  pandemic: 3,
};

/**
 * What holds in one simulated year once the levers in force and the scheduled shocks are applied:
 * effective costs, ego factor, discovery and monitoring, and each region's shock intensity.
 */
export interface YearConditions {
  readonly year: number;
  readonly transactionCost: number;
  /** Share of joint gains lost to legal and institutional friction. */
  readonly friction: number;
  readonly egoFactor: number;
  readonly discovery: number;
  readonly monitoring: number;
  readonly privateShare: number;
  /** Shock intensity in [0, 1], row-major [shockType * N + region]. */
  readonly shock: Float64Array;
  /** Whether any region is hit by each shock type this year (rows of `shock` that are not all 0). */
  readonly shockActive: Uint8Array;
  /** World GRDP per capita (ΣY/ΣP) at the start of the year. */
  readonly meanPerCapita: number;
}

export function yearConditions(context: RunContext, state: ModelState, year: number): YearConditions {
  const { scenario, world } = context;
  const p = scenario.policies;
  const n = world.size;
  // The run's buffer, rewritten every year: a year's conditions are read only during that year.
  const shock = context.scratch.shock;
  shock.fill(0);
  const shockActive = new Uint8Array(SHOCK_TYPES.length);
  scenario.shocks.forEach((s, k) => {
    if (year < s.year || year >= s.year + s.duration) return;
    if (s.size > 0) shockActive[SHOCK_ROW[s.type]] = 1;
    const row = SHOCK_ROW[s.type] * n;
    const hit = context.shockRegions[k]!;
    // Overlapping shocks of one type do not add up beyond the worst of them.
    for (let i = 0; i < n; i++) if (hit[i]) shock[row + i] = Math.max(shock[row + i]!, s.size);
  });
  let grdp = 0;
  let population = 0;
  for (let i = 0; i < n; i++) {
    grdp += state.grdp[i]!;
    population += state.population[i]!;
  }
  return {
    year,
    transactionCost: scenario.cooperation.transactionCost * transactionCostFactor(p.harmonisation, year),
    friction: scenario.cooperation.friction * transactionCostFactor(p.harmonisation, year),
    egoFactor: egoFactor(p.facilitation, year),
    discovery: Math.min(1, scenario.cooperation.discovery + discoveryBoost(p.informationPlatform, year)),
    monitoring: monitoringLevel(p.monitoring, year) + platformMonitoring(p.informationPlatform, year),
    privateShare: privateInvestmentShare(p.ppp, year),
    shock,
    shockActive,
    meanPerCapita: grdp / population,
  };
}

/** Intensity of a shock type for region i this year. */
export function shockIntensity(conditions: YearConditions, type: ShockType, n: number, i: number): number {
  return conditions.shock[SHOCK_ROW[type] * n + i]!;
}
