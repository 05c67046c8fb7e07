// Every benchmark script, run with the least work that still goes through all of its code, so that none
// of them rots between the times someone measures with it: CI runs this (`npm run bench:smoke`) after
// `npm run bench:quick`. It checks only that each script finishes with status 0 and prints its table;
// the numbers mean nothing at this size. bench/sweep.ts needs the built command (`npm run build`);
// bench/dashboard.ts needs Chromium and is left to the browser tests, which drive the same page.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchArgs } from "./support/bench-args.js";

benchArgs(import.meta.url, { options: {} });
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Each script and its smallest arguments ("." as the other tree: this one, compared with itself). */
const SCRIPTS: Array<[string, string[]]> = [
  ["phases.ts", ["--runs", "3"]],
  ["phases.ts", ["--regions", "2000", "--years", "1"]],
  ["years.ts", ["--runs", "2", "--warmup", "1", "--years", "12"]],
  ["allocation.ts", ["--runs", "2", "--warmup", "1", "--years", "5"]],
  ["compare-trees.ts", [".", "--rounds", "2", "--years", "5"]],
  ["compare-trees.ts", [".", "--regions", "2000", "--stepped", "1", "--rounds", "2"]],
  ["first-runs.ts", ["--processes", "1", "--runs", "2"]],
  ["scaling.ts", ["--runs", "2", "--rounds", "1", "--arithmetic", "1"]],
  ["wasm-kernels.ts", ["--regions", "34", "--years", "2", "--rounds", "2", "--searches", "200"]],
  ["sweep.ts", ["8", "--years", "2", "--repeats", "1"]],
  ["sweep.ts", ["8", "--years", "2", "--repeats", "1", "--format", "parquet", "--workers", "2"]],
];

let failed = 0;
for (const [script, args] of SCRIPTS) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--import", "tsx", join("bench", script), ...args], {
    cwd: root,
    encoding: "utf8",
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0 && result.stdout.trim().length > 0;
  console.log(`${ok ? "ok  " : "FAIL"} bench/${script} ${args.join(" ")} (${seconds} s)`);
  if (!ok) {
    failed++;
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
  }
}
if (failed > 0) {
  console.error(`${failed} benchmark script(s) failed`);
  process.exit(1);
}
