// Where a year's time goes: steps a model through its phases one by one (as Model.step does) and
// reports the wall time of each, a simulated year at a time, averaged over the measured years. Measured,
// never asserted; results are reported in docs/performance.md ("Where the time goes now").
//
//   npx tsx bench/phases.ts                              # the 34 provinces: 300 runs of 100 years, after 100 warm-up runs
//   npx tsx bench/phases.ts --regions 10000 --years 10   # a synthetic world: one model, 5 years first, then 10 measured
//
// Small worlds (up to 1,024 regions) time whole runs, each with a new seed; larger ones step one model.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { Model, parseScenario, parseWorldCsv, syntheticWorld, type World } from "../sim/index.js";
import { breakupPhase } from "../sim/model/phases/breakup.js";
import { economyPhase } from "../sim/model/phases/economy.js";
import { implementPhase } from "../sim/model/phases/implement.js";
import { learningPhase } from "../sim/model/phases/learning.js";
import { searchPhase } from "../sim/model/phases/search.js";
import { yearConditions } from "../sim/model/year-conditions.js";

const { values } = parseArgs({
  options: {
    regions: { type: "string", default: "34" },
    years: { type: "string" },
    runs: { type: "string", default: "300" },
  },
});
const regions = Number(values.regions);
const large = regions > 1024;
const world: World =
  regions === 34
    ? parseWorldCsv(
        readFileSync(new URL("../configs/worlds/indonesia-2022.csv", import.meta.url), "utf8"),
        "indonesia-2022",
      )
    : syntheticWorld({ regions, groups: 6, seed: 1 });

const PHASES = ["conditions", "search", "implement", "breakup", "economy", "learning", "record"] as const;
const spent = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<(typeof PHASES)[number], number>;
let measuredYears = 0;

/** One year, as Model.step runs it, each phase timed. */
function stepTimed(model: Model, measure: boolean): void {
  const { context, state } = model;
  let t = performance.now();
  const lap = (phase: (typeof PHASES)[number]): void => {
    const now = performance.now();
    if (measure) spent[phase] += now - t;
    t = now;
  };
  const year = state.year + 1;
  const conditions = yearConditions(context, state, year);
  state.formed = 0;
  state.broken = 0;
  state.repaired = 0;
  state.policyCost = 0;
  state.netGain.fill(0);
  state.netGainByDomain.fill(0);
  state.incentive.fill(0);
  lap("conditions");
  searchPhase(context, state, conditions);
  lap("search");
  implementPhase(context, state, conditions);
  lap("implement");
  breakupPhase(context, state, conditions);
  lap("breakup");
  economyPhase(context, state, conditions);
  lap("economy");
  learningPhase(context, state);
  lap("learning");
  state.year = year;
  model.record();
  lap("record");
  if (measure) measuredYears++;
}

if (large) {
  const years = Number(values.years ?? 10);
  const model = new Model(world, parseScenario({ years: 5 + years, seed: 7 }));
  for (let y = 0; y < 5; y++) stepTimed(model, false);
  for (let y = 0; y < years; y++) stepTimed(model, true);
} else {
  const years = Number(values.years ?? 100);
  const runs = Number(values.runs);
  const warmup = Math.min(100, runs);
  for (let run = 0; run < warmup + runs; run++) {
    const model = new Model(world, parseScenario({ years, seed: run }));
    while (!model.done) stepTimed(model, run >= warmup);
  }
}

const total = PHASES.reduce((sum, p) => sum + spent[p], 0);
console.log(
  `${regions} regions, ${measuredYears} measured years (${large ? "one model" : "whole runs"}); ` +
    `Node ${process.version}; wall ms a simulated year:`,
);
for (const phase of PHASES) {
  const ms = spent[phase] / measuredYears;
  console.log(
    `  ${phase.padEnd(10)} ${ms.toFixed(ms < 1 ? 4 : 2).padStart(9)}  ${((100 * spent[phase]) / total).toFixed(1).padStart(5)}%`,
  );
}
console.log(`  ${"total".padEnd(10)} ${(total / measuredYears).toFixed(3).padStart(9)}`);
