// Throughput of `sinergi sweep` on the default world with 1 and 2 worker threads (measured, never
// asserted). Runs the built command as a user does: `npm run build`, then `npx tsx bench/sweep.ts [RUNS]`.
// Results are reported in docs/performance.md.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchArgs } from "./support/bench-args.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli", "main.js");
if (!existsSync(cli)) throw new Error("dist/cli/main.js is missing: run `npm run build` first");

const { positionals } = benchArgs(import.meta.url, { allowPositionals: true, options: {} });
const runs = Number(positionals[0] ?? 400);
const replicates = Math.max(1, Math.round(runs / 4));
const repeats = 3;
const folder = mkdtempSync(join(tmpdir(), "sinergi-bench-sweep-"));
// The baseline on the 34 provinces, 30 years, four values of ego.
writeFileSync(
  join(folder, "sweep.json"),
  JSON.stringify({ parameters: { "ego.mean": [0.2, 0.3, 0.4, 0.5] }, replicates, years: 30, seed: 1 }),
);

interface Measure {
  wall: number;
  session: number;
}

function sweep(workers: number, out: string): Measure {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [cli, "sweep", "sweep.json", "--out", out, "--workers", String(workers), "-q"],
    {
      cwd: folder,
      encoding: "utf8",
    },
  );
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`sinergi sweep failed:\n${result.stderr}`);
  const manifest = JSON.parse(readFileSync(join(folder, out, "manifest.json"), "utf8")) as {
    sessions: Array<{ started: string; ended: string }>;
  };
  const session = manifest.sessions[0]!;
  return { wall, session: (Date.parse(session.ended) - Date.parse(session.started)) / 1000 };
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const total = replicates * 4;
console.log(
  `sinergi sweep: ${total} runs of the baseline (34 provinces, 30 years); Node ${process.version}, ` +
    `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? "?"}), load average ${loadavg()[0]!.toFixed(2)}`,
);
const rows: Array<Record<string, string>> = [];
const rates: Record<number, number> = {};
for (const workers of [1, 2]) {
  const measures: Measure[] = [];
  for (let i = 0; i < repeats; i++) measures.push(sweep(workers, `w${workers}-${i}`));
  const wall = median(measures.map((m) => m.wall));
  const session = median(measures.map((m) => m.session));
  rates[workers] = total / session;
  rows.push({
    workers: String(workers),
    "wall s (median)": wall.toFixed(2),
    "sweep s (median)": session.toFixed(2),
    "runs/s (wall)": (total / wall).toFixed(1),
    "runs/s (sweep)": (total / session).toFixed(1),
  });
}
const outputs = [1, 2].map((w) => readFileSync(join(folder, `w${w}-0`, "runs.csv"), "utf8"));
console.table(rows);
console.log(
  `2 workers / 1 worker: ${(rates[2]! / rates[1]!).toFixed(2)}× ` +
    `(sweep time: from the start of the runs, workers' start-up included, to the last row on disk; ` +
    `wall: the whole command). Outputs identical: ${outputs[0] === outputs[1]}. Load average now ${loadavg()[0]!.toFixed(2)}.`,
);
rmSync(folder, { recursive: true, force: true });
