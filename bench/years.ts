// How the cost of a simulated year changes over a run: steps whole runs with Model.step and reports the mean
// wall time of a year, decade by decade, with the agreements in force then (the year's work grows with them).
// Measured, never asserted; results are reported in docs/performance.md ("Cost by simulated year").
//
//   npm run bench:years                                  # the 34 provinces: 300 runs of 100 years, after 100 warm-up runs
//   npm run bench:years -- --regions 514 --runs 10       # synthetic worlds: fewer runs (and --years for large ones)
import { benchWorld } from "./support/bench-world.js";
import { Model, parseScenario, type World } from "../sim/index.js";
import { benchArgs, countOption } from "./support/bench-args.js";

const { values } = benchArgs(import.meta.url, {
  options: {
    regions: { type: "string", default: "34" },
    years: { type: "string", default: "100" },
    runs: { type: "string", default: "300" },
    warmup: { type: "string" },
  },
});
const regions = countOption("--regions", values.regions, 2);
const years = countOption("--years", values.years);
const runs = countOption("--runs", values.runs);
const warmup = countOption("--warmup", values.warmup ?? String(Math.ceil(runs / 3)), 0);
const world: World = benchWorld(regions);

/** Wall ms and agreements in force, summed per simulated year over the measured runs. */
const ms = new Float64Array(years);
const agreements = new Float64Array(years);
for (let run = 0; run < warmup + runs; run++) {
  const model = new Model(world, parseScenario({ years, seed: run }));
  const measured = run >= warmup;
  for (let y = 0; y < years; y++) {
    const start = performance.now();
    const row = model.step();
    const took = performance.now() - start;
    if (!measured) continue;
    ms[y] = ms[y]! + took;
    agreements[y] = agreements[y]! + row.agreements_total;
  }
}

const decade = 10;
console.log(
  `${regions.toLocaleString("en")} regions, ${runs} runs of ${years} years after ${warmup} warm-up runs; Node ${process.version}`,
);
console.table(
  Array.from({ length: Math.ceil(years / decade) }, (_, k) => {
    const from = k * decade;
    const to = Math.min(years, from + decade);
    let time = 0;
    let count = 0;
    for (let y = from; y < to; y++) {
      time += ms[y]!;
      count += agreements[y]!;
    }
    const perYear = time / runs / (to - from);
    return {
      years: `${from + 1}–${to}`,
      "ms a year": perYear < 1 ? perYear.toFixed(4) : perYear.toFixed(2),
      "agreements in force": Math.round(count / runs / (to - from)),
    };
  }),
);
