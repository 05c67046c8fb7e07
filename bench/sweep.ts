// Throughput of `sinergi sweep` on the default world with 1 and 2 worker threads (measured, never
// asserted). Runs the built command as a user does: `npm run build`, then
//
//   npx tsx bench/sweep.ts [RUNS]                          # RUNS runs (default 400) of 30 years, CSV
//   npx tsx bench/sweep.ts 1600 --years 100 --format parquet --repeats 2
//   npx tsx bench/sweep.ts 1600 --years 100 --other ../before/dist/cli/main.js   # before and after, alternated
//
// The sweep is the baseline with `ego.mean` in {0.2, 0.3, 0.4, 0.5}. On Linux it also samples each thread's
// CPU time from /proc/PID/task/*/stat every 0.2 s while a sweep runs (the last fraction of a second is not
// seen): the worker threads (the busiest threads but the main one), the main thread, and the others (V8's
// and Node's background threads). `--other` names another build's dist/cli/main.js (e.g. of an older
// commit, built in a git worktree) to run alternately with this one under the same load. Results are
// reported in docs/performance.md.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { benchArgs, countOption } from "./support/bench-args.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli", "main.js");
if (!existsSync(cli)) throw new Error("dist/cli/main.js is missing: run `npm run build` first");

const { positionals, values } = benchArgs(import.meta.url, {
  allowPositionals: true,
  options: {
    years: { type: "string", default: "30" },
    format: { type: "string", default: "csv" },
    repeats: { type: "string", default: "3" },
    workers: { type: "string", default: "1,2" },
    other: { type: "string" },
  },
});
const runs = countOption("the number of runs", positionals[0] ?? "400");
const years = countOption("--years", values.years);
const repeats = countOption("--repeats", values.repeats);
const format = values.format;
const workerCounts = values.workers.split(",").map((text) => countOption("--workers", text));
const other = values.other === undefined ? undefined : resolve(values.other);
if (other !== undefined && !existsSync(other)) throw new Error(`--other: ${other} does not exist`);
const versions: Array<{ name: string; cli: string }> = [
  ...(other ? [{ name: "other", cli: other }] : []),
  { name: "this", cli },
];

const replicates = Math.max(1, Math.round(runs / 4));
const total = replicates * 4;
const folder = mkdtempSync(join(tmpdir(), "sinergi-bench-sweep-"));
writeFileSync(
  join(folder, "sweep.json"),
  JSON.stringify({ parameters: { "ego.mean": [0.2, 0.3, 0.4, 0.5] }, replicates, years, seed: 1 }),
);

interface Measure {
  wall: number;
  session: number;
  /** CPU seconds by thread kind, when /proc can be read. */
  cpu: { workers: number; main: number; others: number } | undefined;
  /** The runs file's digest, to check that every version and worker count wrote the same bytes. */
  digest: string;
}

/** Clock ticks of user and system time of each thread of a process, by thread id (Linux). */
function threadTicks(pid: number, into: Map<number, number>): void {
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      into.set(Number(tid), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The thread ended between the listing and the read.
    }
  }
}

async function sweep(command: string, workers: number, out: string): Promise<Measure> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [command, "sweep", "sweep.json", "--out", out, "--workers", String(workers), "--format", format, "-q"],
    { cwd: folder, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const ticks = new Map<number, number>();
  const sampler = setInterval(() => threadTicks(child.pid!, ticks), 200);
  const code = await new Promise<number | null>((done) => child.on("exit", done));
  clearInterval(sampler);
  const wall = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`sinergi sweep failed:\n${stderr}`);
  const manifest = JSON.parse(readFileSync(join(folder, out, "manifest.json"), "utf8")) as {
    sessions: Array<{ started: string; ended: string }>;
    runsFile: string;
  };
  const session = manifest.sessions[0]!;
  let cpu: Measure["cpu"];
  if (ticks.size > 0) {
    const main = ticks.get(child.pid!) ?? 0;
    const rest = [...ticks].filter(([tid]) => tid !== child.pid).map(([, t]) => t);
    rest.sort((a, b) => b - a);
    const busiest = rest.slice(0, workers).reduce((s, t) => s + t, 0);
    const others = rest.slice(workers).reduce((s, t) => s + t, 0);
    cpu = { workers: busiest / 100, main: main / 100, others: others / 100 };
  }
  const digest = createHash("sha256")
    .update(readFileSync(join(folder, out, manifest.runsFile)))
    .digest("hex")
    .slice(0, 12);
  return { wall, session: (Date.parse(session.ended) - Date.parse(session.started)) / 1000, cpu, digest };
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

console.log(
  `sinergi sweep: ${total} runs of the baseline (34 provinces, ${years} years, ${format}); Node ${process.version}, ` +
    `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? "?"}), load average ${loadavg()[0]!.toFixed(2)}`,
);
const measures = new Map<string, Measure[]>();
// Alternated: every version and worker count once per repeat, so that a drift of the machine's speed
// falls on all of them alike.
for (let repeat = 0; repeat < repeats; repeat++) {
  for (const workers of workerCounts) {
    for (const version of versions) {
      const key = `${version.name}|${workers}`;
      const measure = await sweep(version.cli, workers, `${version.name}-w${workers}-${repeat}`);
      measures.set(key, [...(measures.get(key) ?? []), measure]);
    }
  }
}

const rows: Array<Record<string, string>> = [];
const rates = new Map<string, number>();
for (const version of versions) {
  for (const workers of workerCounts) {
    const list = measures.get(`${version.name}|${workers}`)!;
    const wall = median(list.map((m) => m.wall));
    const session = median(list.map((m) => m.session));
    rates.set(`${version.name}|${workers}`, total / session);
    const cpu = (pick: (m: NonNullable<Measure["cpu"]>) => number): string =>
      list.every((m) => m.cpu) ? median(list.map((m) => pick(m.cpu!))).toFixed(1) : "–";
    rows.push({
      ...(other ? { version: version.name } : {}),
      workers: String(workers),
      "wall s (median)": wall.toFixed(2),
      "sweep s (median)": session.toFixed(2),
      "runs/s (sweep)": (total / session).toFixed(1),
      "CPU s: workers": cpu((c) => c.workers),
      main: cpu((c) => c.main),
      others: cpu((c) => c.others),
    });
  }
}
console.table(rows);
const digests = new Set([...measures.values()].flat().map((m) => m.digest));
for (const version of versions) {
  const one = rates.get(`${version.name}|1`);
  const two = rates.get(`${version.name}|2`);
  if (one && two)
    console.log(`${other ? `${version.name}: ` : ""}2 workers / 1 worker: ${(two / one).toFixed(2)}×`);
}
console.log(
  `Sweep time: from the start of the runs (workers' start-up included) to the last row on disk; wall: the ` +
    `whole command. Runs files identical across all sweeps: ${digests.size === 1}. Load average now ` +
    `${loadavg()[0]!.toFixed(2)}.`,
);
rmSync(folder, { recursive: true, force: true });
