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
import { columnsFor, RowEncoder, YEAR_COLUMNS, type Row, type RowFormat, type SweepFormat } from "../rows.js";
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
import { describeRun, loadSweepPlan, workerSetup, type SweepPlan } from "../sweep/plan.js";
import { progressBar } from "../sweep/progress.js";
import {
  columnKinds,
  parameterKinds,
  parquetCreatedBy,
  rowGroupRuns,
  type ParquetLayout,
} from "../sweep/parquet.js";
import {
  ParquetOutput,
  recoverParquetRuns,
  sameLayout,
  type ParquetRecovery,
} from "../sweep/parquet-output.js";
import { RUN_COLUMNS, type RunDone } from "../sweep/protocol.js";
import { AppendWriter, recoverRunsFile, runsFileName, truncateFile } from "../sweep/runs-file.js";
import { parseShardOption, shardFolderName, shardLabel, slurmShard, type Shard } from "../sweep/shard.js";
import { sweepFilesIn } from "../sweep/sweep-files.js";

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

function parseFormat(text: string | undefined): SweepFormat | undefined {
  if (text === undefined) return undefined;
  const format = text.trim().toLowerCase();
  if (format === "csv" || format === "jsonl" || format === "parquet") return format;
  throw new InputError("--format", text, "expected csv, jsonl or parquet");
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
  format: SweepFormat,
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
  requestedFormat: SweepFormat | undefined;
  options: SweepCliOptions;
}

/** The manifest of a fresh sweep folder. */
function newManifest(job: SweepRun, format: SweepFormat, now: string): Manifest {
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
    ...(format === "parquet" ? { rowGroupRuns: rowGroupRuns(maxRowsPerRun(plan)) } : {}),
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

/** The most rows a run of the plan has (its years + 1). */
function maxRowsPerRun(plan: SweepPlan): number {
  let most = 1;
  for (const run of plan.runs) most = Math.max(most, plan.lastYear(run) + 1);
  return most;
}

/**
 * What runs.parquet holds: the columns a run writes (found by running the first point for a year
 * here, so the file's schema is known before any run ends), their types over the whole sweep, the
 * runs per row group recorded in the manifest, and the writer.
 */
function parquetLayout(plan: SweepPlan, manifest: Manifest): ParquetLayout {
  let result;
  try {
    result = runModel(plan.world, { ...plan.base.first, years: 1 });
  } catch (error) {
    // As a worker reports it: a mistake that shows only when a run is set up.
    if (!(error instanceof InputError) || plan.runs.length === 0) throw error;
    const field = error.field ? `${error.field}: ` : "";
    throw new InputError(
      plan.shown,
      "",
      `${describeRun(plan, plan.runs[0]!)}: ${error.source}: ${field}${error.problem}`,
    );
  }
  const years = result.years as unknown as readonly Row[];
  const columns = [...RUN_COLUMNS, ...plan.parameters, ...columnsFor(years, YEAR_COLUMNS)];
  return {
    columns,
    kinds: columnKinds(columns, parameterKinds(plan.parameters, plan.runs)),
    rowGroupRuns: manifest.rowGroupRuns!,
    createdBy: parquetCreatedBy(),
  };
}

/** Where a sweep's rows go as runs finish: the text runs file, or runs.parquet. */
interface RunsOutput {
  /** The first run not saved for good: every run before it is in the file (Parquet: in a row group on the disk). */
  readonly saved: number;
  /** Called with the first run's columns: writes the CSV header, or checks them against the file's. */
  begin(columns: string[]): Promise<void>;
  write(run: RunDone): Promise<void>;
  /** Closes the file; `complete`: the sweep is finished (Parquet: its footer is written). */
  close(complete: boolean): Promise<void>;
}

/** runs.csv or runs.jsonl: lines appended as runs finish. */
class TextOutput implements RunsOutput {
  saved: number;

  constructor(
    private readonly writer: AppendWriter,
    private readonly format: RowFormat,
    private readonly recovered: { kept: number; header: string | undefined; next: number },
    private readonly shown: string,
    private readonly version: string,
  ) {
    this.saved = recovered.next;
  }

  async begin(columns: string[]): Promise<void> {
    if (this.format !== "csv") return;
    const expected = new RowEncoder(this.format, columns).header();
    if (this.recovered.kept === 0) await this.writer.write(expected);
    else if (this.recovered.header !== expected) {
      throw new InputError(
        this.shown,
        "",
        "its header differs from the columns this version of sinergi writes; resume it with the version " +
          `that began it (${this.version}) or run the sweep in a new --out folder`,
      );
    }
  }

  async write(run: RunDone): Promise<void> {
    await this.writer.write(run.text);
    this.saved = run.runId + 1;
  }

  async close(): Promise<void> {
    await this.writer.close();
  }
}

/** runs.parquet: row groups of whole runs, written as they fill (cli/sweep/parquet-output.ts). */
class ParquetRunsOutput implements RunsOutput {
  constructor(
    private readonly output: ParquetOutput,
    private readonly layout: ParquetLayout,
  ) {}

  get saved(): number {
    return this.output.saved;
  }

  async begin(columns: string[]): Promise<void> {
    if (columns.join("\u0000") !== this.layout.columns.join("\u0000")) {
      throw new Error(
        `the runs have other columns than the first point's first year (${columns.join(",")} against ` +
          `${this.layout.columns.join(",")})`,
      );
    }
  }

  write(run: RunDone): Promise<void> {
    return this.output.write(run);
  }

  close(complete: boolean): Promise<void> {
    return this.output.close(complete);
  }
}

async function runSweep(job: SweepRun): Promise<void> {
  const { plan, range, folder, options } = job;
  const shownFolder = displayPath(folder);
  const present = sweepFilesIn(folder);

  let manifest: Manifest;
  let format: SweepFormat;
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
  let layout: ParquetLayout | undefined;
  let parquetRecovery: ParquetRecovery | undefined;
  if (format === "parquet") {
    layout = parquetLayout(plan, manifest);
    manifest.columns = layout.columns;
    if (options.resume) {
      parquetRecovery = await recoverParquetRuns(runsPath, {
        shown: shownRuns,
        start: range.start,
        end: range.end,
        rowsOf: (id) => plan.lastYear(plan.runs[id]!) + 1,
        layout,
      });
      const recorded = parquetRecovery.recorded;
      if (parquetRecovery.restore.bytes > 0 && recorded && !sameLayout(recorded, layout)) {
        throw new InputError(
          shownRuns,
          "",
          "was begun by another version of sinergi (its columns, their types or its writer differ from what this " +
            `version writes); resume it with the version that began it (${manifest.sinergi}) or run the sweep in a new --out folder`,
        );
      }
      next = parquetRecovery.nextRun;
    }
  } else if (options.resume && existsSync(runsPath)) {
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
  const openParquet = (): Promise<ParquetOutput> =>
    ParquetOutput.open({
      runsPath,
      layout: layout!,
      start: range.start,
      end: range.end,
      recovery: parquetRecovery,
    });
  if (manifest.status === "complete") {
    // Nothing left to run (or a shard with no runs): the folder is finished as it is.
    session.ended = now;
    manifest.ended ??= now;
    if (format !== "parquet") await (await AppendWriter.open(runsPath)).close();
    else if (!parquetRecovery?.complete) await (await openParquet()).close(true); // the footer
    await writeManifest(folder, manifest);
    if (format === "parquet") await ParquetOutput.cleanup(runsPath);
    if (!options.quiet) {
      process.stdout.write(
        `Sweep already complete: ${formatNumber(count)} runs in ${shownRuns}; nothing to do.\n`,
      );
    }
    return;
  }

  await writeManifest(folder, manifest);
  const output: RunsOutput =
    format === "parquet"
      ? new ParquetRunsOutput(await openParquet(), layout!)
      : new TextOutput(
          await AppendWriter.open(runsPath),
          format,
          { kept, header, next },
          shownRuns,
          manifest.sinergi,
        );

  const progress = await progressBar(count, alreadyDone, !options.quiet);
  const nonFinite = new Set<string>();
  let columnsText: string | undefined;
  const consume = async (run: RunDone): Promise<void> => {
    const text = run.columns.join("\u0000");
    if (columnsText === undefined) {
      columnsText = text;
      manifest.columns = run.columns;
      await output.begin(run.columns);
    } else if (text !== columnsText) {
      throw new Error(`run ${run.runId} has other columns than the runs before it`);
    }
    for (const c of run.nonFinite) nonFinite.add(c);
    await output.write(run);
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
  const complete = finished !== undefined && !finished.stopped;
  await output.close(complete);
  // Runs saved for good: all those handed on (Parquet: those in row groups on the disk; the others
  // run again when the sweep is resumed).
  manifest.runsWritten = output.saved - range.start;
  session.runsWritten = output.saved - next;
  const ended = new Date().toISOString();
  session.ended = ended;
  manifest.status = complete ? "complete" : "interrupted";
  if (manifest.status === "complete") manifest.ended = ended;
  await writeManifest(folder, manifest);
  if (complete && format === "parquet") await ParquetOutput.cleanup(runsPath);

  if (nonFinite.size > 0) {
    process.stderr.write(
      `sinergi: warning: ${shownRuns}: non-finite values written as ${format === "parquet" ? "null" : "empty"} in ` +
        `${[...nonFinite].join(", ")}\n`,
    );
  }
  if (failure !== undefined) throw failure;

  if (signal !== undefined) {
    process.stderr.write(
      `sinergi: interrupted (${signal}): ${formatNumber(manifest.runsWritten)} of ${formatNumber(count)} runs are in ` +
        `${shownRuns}${format === "parquet" ? " (readable once the sweep is complete)" : ""}; ` +
        `continue with: ${resumeCommand(job.file, options.out!, job.shard)}\n`,
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
