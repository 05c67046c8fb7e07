/** What the sweep's main thread and its worker threads tell each other, and how a run's scenario is built. */
import type { SweepFormat } from "../rows.js";
import type { ParquetCell } from "./parquet.js";

export interface WorkerSetup {
  /** The base scenario's JSON as read from its file ({} for the defaults). */
  base: unknown;
  /** The base scenario's origin for messages: its file, or "defaults". */
  source: string;
  /** The folder a relative world path is resolved against, and who named the world. */
  worldBase: string;
  worldOrigin: string;
  /** The sweep's `years`, overriding the scenario's; undefined keeps the scenario's. */
  years: number | undefined;
  /** The parameter columns, dot paths in order. */
  parameters: string[];
  format: SweepFormat;
}

export interface RunTask {
  runId: number;
  replicate: number;
  seed: number;
  values: Record<string, unknown>;
}

export interface RunDone {
  runId: number;
  /** The run's rows, encoded (CSV lines without the header, or JSON lines); empty for Parquet. */
  text: string;
  /**
   * For Parquet: the run's cells column by column (`cells[c][row]`), null where CSV is empty; a
   * column of numbers as a Float64Array (a view of one buffer for the run's columns, copied whole by
   * postMessage) with NaN where CSV is empty.
   */
  cells?: Array<ParquetCell[] | Float64Array>;
  /** The columns of the rows, in order. */
  columns: string[];
  /** Columns where a non-finite number was written empty. */
  nonFinite: string[];
  /** Milliseconds the run took in the worker. */
  ms: number;
}

export interface SerializedError {
  name: string;
  message: string;
  stack?: string | undefined;
  /** For an InputError. */
  source?: string;
  field?: string;
  problem?: string;
}

export type WorkerReply = RunDone | { runId: number; error: SerializedError };

/** The first columns of every sweep row, before the parameters. */
export const RUN_COLUMNS = ["run_id", "replicate", "seed"] as const;

/**
 * The overrides that make a run's scenario from the base scenario's JSON, in the order
 * `sinergi run BASE --years Y --seed S --set PATH=VALUE …` applies them, so any run can be re-run alone.
 */
export function runOverrides(
  values: Readonly<Record<string, unknown>>,
  years: number | undefined,
  seed: number | undefined,
): Array<{ path: string; value: unknown }> {
  const overrides: Array<{ path: string; value: unknown }> = [];
  if (years !== undefined) overrides.push({ path: "years", value: years });
  if (seed !== undefined) overrides.push({ path: "seed", value: seed });
  for (const [path, value] of Object.entries(values)) overrides.push({ path, value });
  return overrides;
}

/** A parameter value as an output cell: a JSON scalar as it is, anything else as its JSON text. */
export function parameterCell(value: unknown): string | number | boolean | null {
  if (
    value === null ||
    typeof value === "number" ||
    typeof value === "string" ||
    typeof value === "boolean"
  ) {
    return value;
  }
  return value === undefined ? null : JSON.stringify(value);
}

/** `--set` arguments that give a run's values, e.g. `--set ego.mean=0.5` (quoted for a POSIX shell). */
export function setArguments(values: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(values).map(([path, value]) => {
    const text = typeof value === "string" && !looksLikeJson(value) ? value : JSON.stringify(value);
    const assignment = `${path}=${text}`;
    return /^[\w.,:=+-]+$/.test(assignment)
      ? `--set ${assignment}`
      : `--set '${assignment.replace(/'/g, `'\\''`)}'`;
  });
}

function looksLikeJson(text: string): boolean {
  try {
    JSON.parse(text.trim());
    return true;
  } catch {
    return false;
  }
}
