/**
 * The outputs an analysis looks at: `--output METRIC@YEAR`, a metric column of the runs file at one
 * year of every run (`last`, the default, is each run's last year).
 */
import { InputError } from "../../sim/input-error.js";

/** The outputs analysed when no --output is given: disparity, output and cooperation at the end. */
export const DEFAULT_OUTPUTS: readonly string[] = [
  "williamson@last",
  "gini@last",
  "grdp_total@last",
  "agreements_total@last",
];

/** Columns of a runs file that are not metrics: the run's identity, its parameters and the year. */
const NOT_METRICS = new Set(["run_id", "replicate", "seed", "year", "calendar_year"]);

export interface OutputSpec {
  /** The metric column, e.g. "williamson". */
  metric: string;
  /** A simulated year (0 = the initial state), or "last": each run's last year. */
  year: number | "last";
  /** How the output is named in the table, the CSV and the report, e.g. "williamson@30". */
  label: string;
}

/** What the runs hold, to check --output against. */
export interface OutputContext {
  /** Every column of the runs file, in order. */
  columns: readonly string[];
  /** Parameter columns (not metrics). */
  parameters: readonly string[];
  /** The smallest and largest last year over the runs (equal unless `years` is a parameter). */
  lastYear: { min: number; max: number };
  /** calendar_year − year, when the runs file has a calendar_year column. */
  calendarOffset: number | null;
}

/** The metric columns of a runs file, in order. */
export function metricColumns(columns: readonly string[], parameters: readonly string[]): string[] {
  const skip = new Set([...NOT_METRICS, ...parameters]);
  return columns.filter((c) => !skip.has(c));
}

/**
 * Reads the --output values (the defaults when none is given): METRIC@YEAR, with YEAR a simulated
 * year (0…last), a calendar year (e.g. 2052), or `last`; METRIC alone means METRIC@last. Duplicates
 * are dropped. An unknown metric or a year not in every run is an InputError naming it.
 */
export function resolveOutputs(texts: readonly string[], context: OutputContext): OutputSpec[] {
  const metrics = metricColumns(context.columns, context.parameters);
  const known = new Set(metrics);
  const specs: OutputSpec[] = [];
  const seen = new Set<string>();
  for (const text of texts.length > 0 ? texts : DEFAULT_OUTPUTS) {
    const at = text.lastIndexOf("@");
    const metric = (at >= 0 ? text.slice(0, at) : text).trim();
    const yearText = (at >= 0 ? text.slice(at + 1) : "last").trim().toLowerCase();
    if (metric === "") {
      throw new InputError("--output", text, "expected METRIC@YEAR, e.g. williamson@last or gini@30");
    }
    if (!known.has(metric)) {
      const hint = context.parameters.includes(metric)
        ? `${metric} is a parameter of the sweep, not an output`
        : NOT_METRICS.has(metric)
          ? `${metric} identifies a run or a year, it is not an output`
          : `unknown metric "${metric}"`;
      throw new InputError("--output", text, `${hint}; the runs file has: ${metrics.join(", ")}`);
    }
    const year = parseYear(yearText, text, context);
    const label =
      year === "last" && context.lastYear.min === context.lastYear.max
        ? `${metric}@${context.lastYear.max}`
        : `${metric}@${year}`;
    if (seen.has(label)) continue;
    seen.add(label);
    specs.push({ metric, year, label });
  }
  return specs;
}

function parseYear(yearText: string, text: string, context: OutputContext): number | "last" {
  if (yearText === "last") return "last";
  const { min, max } = context.lastYear;
  const span = min === max ? `0–${max}` : `0–${min} in every run`;
  const calendar =
    context.calendarOffset === null
      ? ""
      : `, calendar years ${context.calendarOffset}–${context.calendarOffset + min}`;
  if (!/^\d+$/.test(yearText)) {
    throw new InputError(
      "--output",
      text,
      `the year must be a whole number or "last", got "${yearText}" (the runs have years ${span}${calendar})`,
    );
  }
  const value = Number(yearText);
  if (value <= min) return value;
  const offset = context.calendarOffset;
  if (offset !== null && value >= offset && value - offset <= min) return value - offset;
  throw new InputError(
    "--output",
    text,
    `year ${value} is not in the runs (they have years ${span}${calendar}, or "last")`,
  );
}
