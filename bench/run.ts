// Speed of the model core, measured with tinybench. Run: npm run bench
// Results are reported in docs/performance.md; they are never asserted in tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { parseScenario, parseWorldCsv, runModel, syntheticWorld } from "../sim/index.js";

const indonesia = parseWorldCsv(
  readFileSync(fileURLToPath(new URL("../configs/worlds/indonesia-2022.csv", import.meta.url)), "utf8"),
  "configs/worlds/indonesia-2022.csv",
);
const synthetic514 = syntheticWorld({ regions: 514, groups: 6, seed: 1 });

const baseline30 = parseScenario({ years: 30 });
const baseline100 = parseScenario({ years: 100 });
let seed = 0;

const bench = new Bench({ time: 2000, warmupTime: 500 });
bench
  .add("34 provinces, 30 years (baseline)", () => {
    runModel(indonesia, { ...baseline30, seed: seed++ });
  })
  .add("34 provinces, 100 years (baseline)", () => {
    runModel(indonesia, { ...baseline100, seed: seed++ });
  })
  .add("514 synthetic regions, 30 years", () => {
    runModel(synthetic514, { ...baseline30, seed: seed++ });
  });

await bench.run();
console.log(`Node ${process.version}, ${process.arch}`);
console.table(
  bench.tasks.map((task) => {
    const result = task.result as
      { latency?: { mean: number; p99?: number }; throughput?: { mean: number } } | undefined;
    return {
      task: task.name,
      "mean ms": result?.latency?.mean.toFixed(2),
      "p99 ms": result?.latency?.p99?.toFixed(2),
      "runs/s": result?.throughput?.mean.toFixed(1),
    };
  }),
);
