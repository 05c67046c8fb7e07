// Heap allocated per run of the model, and by which functions: V8's sampling heap profiler through the
// inspector, counting objects already collected by minor and major GCs too (so short-lived garbage shows).
// Measured, never asserted; results are reported in docs/performance.md.
//
//   npx tsx bench/allocation.ts                 # 34 provinces, 30 years, 200 sampled runs
//   npx tsx bench/allocation.ts --regions 514 --years 30 --runs 15
//
// Runs through tsx allocate a little more than the compiled dist/ (within a few KB a run).
import { readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { parseScenario, parseWorldCsv, runModel, syntheticWorld } from "../sim/index.js";
import { benchArgs, countOption } from "./support/bench-args.js";

const { values } = benchArgs(import.meta.url, {
  options: {
    regions: { type: "string" },
    years: { type: "string", default: "30" },
    runs: { type: "string" },
    warmup: { type: "string" },
  },
});
const regions = values.regions === undefined ? undefined : countOption("--regions", values.regions, 2);
const years = countOption("--years", values.years);
const runs = countOption("--runs", values.runs ?? (regions === undefined ? "200" : "15"));
const warmup = countOption("--warmup", values.warmup ?? (regions === undefined ? "300" : "15"), 0);
// Sample finely on small runs, coarser on large ones, so the profiler's own cost stays small.
const samplingInterval = regions === undefined ? 1024 : 4096;

const world =
  regions === undefined
    ? parseWorldCsv(
        readFileSync(new URL("../configs/worlds/indonesia-2022.csv", import.meta.url), "utf8"),
        "indonesia-2022",
      )
    : syntheticWorld({ regions, groups: 6, seed: 1 });
const scenario = parseScenario({ years });
for (let i = 0; i < warmup; i++) runModel(world, { ...scenario, seed: 10_000 + i });

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}
const session = new Session();
session.connect();
await session.post("HeapProfiler.enable");
await session.post("HeapProfiler.startSampling", {
  samplingInterval,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
for (let i = 0; i < runs; i++) runModel(world, { ...scenario, seed: 100 + i });
const { profile } = (await session.post("HeapProfiler.stopSampling")) as { profile: { head: ProfileNode } };
session.disconnect();

const bySite = new Map<string, number>();
let total = 0;
const stack: ProfileNode[] = [profile.head];
for (let node = stack.pop(); node; node = stack.pop()) {
  const { functionName, url, lineNumber } = node.callFrame;
  const site = `${functionName || "(anonymous)"} ${url.split("/").slice(-2).join("/")}:${lineNumber + 1}`;
  bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
  total += node.selfSize;
  stack.push(...node.children);
}
const kb = (bytes: number): string => (bytes / runs / 1024).toFixed(1).padStart(9);
console.log(
  `${regions ?? 34} regions, ${years} years: ${kb(total).trim()} KB allocated a run ` +
    `(${runs} runs after ${warmup} warm-up runs, sampled every ${samplingInterval} bytes); Node ${process.version}`,
);
for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`${kb(bytes)} KB  ${site}`);
}
