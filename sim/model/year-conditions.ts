import { transactionCostFactor } from "../policies/harmonisation.js";
import { discoveryBoost, platformMonitoring } from "../policies/information-platform.js";
import { egoFactor } from "../policies/facilitation.js";
import { monitoringLevel } from "../policies/monitoring.js";
import { privateInvestmentShare } from "../policies/ppp.js";
import type { ShockType } from "../scenario/schema.js";
import type { ModelState, RunContext } from "./state.js";

/** The shock types, in the order of `YearConditions.shock`'s rows. */
export const SHOCK_TYPES: readonly ShockType[] = ["foodPrice", "energyCrisis", "disaster", "pandemic"];

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
  /** World GRDP per capita (ΣY/ΣP) at the start of the year. */
  readonly meanPerCapita: number;
}

export function yearConditions(context: RunContext, state: ModelState, year: number): YearConditions {
  const { scenario, world } = context;
  const p = scenario.policies;
  const n = world.size;
  const shock = new Float64Array(SHOCK_TYPES.length * n);
  scenario.shocks.forEach((s, k) => {
    if (year < s.year || year >= s.year + s.duration) return;
    const row = SHOCK_TYPES.indexOf(s.type) * n;
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
    meanPerCapita: grdp / population,
  };
}

/** Intensity of a shock type for region i this year. */
export function shockIntensity(conditions: YearConditions, type: ShockType, n: number, i: number): number {
  return conditions.shock[SHOCK_TYPES.indexOf(type) * n + i]!;
}
