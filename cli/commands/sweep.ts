import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { shardRange } from "../../sim/experiment/index.js";
import { runModel } from "../../sim/model/run-model.js";
import { InputError } from "../../sim/input-error.js";
import { fileError } from "../errors.js";
import { handleInterrupts } from "../output.js";
import { displayPath, packageVersion } from "../paths.js";
import { RowEncoder, type RowFormat } from "../rows.js";
import { formatNumber } from "../summary.js";
import { executeRuns } from "../sweep/execute.js";
import {
  LISTED_RUNS_LIMIT,
  machineInfo,
  MANIFEST_FILE,
  readManifest,
  SEED_DERIVATION,
  writeManifest,
  type Manifest,
} from "../sweep/manifest.js";
import { loadSweepPlan, workerSetup, type SweepPlan } from "../sweep/plan.js";
import { progressBar } from "../sweep/progress.js";
import type { RunDone } from "../sweep/protocol.js";
import { AppendWriter, recoverRunsFile, runsFileName, truncateFile } from "../sweep/runs-file.js";
import { parseShardOption, shardFolderName, shardLabel, slurmShard, type Shard } from "../sweep/shard.js";

export interface SweepCliOptions {
  out?: string;
  workers?: number;
  format?: string;
  resume?: boolean;
  shard?: string;
  dryRun?: boolean;
  quiet?: boolean;
}

const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

function parseFormat(text: string | undefined): RowFormat | undefined {
  if (text === undefined) return undefined;
  const format = text.trim().toLowerCase();
  if (format === "csv" || format === "jsonl") return format;
  if (format === "parquet") {
    throw new InputError(
      "--format",
      text,
      "Parquet output is not supported yet (it is planned); use csv (the default) or jsonl",
    );
  }
  throw new InputError("--format", text, "expected csv or jsonl");
}

/** Worker threads by default: the CPUs Slurm gave the task, else every core this process may use. */
function defaultWorkers(): number {
  const slurm = Number(process.env["SLURM_CPUS_PER_TASK"]);
  if (Number.isSafeInteger(slurm) && slurm >= 1) return slurm;
  return availableParallelism();
}

function seconds(ms: number): string {
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 120_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 7_200_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

function describeSweep(plan: SweepPlan): string {
  const { sweep } = plan;
  const name = sweep.name ? `${sweep.name} (${plan.shown})` : plan.shown;
  const years = plan.base.first.years;
  return (
    `Sweep ${name}: ${sweep.design.type} design, ${formatNumber(plan.points)} points × ` +
    `${sweep.replicates} replicate${sweep.replicates === 1 ? "" : "s"} = ${formatNumber(plan.runs.length)} runs, ` +
    `${plan.parameters.includes("years") ? "years varied" : `${years} years each`}`
  );
}

function rangeText(range: { start: number; end: number }): string {
  const count = range.end - range.start;
  if (count === 0) return "no runs";
  return `runs ${range.start}–${range.end - 1} (${formatNumber(count)} run${count === 1 ? "" : "s"})`;
}

/** The command that continues an interrupted sweep. */
function resumeCommand(file: string, out: string, shard: Shard | undefined): string {
  const quote = (s: string): string => (/^[\w./:@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  const shardArg = shard && shard.origin === "--shard" ? ` --shard ${shardLabel(shard)}` : "";
  return `sinergi sweep ${quote(file)} --out ${quote(out)}${shardArg} --resume`;
}

export async function sweepCommand(file: string, options: SweepCliOptions): Promise<void> {
  // Everything that can be checked is checked before anything is written.
  const requestedFormat = parseFormat(options.format);
  if (options.workers !== undefined && options.workers < 1) {
    throw new InputError("--workers", String(options.workers), "at least 1 worker");
  }
  const shard = options.shard !== undefined ? parseShardOption(options.shard) : slurmShard(process.env);
  if (options.out === undefined && !options.dryRun) {
    throw new InputError(
      "--out",
      "",
      "required: the folder to write runs and manifest.json to (e.g. --out results)",
    );
  }

  const plan = await loadSweepPlan(file);
  const total = plan.runs.length;
  const range = shard ? shardRange(total, shard.index, shard.count) : { start: 0, end: total };
  const sharded = shard !== undefined && shard.count > 1;
  const folder =
    options.out === undefined ? undefined : sharded ? join(options.out, shardFolderName(shard)) : options.out;
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(), range.end - range.start));

  if (options.dryRun) {
    await dryRun(plan, range, shard, workers, folder, requestedFormat ?? "csv");
    return;
  }
  await runSweep({ file, plan, range, shard, workers, folder: folder!, requestedFormat, options });
}

async function dryRun(
  plan: SweepPlan,
  range: { start: number; end: number },
  shard: Shard | undefined,
  workers: number,
  folder: string | undefined,
  format: RowFormat,
): Promise<void> {
  const lines = [describeSweep(plan)];
  lines.push(`  parameters: ${plan.parameters.join(", ") || "none"}`);
  if (shard) lines.push(`  shard ${shardLabel(shard)} (${shard.origin}): ${rangeText(range)}`);
  const count = range.end - range.start;
  // Time runs of the first point on this thread for about a second: the first runs are slow while the
  // code is compiled, so the estimate is the median of the later half.
  const times: number[] = [];
  const budget = performance.now() + 1500;
  for (let i = 0; i < 40 && (i < 2 || performance.now() < budget); i++) {
    const started = performance.now();
    runModel(plan.world, {
      ...plan.base.first,
      seed: plan.runs[i % Math.max(1, plan.runs.length)]?.seed ?? i,
    });
    times.push(performance.now() - started);
  }
  const later = times.slice(Math.floor(times.length / 2)).sort((a, b) => a - b);
  const perRun = later[Math.floor(later.length / 2)]!;
  const estimate = (count * perRun) / workers;
  lines.push(
    `  time: about ${seconds(estimate)} for ${formatNumber(count)} runs on ${workers} worker${workers === 1 ? "" : "s"} ` +
      `(a run of the first point takes ${perRun < 10 ? perRun.toFixed(1) : Math.round(perRun)} ms here; ` +
      "runs of other points may be faster or slower, and starting the workers adds about 0.3 s)",
  );
  if (folder !== undefined) {
    lines.push(
      `  would write: ${displayPath(join(folder, runsFileName(format)))} and ${displayPath(join(folder, MANIFEST_FILE))}`,
    );
  }
  lines.push("  (dry run: nothing was run or written)");
  process.stdout.write(`${lines.join("\n")}\n`);
}

interface SweepRun {
  file: string;
  plan: SweepPlan;
  range: { start: number; end: number };
  shard: Shard | undefined;
  workers: number;
  folder: string;
  requestedFormat: RowFormat | undefined;
  options: SweepCliOptions;
}

/** The manifest of a fresh sweep folder. */
function newManifest(job: SweepRun, format: RowFormat, now: string): Manifest {
  const { plan, range, shard } = job;
  const count = range.end - range.start;
  const listed =
    count < LISTED_RUNS_LIMIT
      ? {
          runs: plan.runs.slice(range.start, range.end).map((r) => ({
            run_id: r.runId,
            replicate: r.replicate,
            seed: r.seed,
            values: r.values,
          })),
        }
      : {
          note:
            `${formatNumber(count)} runs are too many to list; every run's seed and values are recomputed ` +
            "from the sweep with planRuns (sim/experiment), and every row carries its run_id and seed",
        };
  return {
    sinergi: packageVersion(),
    status: "running",
    sweep: { file: plan.file, sha256: plan.sha256, definition: plan.sweep },
    scenario: { file: plan.base.file ?? null, sha256: plan.base.sha256 ?? null },
    format,
    runsFile: runsFileName(format),
    columns: null,
    points: plan.points,
    years: plan.base.first.years,
    totalRuns: plan.runs.length,
    shard: { index: (shard?.index ?? 0) + 1, count: shard?.count ?? 1 },
    range,
    runsWritten: 0,
    seeds: { base: plan.sweep.seed, derivation: SEED_DERIVATION, ...listed },
    started: now,
    ended: null,
    sessions: [],
  };
}

async function runSweep(job: SweepRun): Promise<void> {
  const { plan, range, folder, options } = job;
  const shownFolder = displayPath(folder);
  const present = [MANIFEST_FILE, runsFileName("csv"), runsFileName("jsonl")].filter((f) =>
    existsSync(join(folder, f)),
  );

  let manifest: Manifest;
  let format: RowFormat;
  const now = new Date().toISOString();
  if (!options.resume || !present.includes(MANIFEST_FILE)) {
    if (present.length > 0) {
      throw new InputError(
        "--out",
        shownFolder,
        options.resume
          ? `holds ${present.join(" and ")} but no ${MANIFEST_FILE}, so it was not written by sinergi sweep and --resume cannot continue it`
          : `already holds a sweep's output (${present.join(", ")}); add --resume to continue it, or give another folder`,
      );
    }
    format = job.requestedFormat ?? "csv";
    manifest = newManifest(job, format, now);
  } else {
    manifest = await readManifest(folder);
    const shownManifest = displayPath(join(folder, MANIFEST_FILE));
    if (manifest.sweep.sha256 !== plan.sha256) {
      throw new InputError(
        plan.shown,
        "",
        `has changed since the sweep in ${shownFolder} began (its SHA-256 differs from ${shownManifest}); ` +
          "resuming would mix two sweeps: run it in a new --out folder",
      );
    }
    if (manifest.scenario.sha256 !== (plan.base.sha256 ?? null)) {
      throw new InputError(
        plan.base.source,
        "",
        `has changed since the sweep in ${shownFolder} began (its SHA-256 differs from ${shownManifest}); ` +
          "resuming would mix two experiments: run the sweep in a new --out folder",
      );
    }
    if (manifest.range.start !== range.start || manifest.range.end !== range.end) {
      throw new InputError(
        "--shard",
        job.shard ? shardLabel(job.shard) : "(none)",
        `${shownFolder} holds shard ${manifest.shard.index}/${manifest.shard.count} (${rangeText(manifest.range)}), ` +
          `not ${rangeText(range)}`,
      );
    }
    if (job.requestedFormat !== undefined && job.requestedFormat !== manifest.format) {
      throw new InputError(
        "--format",
        job.requestedFormat,
        `${shownFolder} holds ${manifest.format} output; resume it without --format (or with --format ${manifest.format})`,
      );
    }
    format = manifest.format;
  }

  const runsPath = join(folder, runsFileName(format));
  const shownRuns = displayPath(runsPath);
  let next = range.start;
  let header: string | undefined;
  let kept = 0;
  if (options.resume && existsSync(runsPath)) {
    const recovery = await recoverRunsFile(runsPath, {
      format,
      start: range.start,
      end: range.end,
      lastYear: (id) => plan.lastYear(plan.runs[id]!),
    });
    if (recovery.dropped > 0) await truncateFile(runsPath, recovery.keep);
    next = recovery.nextRun;
    header = recovery.header;
    kept = recovery.keep;
  }

  const count = range.end - range.start;
  const alreadyDone = next - range.start;
  const session = {
    started: now,
    ended: null as string | null,
    runsWritten: 0,
    workers: job.workers,
    machine: machineInfo(),
  };
  manifest.sessions.push(session);
  manifest.status = next >= range.end ? "complete" : "running";
  manifest.runsWritten = alreadyDone;
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw fileError(error, shownFolder, "write");
  }
  if (manifest.status === "complete") {
    // Nothing left to run (or a shard with no runs): the folder is finished as it is.
    session.ended = now;
    manifest.ended ??= now;
    await (await AppendWriter.open(runsPath)).close();
    await writeManifest(folder, manifest);
    if (!options.quiet) {
      process.stdout.write(
        `Sweep already complete: ${formatNumber(count)} runs in ${shownRuns}; nothing to do.\n`,
      );
    }
    return;
  }

  await writeManifest(folder, manifest);
  const writer = await AppendWriter.open(runsPath);

  const progress = await progressBar(count, alreadyDone, !options.quiet);
  const nonFinite = new Set<string>();
  let columnsText: string | undefined;
  const consume = async (run: RunDone): Promise<void> => {
    const text = run.columns.join("\u0000");
    if (columnsText === undefined) {
      columnsText = text;
      manifest.columns = run.columns;
      const expected = new RowEncoder(format, run.columns).header();
      if (format === "csv") {
        if (kept === 0) await writer.write(expected);
        else if (header !== expected) {
          throw new InputError(
            shownRuns,
            "",
            "its header differs from the columns this version of sinergi writes; resume it with the version " +
              `that began it (${manifest.sinergi}) or run the sweep in a new --out folder`,
          );
        }
      }
    } else if (text !== columnsText) {
      throw new Error(`run ${run.runId} has other columns than the runs before it`);
    }
    for (const c of run.nonFinite) nonFinite.add(c);
    await writer.write(run.text);
    manifest.runsWritten += 1;
    session.runsWritten += 1;
    progress.increment();
  };

  const started = performance.now();
  const execution = executeRuns({
    plan,
    setup: workerSetup(plan, format),
    start: next,
    end: range.end,
    workers: job.workers,
    consume,
  });
  let signal: NodeJS.Signals | undefined;
  const release = handleInterrupts((received) => {
    signal = received;
    execution.handle.stop();
  });

  let failure: unknown;
  let finished: { next: number; stopped: boolean } | undefined;
  try {
    finished = await execution.handle.finished;
  } catch (error) {
    failure = error;
  }
  release();
  progress.stop();
  await execution.close();
  await writer.close();
  const ended = new Date().toISOString();
  session.ended = ended;
  manifest.status = finished && !finished.stopped ? "complete" : "interrupted";
  if (manifest.status === "complete") manifest.ended = ended;
  await writeManifest(folder, manifest);

  if (nonFinite.size > 0) {
    process.stderr.write(
      `sinergi: warning: ${shownRuns}: non-finite values written as empty in ${[...nonFinite].join(", ")}\n`,
    );
  }
  if (failure !== undefined) throw failure;

  if (signal !== undefined) {
    process.stderr.write(
      `sinergi: interrupted (${signal}): ${formatNumber(manifest.runsWritten)} of ${formatNumber(count)} runs are in ` +
        `${shownRuns}; continue with: ${resumeCommand(job.file, options.out!, job.shard)}\n`,
    );
    process.exitCode = SIGNAL_EXIT[signal] ?? 130;
    return;
  }

  if (!options.quiet) {
    const ms = performance.now() - started;
    const ran = session.runsWritten;
    const rate = ran / Math.max(ms / 1000, 1e-9);
    const lines = [describeSweep(plan)];
    if (job.shard) lines.push(`  shard ${shardLabel(job.shard)} (${job.shard.origin}): ${rangeText(range)}`);
    lines.push(
      `  ran ${formatNumber(ran)} runs${alreadyDone > 0 ? ` (resumed after ${formatNumber(alreadyDone)})` : ""} ` +
        `in ${seconds(ms)} on ${job.workers} worker${job.workers === 1 ? "" : "s"}: ${rate.toFixed(rate < 10 ? 2 : 1)} runs/s`,
    );
    lines.push(`  wrote ${shownRuns} and ${displayPath(join(folder, MANIFEST_FILE))}`);
    process.stdout.write(`${lines.join("\n")}\n`);
  }
}
