/** manifest.json: what a sweep folder holds, how it was made, and whether it is finished. */
import { availableParallelism, cpus, hostname, platform, arch, totalmem } from "node:os";
import { join } from "node:path";
import type { Sweep } from "../../sim/experiment/index.js";
import { InputError } from "../../sim/input-error.js";
import { writeTextFileAtomically } from "../output.js";
import { displayPath } from "../paths.js";
import type { SweepFormat } from "../rows.js";
import { readTextFile } from "../scenario-source.js";

export const MANIFEST_FILE = "manifest.json";

/** Below this many runs the manifest lists every run with its seed; above, they are recomputed with planRuns. */
export const LISTED_RUNS_LIMIT = 10_000;

export const SEED_DERIVATION =
  "seed = createRng(`sinergi-run|${sweep.seed}|${canonicalJson(values)}|${replicate}`).int(2147483647) " +
  "(sim/experiment/run-seed.ts): a hash of the base seed, the run's values and its replicate number";

export interface MachineInfo {
  hostname: string;
  platform: string;
  arch: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  /** The Slurm job this ran in, when it ran in one: which task of which array wrote this folder. */
  slurm?: { jobId: string; arrayJobId?: string; arrayTaskId?: string; nodeList?: string };
}

export interface ListedRun {
  run_id: number;
  replicate: number;
  seed: number;
  values: Record<string, unknown>;
}

export interface Session {
  started: string;
  ended: string | null;
  /** Runs written by this session (after resuming, those it added). */
  runsWritten: number;
  workers: number;
  machine: MachineInfo;
}

export interface Manifest {
  sinergi: string;
  status: "running" | "interrupted" | "complete";
  sweep: { file: string; sha256: string; definition: Sweep };
  scenario: { file: string | null; sha256: string | null };
  format: SweepFormat;
  runsFile: string;
  /** Parquet: runs per row group (row group k holds runs k·R … (k+1)·R − 1 of the sweep). */
  rowGroupRuns?: number;
  /** Column names of the runs file, in order (null until the first run is written). */
  columns: string[] | null;
  points: number;
  /** Simulated years of a run (its rows are years 0..years), unless a parameter varies `years`. */
  years: number;
  /** Runs of the whole sweep, and the run-id range [start, end) of this folder (a shard, or all). */
  totalRuns: number;
  shard: { index: number; count: number };
  range: { start: number; end: number };
  runsWritten: number;
  seeds: {
    base: number;
    derivation: string;
    runs?: ListedRun[];
    note?: string;
  };
  started: string;
  ended: string | null;
  /** Every session that wrote to the folder: the first, and one per --resume (or one per merged shard). */
  sessions: Session[];
  /** A merged folder: the shard folders it was made from. */
  mergedFrom?: Array<{ folder: string; range: { start: number; end: number } }>;
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    hostname: hostname(),
    platform: platform(),
    arch: arch(),
    cpus: availableParallelism(),
    cpuModel: list[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    ...slurmJob(process.env),
  };
}

function slurmJob(env: NodeJS.ProcessEnv): Pick<MachineInfo, "slurm"> {
  const jobId = env.SLURM_JOB_ID;
  if (!jobId) return {};
  const optional = (key: "arrayJobId" | "arrayTaskId" | "nodeList", value: string | undefined) =>
    value ? { [key]: value } : {};
  return {
    slurm: {
      jobId,
      ...optional("arrayJobId", env.SLURM_ARRAY_JOB_ID),
      ...optional("arrayTaskId", env.SLURM_ARRAY_TASK_ID),
      ...optional("nodeList", env.SLURM_JOB_NODELIST),
    },
  };
}

export async function writeManifest(folder: string, manifest: Manifest): Promise<void> {
  await writeTextFileAtomically(join(folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Reads a folder's manifest.json; an InputError when it is missing or not a sweep manifest. */
export async function readManifest(folder: string): Promise<Manifest> {
  const path = join(folder, MANIFEST_FILE);
  const shown = displayPath(path);
  const text = await readTextFile(path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(shown, "", `not valid JSON (${(error as Error).message})`);
  }
  const m = value as Partial<Manifest> | null;
  const ok =
    typeof m === "object" &&
    m !== null &&
    typeof m.sinergi === "string" &&
    typeof m.sweep?.sha256 === "string" &&
    (m.format === "csv" || m.format === "jsonl" || m.format === "parquet") &&
    (m.format !== "parquet" || (typeof m.rowGroupRuns === "number" && m.rowGroupRuns >= 1)) &&
    typeof m.runsFile === "string" &&
    typeof m.totalRuns === "number" &&
    typeof m.years === "number" &&
    typeof m.range?.start === "number" &&
    typeof m.range.end === "number" &&
    typeof m.shard?.index === "number" &&
    typeof m.shard.count === "number" &&
    Array.isArray(m.sessions);
  if (!ok) throw new InputError(shown, "", "not the manifest of a sinergi sweep (a field is missing)");
  return m as Manifest;
}
