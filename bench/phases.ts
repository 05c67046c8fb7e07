// Where a year's time goes: steps a model through its phases one by one (as Model.step does) and
// reports the wall time of each, a simulated year at a time, averaged over the measured years. Measured,
// never asserted; results are reported in docs/performance.md ("Where the time goes now").
//
//   npm run bench:phases                                 # the 34 provinces: 300 runs of 100 years, after 100 warm-up runs
//   npm run bench:phases -- --regions 10000 --years 10   # a synthetic world: one model, 5 years first, then 10 measured
//
// Small worlds (up to 1,024 regions) time whole runs, each with a new seed; larger ones step one model.
import { benchWorld } from "./support/bench-world.js";
import { Model, parseScenario, type Scenario, type World, type YearRow } from "../sim/index.js";
import { breakupPhase } from "../sim/model/phases/breakup.js";
import { economyPhase } from "../sim/model/phases/economy.js";
import { implementPhase } from "../sim/model/phases/implement.js";
import { learningPhase } from "../sim/model/phases/learning.js";
import { searchPhase } from "../sim/model/phases/search.js";
import { yearConditions } from "../sim/model/year-conditions.js";
import { benchArgs, countOption } from "./support/bench-args.js";

const { values } = benchArgs(import.meta.url, {
  options: {
    regions: { type: "string", default: "34" },
    years: { type: "string" },
    runs: { type: "string", default: "300" },
  },
});
const regions = countOption("--regions", values.regions, 2);
const large = regions > 1024;
const world: World = benchWorld(regions);

const PHASES = ["conditions", "search", "implement", "breakup", "economy", "learning", "record"] as const;
/** Milliseconds spent in each phase, by its index in PHASES. */
const spent = new Float64Array(PHASES.length);
let measuredYears = 0;

/**
 * One year, as Model.step runs it, each phase timed (plain locals and a typed array, so that the
 * timing itself allocates nothing and stays out of the figures). Returns the year's row; the script
 * checks at the end that a model stepped by `Model.step` gave the same rows, so that this copy of its
 * sequence cannot drift from it unnoticed.
 */
function stepTimed(model: Model, measure: boolean): YearRow {
  const { context, state } = model;
  const t0 = performance.now();
  const year = state.year + 1;
  const conditions = yearConditions(context, state, year);
  state.formed = 0;
  state.broken = 0;
  state.repaired = 0;
  state.policyCost = 0;
  state.netGain.fill(0);
  state.netGainByDomain.fill(0);
  state.incentive.fill(0);
  const t1 = performance.now();
  searchPhase(context, state, conditions);
  const t2 = performance.now();
  implementPhase(context, state, conditions);
  const t3 = performance.now();
  breakupPhase(context, state, conditions);
  const t4 = performance.now();
  economyPhase(context, state, conditions);
  const t5 = performance.now();
  learningPhase(context, state);
  const t6 = performance.now();
  state.year = year;
  const row = model.record();
  const t7 = performance.now();
  if (measure) {
    spent[0] = spent[0]! + (t1 - t0);
    spent[1] = spent[1]! + (t2 - t1);
    spent[2] = spent[2]! + (t3 - t2);
    spent[3] = spent[3]! + (t4 - t3);
    spent[4] = spent[4]! + (t5 - t4);
    spent[5] = spent[5]! + (t6 - t5);
    spent[6] = spent[6]! + (t7 - t6);
    measuredYears++;
  }
  return row;
}

/** Whether `rows` are the rows Model.step gives for the same world and scenario. */
function sameAsStep(scenario: Scenario, rows: readonly YearRow[]): boolean {
  const twin = new Model(world, scenario);
  return rows.every((row) => JSON.stringify(row) === JSON.stringify(twin.step()));
}

let checked: { scenario: Scenario; rows: YearRow[] };
if (large) {
  const years = countOption("--years", values.years ?? "10");
  const scenario = parseScenario({ years: 5 + years, seed: 7 });
  const model = new Model(world, scenario);
  const rows: YearRow[] = [];
  for (let y = 0; y < 5; y++) rows.push(stepTimed(model, false));
  for (let y = 0; y < years; y++) rows.push(stepTimed(model, true));
  checked = { scenario, rows };
} else {
  const years = countOption("--years", values.years ?? "100");
  const runs = countOption("--runs", values.runs);
  const warmup = Math.min(100, runs);
  const first = parseScenario({ years, seed: 0 });
  checked = { scenario: first, rows: [] };
  for (let run = 0; run < warmup + runs; run++) {
    const model = new Model(world, run === 0 ? first : parseScenario({ years, seed: run }));
    while (!model.done) {
      const row = stepTimed(model, run >= warmup);
      if (run === 0) checked.rows.push(row);
    }
  }
}
if (!sameAsStep(checked.scenario, checked.rows)) {
  console.error("bench/phases.ts: its sequence of phases no longer gives Model.step's rows; update it");
  process.exit(1);
}

const total = spent.reduce((sum, ms) => sum + ms, 0);
console.log(
  `${regions} regions, ${measuredYears} measured years (${large ? "one model" : "whole runs"}); ` +
    `Node ${process.version}; wall ms a simulated year:`,
);
PHASES.forEach((phase, p) => {
  const ms = spent[p]! / measuredYears;
  console.log(
    `  ${phase.padEnd(10)} ${ms.toFixed(ms < 1 ? 4 : 2).padStart(9)}  ${((100 * spent[p]!) / total).toFixed(1).padStart(5)}%`,
  );
});
console.log(`  ${"total".padEnd(10)} ${(total / measuredYears).toFixed(3).padStart(9)}`);
