// Speed of the model core, measured with tinybench. Run: npm run bench  (npm run bench -- --quick: CI's short
// version, a few iterations of each task, so that the script never rots).
// Results are reported in docs/performance.md; they are never asserted in tests.
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { benchArgs } from "./support/bench-args.js";
import { Model, parseScenario, parseWorldCsv, runModel, syntheticWorld, type World } from "../sim/index.js";

const quick = benchArgs(import.meta.url, { options: { quick: { type: "boolean", default: false } } }).values
  .quick;
const indonesia = parseWorldCsv(
  readFileSync(fileURLToPath(new URL("../configs/worlds/indonesia-2022.csv", import.meta.url)), "utf8"),
  "configs/worlds/indonesia-2022.csv",
);
const synthetic = (regions: number): World => syntheticWorld({ regions, groups: 6, seed: 1 });
const synthetic514 = synthetic(514);
const baseline100 = parseScenario({ years: 100 });
let seed = 0;

/**
 * A year of a large world: the world and a model are made before the task's iterations (world
 * generation and the static terms are not timed) and stepped through a few years (so that agreements
 * exist); each iteration is one more year, with a new model when the run is over. The world and the
 * model are dropped after the task, so that one task's memory does not burden the next.
 */
function yearTask(
  regions: number,
  overrides: object = {},
): [() => void, { beforeAll: () => void; afterAll: (mode?: string) => void }] {
  const scenario = parseScenario({ years: 1000, ...overrides });
  let world: World | undefined;
  let model: Model | undefined;
  const start = (): Model => {
    world ??= synthetic(regions);
    const fresh = new Model(world, { ...scenario, seed: seed++ });
    for (let y = 0; y < 5; y++) fresh.step();
    return fresh;
  };
  return [
    () => {
      if (!model || model.done) model = start();
      model.step();
    },
    {
      beforeAll: () => {
        model ??= start();
      },
      afterAll: (mode) => {
        if (mode !== "run") return;
        model = undefined;
        world = undefined;
      },
    },
  ];
}

const time = quick ? 200 : 3000;
const bench = new Bench({ time, warmupTime: quick ? 50 : 500, iterations: quick ? 2 : 10 });
bench
  .add("34 provinces, 100 years", () => {
    runModel(indonesia, { ...baseline100, seed: seed++ });
  })
  .add("514 synthetic regions, 100 years", () => {
    runModel(synthetic514, { ...baseline100, seed: seed++ });
  });

// Scaling: one year at N regions (discovery pool "auto": 128 nearest above 1,024 regions), and the
// pool's size M at fixed N.
const sizes = quick ? [2_000] : [2_000, 5_000, 10_000, 20_000, 100_000];
for (const n of sizes) bench.add(`${n.toLocaleString("en")} regions, 1 year`, ...yearTask(n));
if (!quick) {
  for (const pool of [32, 64, 256]) {
    bench.add(
      `10,000 regions, 1 year, pool ${pool}`,
      ...yearTask(10_000, { cooperation: { discoveryPool: pool } }),
    );
  }
}

// A calibration loop, to compare machines and loads: plain floating-point adds in a tight loop.
const calibrationStart = performance.now();
let sum = 0;
for (let i = 0; i < 1e8; i++) sum += i * 1.000001;
const calibration = performance.now() - calibrationStart;

await bench.run();
console.log(
  `Node ${process.version}, ${process.arch}, ${cpus()[0]?.model ?? "?"} × ${cpus().length}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}; calibration loop (1e8 adds) ${calibration.toFixed(0)} ms${sum > 0 ? "" : "."}`,
);
console.table(
  bench.tasks.map((task) => {
    const result = task.result as
      { latency?: { mean: number; p50?: number; p99?: number }; throughput?: { mean: number } } | undefined;
    return {
      task: task.name,
      "mean ms": result?.latency?.mean.toFixed(2),
      "median ms": result?.latency?.p50?.toFixed(2),
      "p99 ms": result?.latency?.p99?.toFixed(2),
      "per s": result?.throughput?.mean.toFixed(1),
    };
  }),
);
