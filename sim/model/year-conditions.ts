import { transactionCostFactor } from "../policies/harmonisation.js";
import { discoveryBoost, platformMonitoring } from "../policies/information-platform.js";
import { egoFactor } from "../policies/facilitation.js";
import { monitoringLevel } from "../policies/monitoring.js";
import { privateInvestmentShare } from "../policies/ppp.js";
import type { ShockType } from "../scenario/schema.js";
import type { ModelState, RunContext } from "./state.js";
import { recordClass } from "../record-class.js";

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

/** `YearConditions` as `yearConditions` fills it in: the run keeps one (`RunScratch.conditions`). */
export type YearConditionsBuffer = { -readonly [K in keyof YearConditions]: YearConditions[K] };

/** Every phase reads the year's conditions: a class, not a literal (see record-class.ts). */
const YearConditionsRecord = recordClass<YearConditionsBuffer>();

/**
 * An empty buffer for `yearConditions` over `shock` (the run's shock rows). Its rates are NaN until a
 * year is written: doubles from the start, so that their fields never change representation (see
 * `emptyAssessment`).
 */
export function yearConditionsBuffer(shock: Float64Array): YearConditionsBuffer {
  return new YearConditionsRecord({
    year: 0,
    transactionCost: Number.NaN,
    friction: Number.NaN,
    egoFactor: Number.NaN,
    discovery: Number.NaN,
    monitoring: Number.NaN,
    privateShare: Number.NaN,
    shock,
    shockActive: new Uint8Array(SHOCK_TYPES.length),
    meanPerCapita: Number.NaN,
  });
}

/**
 * The conditions of `year`, written into the run's buffer (`context.scratch.conditions`) and
 * returned: a year's conditions are read only during that year, and the next call rewrites them.
 */
export function yearConditions(context: RunContext, state: ModelState, year: number): YearConditions {
  const { scenario, world } = context;
  const p = scenario.policies;
  const n = world.size;
  const out = context.scratch.conditions;
  const shock = out.shock;
  shock.fill(0);
  const shockActive = out.shockActive;
  shockActive.fill(0);
  for (let k = 0; k < scenario.shocks.length; k++) {
    const s = scenario.shocks[k]!;
    if (year < s.year || year >= s.year + s.duration) continue;
    if (s.size > 0) shockActive[SHOCK_ROW[s.type]] = 1;
    const row = SHOCK_ROW[s.type] * n;
    const hit = context.shockRegions[k]!;
    // Overlapping shocks of one type do not add up beyond the worst of them.
    for (let i = 0; i < n; i++) if (hit[i]) shock[row + i] = Math.max(shock[row + i]!, s.size);
  }
  let grdp = 0;
  let population = 0;
  for (let i = 0; i < n; i++) {
    grdp += state.grdp[i]!;
    population += state.population[i]!;
  }
  out.year = year;
  out.transactionCost = scenario.cooperation.transactionCost * transactionCostFactor(p.harmonisation, year);
  out.friction = scenario.cooperation.friction * transactionCostFactor(p.harmonisation, year);
  out.egoFactor = egoFactor(p.facilitation, year);
  out.discovery = Math.min(1, scenario.cooperation.discovery + discoveryBoost(p.informationPlatform, year));
  out.monitoring = monitoringLevel(p.monitoring, year) + platformMonitoring(p.informationPlatform, year);
  out.privateShare = privateInvestmentShare(p.ppp, year);
  out.meanPerCapita = grdp / population;
  return out;
}

/** Intensity of a shock type for region i this year. */
export function shockIntensity(conditions: YearConditions, type: ShockType, n: number, i: number): number {
  return conditions.shock[SHOCK_ROW[type] * n + i]!;
}
