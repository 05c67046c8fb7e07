// A `sinergi sweep` results file as the dashboard holds it: column by column, numbers in typed
// arrays, so that a few hundred thousand rows (a 10,000-run sweep of 30 years) fit in memory and can be
// grouped in one pass. The layout of the file is documented in docs/sweeps.md: run_id, replicate,
// seed, one column per parameter, then the per-year columns of `sinergi run` starting with `year`.

/** The columns every sweep file has; the parameter columns lie between `seed` and `year`. */
export const REQUIRED_COLUMNS = ["run_id", "replicate", "seed", "year"] as const;

/** Per-year columns that describe the time, not an outcome. */
export const TIME_COLUMNS = ["year", "calendar_year"] as const;

/** A varied scenario field (`ego.mean`), with each row's value as an index into `values`. */
export interface ParameterColumn {
  /** The dot path as the file names it. Untrusted text: shown with textContent only. */
  name: string;
  /** Distinct values as the file writes them (numbers ascending when every value is a number). */
  values: string[];
  /** Whether every value reads as a finite number; then `numbers[k]` is `values[k]` as a number. */
  numeric: boolean;
  numbers: number[];
  /** codes[row] indexes `values`. */
  codes: Uint32Array;
}

export interface SweepTable {
  /** The file's name, for messages. */
  fileName: string;
  /** Every column in the file's order. */
  columns: string[];
  rowCount: number;
  runId: Float64Array;
  replicate: Float64Array;
  seed: Float64Array;
  year: Float64Array;
  parameters: ParameterColumn[];
  /** Names of the numeric per-year columns after `year` (williamson, agreements_total, …), file order. */
  outcomes: string[];
  /** outcome name → value per row; NaN where the file has an empty cell (growth_rate in year 0). */
  values: Map<string, Float64Array>;
  /** Distinct years, ascending, with their calendar year when the file has `calendar_year`. */
  years: number[];
  calendarYears: Map<number, number>;
  /** Distinct runs (run_id) in the file. */
  runCount: number;
}

/** Values of an outcome column; throws for a name the table does not have (a programming error). */
export function outcomeValues(table: SweepTable, outcome: string): Float64Array {
  const values = table.values.get(outcome);
  if (!values) throw new Error(`no outcome column ${outcome}`);
  return values;
}
