import type { Domain } from "../domains/domain.js";
import { DOMAINS } from "../domains/registry.js";
import {
  betaConvergence,
  klassenQuadrants,
  klassenTransitions,
  type BetaConvergence,
  type KlassenTransitionMatrix,
} from "../metrics/index.js";
import type { Scenario } from "../scenario/schema.js";
import type { World } from "../world/world.js";
import { Model } from "./model.js";
import type { RegionRow, YearRow } from "./results.js";

export interface RunOptions {
  /** Also record one row per region per year (large: regions × (years + 1) rows). */
  regions?: boolean;
  /** Called with each year's row as soon as it exists (year 0 first). */
  onYear?: (row: YearRow) => void;
  /** Domains to simulate; the four of the brief by default. */
  domains?: readonly Domain[];
}

/** What a run says as a whole, beyond its yearly rows. */
export interface RunSummary {
  /** β-convergence of GRDP per capita over the run; null when undefined (e.g. equal incomes). */
  convergence: BetaConvergence | null;
  /** Klassen quadrant (1–4) of each region at the start (year-0 income, first-year growth) and the end. */
  klassenStart: Int8Array;
  klassenEnd: Int8Array;
  klassenTransitions: KlassenTransitionMatrix;
  /** Policy spending over the run, billion IDR. */
  totalPolicyCost: number;
}

export interface RunResult {
  years: YearRow[];
  regions: RegionRow[];
  summary: RunSummary;
}

/** Runs a scenario on a world from year 0 to `scenario.years`. */
export function runModel(world: World, scenario: Scenario, options: RunOptions = {}): RunResult {
  const model = new Model(world, scenario, options.domains ?? DOMAINS);
  const n = world.size;
  const years: YearRow[] = [];
  const regions: RegionRow[] = [];
  const keep = (row: YearRow): void => {
    years.push(row);
    options.onYear?.(row);
    if (options.regions) regions.push(...model.regionRows());
  };

  const initialPerCapita = Float64Array.from({ length: n }, (_, i) => world.grdp[i]! / world.population[i]!);
  const klassenStart = new Int8Array(n);
  const klassenEnd = new Int8Array(n);
  keep(model.record());
  while (!model.done) {
    keep(model.step());
    if (model.year === 1) classify(model, initialPerCapita, world.population, klassenStart);
  }
  const finalPerCapita = perCapitaNow(model);
  classify(model, finalPerCapita, model.state.population, klassenEnd);

  let totalPolicyCost = 0;
  for (const row of years) totalPolicyCost += row.policy_cost;
  return {
    years,
    regions,
    summary: {
      convergence: convergence(initialPerCapita, finalPerCapita, scenario.years),
      klassenStart,
      klassenEnd,
      klassenTransitions: klassenTransitions(klassenStart, klassenEnd),
      totalPolicyCost,
    },
  };
}

function perCapitaNow(model: Model): Float64Array {
  const { grdp, population } = model.state;
  return Float64Array.from(grdp, (y, i) => y / population[i]!);
}

/**
 * Klassen quadrants from the given incomes and the latest year's growth, against the world's mean
 * income (population-weighted, with the populations of the incomes' own year) and growth.
 */
function classify(model: Model, perCapita: Float64Array, population: Float64Array, out: Int8Array): void {
  const { grdp, grdpLastYear } = model.state;
  let total = 0;
  let totalLast = 0;
  let people = 0;
  let incomeTotal = 0;
  for (let i = 0; i < grdp.length; i++) {
    total += grdp[i]!;
    totalLast += grdpLastYear[i]!;
    people += population[i]!;
    incomeTotal += perCapita[i]! * population[i]!;
  }
  const growth = Float64Array.from(grdp, (y, i) => y / grdpLastYear[i]! - 1);
  klassenQuadrants(perCapita, growth, incomeTotal / people, total / totalLast - 1, out);
}

function convergence(start: Float64Array, end: Float64Array, years: number): RunSummary["convergence"] {
  try {
    return betaConvergence(start, end, years);
  } catch (error) {
    // Equal starting incomes leave the regression undefined; that is a fact about the world, not a failure.
    if (error instanceof RangeError) return null;
    throw error;
  }
}
