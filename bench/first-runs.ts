// The first runs of a fresh process: how long each of a process's first 100-year runs of the 34 provinces
// takes, median over several fresh processes, for this sim/ and optionally another version's. A sweep worker,
// the dashboard's worker and `sinergi calibrate` each start cold; the steady-state benchmarks (bench/run.ts)
// never see this. Measured, never asserted; results are reported in docs/performance.md ("Sixth round").
//
//   npm run bench:first-runs                          # this sim/: 8 processes of 12 runs each
//   mkdir -p .tmp/before && git archive <rev> sim | tar -x -C .tmp/before
//   npx tsx bench/first-runs.ts .tmp/before --processes 10   # the other version and this one, alternated
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { benchArgs, countOption } from "./support/bench-args.js";

const { values, positionals } = benchArgs(import.meta.url, {
  allowPositionals: true,
  options: {
    processes: { type: "string", default: "8" },
    runs: { type: "string", default: "12" },
    child: { type: "string" },
  },
});
const runs = countOption("--runs", values.runs);

if (values.child !== undefined) {
  // One fresh process: the given sim/, `runs` runs with new seeds, each run's wall time on stdout.
  const sim = (await import(
    pathToFileURL(resolve(values.child, "sim", "index.ts")).href
  )) as typeof import("../sim/index.js");
  const csv = readFileSync(new URL("../configs/worlds/indonesia-2022.csv", import.meta.url), "utf8");
  const world = sim.parseWorldCsv(csv, "indonesia-2022");
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const scenario = sim.parseScenario({ years: 100, seed: run });
    const start = performance.now();
    sim.runModel(world, scenario);
    times.push(performance.now() - start);
  }
  console.log(JSON.stringify(times));
  process.exit(0);
}

/** One child process measuring `tree`; `v8Flags` go before the script (e.g. --trace-deopt). */
function measure(tree: string, v8Flags: readonly string[] = []): { times: number[]; stdout: string } {
  // The same loader as this process (tsx), so that both versions are compiled alike.
  const child = spawnSync(
    process.execPath,
    [
      ...v8Flags,
      ...process.execArgv,
      fileURLToPath(import.meta.url),
      "--child",
      tree,
      "--runs",
      String(runs),
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`a measuring process failed:\n${child.stderr}`);
  return { times: JSON.parse(child.stdout.trim().split("\n").at(-1)!) as number[], stdout: child.stdout };
}

/** The functions V8 deoptimised in one process (`--trace-deopt`), Node's own and libraries' included. */
function deoptimised(tree: string): string[] {
  const names: string[] = [];
  for (const line of measure(tree, ["--trace-deopt"]).stdout.split("\n")) {
    const bailout = /^\[bailout .*deoptimizing \S+ <JSFunction (\S*)/.exec(line);
    const dependent = /^\[marking dependent code .*<SharedFunctionInfo (\S*)>/.exec(line);
    const name = bailout?.[1] ?? dependent?.[1];
    if (name !== undefined) names.push(name || "(anonymous)");
  }
  return names;
}

const here = resolve(fileURLToPath(new URL("..", import.meta.url)));
const trees = positionals[0] === undefined ? [here] : [resolve(positionals[0]), here];
const processes = countOption("--processes", values.processes);
const samples: number[][][] = trees.map(() => []);
for (let p = 0; p < processes; p++) {
  trees.forEach((tree, t) => {
    samples[t]!.push(measure(tree).times);
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(
  `34 provinces, 100-year runs, ${processes} fresh processes of ${runs} runs; wall ms, median over processes`,
);
trees.forEach((tree, t) => {
  const byRun = Array.from({ length: runs }, (_, r) => median(samples[t]!.map((times) => times[r]!)));
  const total = median(samples[t]!.map((times) => times.reduce((a, b) => a + b, 0)));
  const label = tree === here ? "this sim/" : tree;
  console.log(
    `${label}: runs 1–${runs}: ${byRun.map((ms) => ms.toFixed(0)).join(" ")}; all ${runs}: ${total.toFixed(0)}`,
  );
  const names = deoptimised(tree);
  console.log(
    `  deoptimisations in one more process, with --trace-deopt: ${names.length} (${names.join(", ")})`,
  );
});
