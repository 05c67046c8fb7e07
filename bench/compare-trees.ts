// Before and after: alternates whole runs of another version of the model and of this one in one process,
// same world and seeds, and reports the median CPU time of each (process.cpuUsage). On a shared machine
// wall times of the same code drift by up to 50% within minutes; alternating in one process keeps both
// versions under the same load. Measured, never asserted; results are reported in docs/performance.md.
//
//   mkdir -p .tmp/before && git archive <rev> sim | tar -x -C .tmp/before   # inside the checkout, so that
//                                                       # the old sim/ finds node_modules
//   npx tsx bench/compare-trees.ts .tmp/before --regions 34 --years 100 --rounds 30
//   npx tsx bench/compare-trees.ts .tmp/before --regions 514 --years 30 --rounds 7
//   npx tsx bench/compare-trees.ts .tmp/before --regions 10000 --stepped 2 --rounds 24
// --stepped Y: large worlds; one model a version (five years stepped first), then Y years a round each, CPU
// time a year; the year rows of the two versions are compared and must be identical.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import * as after from "../sim/index.js";
import { benchArgs, countOption } from "./support/bench-args.js";

type Sim = typeof after;

const { values, positionals } = benchArgs(import.meta.url, {
  allowPositionals: true,
  options: {
    regions: { type: "string", default: "34" },
    years: { type: "string", default: "100" },
    rounds: { type: "string", default: "20" },
    stepped: { type: "string" },
  },
});
const folder = positionals[0];
if (folder === undefined) {
  console.error(
    "usage: npx tsx bench/compare-trees.ts <folder holding the other sim/> [--regions N] [--years Y | --stepped Y] [--rounds R]",
  );
  process.exit(2);
}
const before = (await import(pathToFileURL(resolve(folder, "sim", "index.ts")).href)) as Sim;
const regions = countOption("--regions", values.regions, 2);
const years = countOption("--years", values.years);
const rounds = countOption("--rounds", values.rounds);
// Small worlds: several runs a round, so each timing is well above the clock's resolution.
const perRound = regions <= 100 ? 20 : 1;
const csv = readFileSync(new URL("../configs/worlds/indonesia-2022.csv", import.meta.url), "utf8");

function setup(sim: Sim) {
  const world =
    regions === 34
      ? sim.parseWorldCsv(csv, "indonesia-2022")
      : sim.syntheticWorld({ regions, groups: 6, seed: 1 });
  return { sim, world, scenario: sim.parseScenario({ years }) };
}
const versions = [setup(before), setup(after)];

function cpuMsPerRun({ sim, world, scenario }: ReturnType<typeof setup>, round: number): number {
  const start = process.cpuUsage();
  for (let k = 0; k < perRound; k++) sim.runModel(world, { ...scenario, seed: round * perRound + k });
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / perRound;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

if (values.stepped === undefined) {
  const warmupRounds = 2;
  const times: number[][] = [[], []];
  for (let round = 0; round < rounds + warmupRounds; round++) {
    versions.forEach((version, v) => {
      const ms = cpuMsPerRun(version, round);
      if (round >= warmupRounds) times[v]!.push(ms);
    });
  }
  const [b, a] = times.map(median) as [number, number];
  console.log(
    `${regions} regions, ${years} years, ${rounds} rounds of ${perRound} run(s): ` +
      `before ${b.toFixed(2)} ms, after ${a.toFixed(2)} ms CPU a run (medians), ${(b / a).toFixed(2)}×`,
  );
} else {
  // One model a version, stepped in alternation; the first four rounds warm the JIT up and are not counted.
  const perStep = countOption("--stepped", values.stepped);
  const warmupRounds = 4;
  const models = versions.map(({ sim, world, scenario }) => {
    const model = new sim.Model(world, { ...scenario, years: 1000, seed: 7 });
    for (let y = 0; y < 5; y++) model.step();
    return model;
  });
  const times: number[][] = [[], []];
  const rows: string[][] = [[], []];
  for (let round = 0; round < rounds + warmupRounds; round++) {
    for (const v of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const start = process.cpuUsage();
      for (let y = 0; y < perStep; y++) rows[v]!.push(JSON.stringify(models[v]!.step()));
      const used = process.cpuUsage(start);
      if (round >= warmupRounds) times[v]!.push((used.user + used.system) / 1000 / perStep);
    }
  }
  const [b, a] = times.map(median) as [number, number];
  const same = rows[0]!.join("\n") === rows[1]!.join("\n");
  console.log(
    `${regions} regions, ${rounds} rounds of ${perStep} year(s): before ${b.toFixed(1)} ms, after ` +
      `${a.toFixed(1)} ms CPU a year (medians), ${(b / a).toFixed(2)}×; year rows identical: ${same}`,
  );
}
