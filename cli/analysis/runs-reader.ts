/**
 * Reads a sweep's runs file (runs.csv or runs.jsonl as a stream, line by line; runs.parquet row group
 * by row group, only the columns needed) and keeps only what an analysis needs: the chosen outputs of every run, and the yearly values of a few metrics for a bounded
 * sample of runs (the ensemble bands of the report). Memory grows with the number of runs times the
 * number of outputs, never with the size of the file.
 */
import { csvParseRows } from "d3-dsv";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import { InputError } from "../../sim/input-error.js";
import { createRng } from "../../sim/rng.js";
import { fileError } from "../errors.js";
import type { SweepFormat } from "../rows.js";
import { openParquet } from "../sweep/parquet-read.js";
import type { OutputSpec } from "./outputs.js";

/** Runs whose yearly values are kept for the ensemble bands, at most (a seeded sample beyond). */
export const SERIES_RUNS_LIMIT = 2000;

export interface ReadRunsOptions {
  path: string;
  /** The path as shown in messages. */
  shown: string;
  format: SweepFormat;
  /** The runs the file must hold: ids 0…runs − 1, in order. */
  runs: number;
  /** The last year of a run; its rows are years 0…lastYear, in order. */
  lastYear(runId: number): number;
  /** The seed the sweep gave a run, to check that the file belongs to the sweep. */
  seedOf?(runId: number): number;
  /** The outputs to keep, one value per run each. */
  outputs: readonly Pick<OutputSpec, "metric" | "year" | "label">[];
  /** Metrics whose value in every year is kept for a sample of runs. */
  series: readonly string[];
  /** At most this many runs in that sample (default SERIES_RUNS_LIMIT); chosen by `seriesSeed`. */
  seriesRuns?: number;
  seriesSeed?: number;
  /** The advice appended to the message when the file holds fewer runs than expected. */
  incompleteAdvice: string;
}

export interface RunsData {
  /** Columns of the file, in order. */
  columns: string[];
  /** values[o][runId]: output o of each run (NaN when its cell is empty). */
  values: Float64Array[];
  /** The runs sampled for the yearly series, in id order, and series[m][s][year] for metric m, run s. */
  seriesRunIds: number[];
  series: Map<string, Float64Array[]>;
  /** calendar_year − year, or null when the file has no calendar_year column. */
  calendarOffset: number | null;
}

/** The columns of a runs file and its calendar_year − year, read from its first lines (checks before streaming). */
export async function peekRunsFile(
  path: string,
  shown: string,
  format: SweepFormat,
): Promise<{ columns: string[]; calendarOffset: number | null }> {
  if (format === "parquet") return peekParquet(path, shown);
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw fileError(error, shown, "read");
  }
  let lines: string[];
  try {
    // Enough bytes for the header and the first row (rows are a few hundred bytes).
    for (let size = 1 << 16; ; size *= 4) {
      const buffer = Buffer.alloc(size);
      const { bytesRead } = await handle.read(buffer, 0, size, 0);
      const all = buffer.subarray(0, bytesRead).toString("utf8").split("\n");
      lines = (bytesRead < size ? all : all.slice(0, -1)).filter((l) => l !== "");
      if (lines.length >= 2 || bytesRead < size) break;
    }
  } finally {
    await handle.close();
  }
  if (lines.length === 0) throw new InputError(shown, "", "is empty: the sweep wrote no runs yet");
  const columns =
    format === "csv" ? parseCsvLine(lines[0]!) : Object.keys(parseJsonLine(lines[0]!, shown, 1));
  const firstRow = format === "csv" ? lines[1] : lines[0];
  let calendarOffset: number | null = null;
  if (firstRow !== undefined && columns.includes("calendar_year")) {
    const row = lineParser(format, shown, columns)(firstRow, format === "csv" ? 2 : 1);
    const offset = row.number("calendar_year") - row.number("year");
    if (Number.isFinite(offset)) calendarOffset = offset;
  }
  return { columns, calendarOffset };
}

function parseCsvLine(line: string): string[] {
  // The CLI quotes only text parameter values; a plain line splits on commas.
  return line.includes('"') ? (csvParseRows(line)[0] ?? []) : line.split(",");
}

function parseJsonLine(line: string, shown: string, lineNumber: number): Record<string, unknown> {
  try {
    const value = JSON.parse(line) as unknown;
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
  } catch {
    // reported below
  }
  throw new InputError(shown, `line ${lineNumber}`, "not a JSON object (is the file damaged?)");
}

interface ParsedRow {
  number(column: string): number;
}

/** A function that reads one data line into something that gives a column's number (NaN if empty). */
function lineParser(
  format: "csv" | "jsonl",
  shown: string,
  header: readonly string[] | undefined,
): (line: string, lineNumber: number) => ParsedRow {
  if (format === "csv") {
    const index = new Map(header!.map((c, i) => [c, i]));
    return (line) => {
      const cells = parseCsvLine(line);
      return {
        number(column) {
          const cell = cells[index.get(column)!];
          return cell === undefined || cell === "" ? Number.NaN : Number(cell);
        },
      };
    };
  }
  return (line, lineNumber) => {
    const object = parseJsonLine(line, shown, lineNumber);
    return {
      number(column) {
        const value = object[column];
        return typeof value === "number" ? value : Number.NaN;
      },
    };
  };
}

/** A seeded sample of `count` of the ids 0…total − 1, as a membership mask (all of them if count ≥ total). */
function sampleMask(total: number, count: number, seed: number): Uint8Array {
  const mask = new Uint8Array(total);
  if (count >= total) return mask.fill(1);
  const order = new Int32Array(total);
  for (let i = 0; i < total; i++) order[i] = i;
  const rng = createRng(`sinergi-analyze-series|${seed}`);
  for (let i = 0; i < count; i++) {
    const j = i + rng.int(total - i);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
    mask[order[i]!] = 1;
  }
  return mask;
}

/**
 * Streams the runs file and returns the chosen outputs of every run and the yearly series of a
 * sample of runs. Checks as it goes that the rows are run by run in id order, each run's years
 * 0…lastYear in order, and (with `seedOf`) that every run has the seed the sweep gave it. A file that
 * ends early is an InputError saying how many runs it holds, with `incompleteAdvice`; a row out of
 * place is an InputError naming its line.
 */
export async function readRuns(options: ReadRunsOptions): Promise<RunsData> {
  const reader = new RunsAccumulator(options);
  if (options.format === "parquet") return readParquetRuns(options, reader);
  const { shown, format } = options;
  const stream = createReadStream(options.path, { encoding: "utf8", highWaterMark: 1 << 20 });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once("open", () => resolve());
    stream.once("error", (error) => reject(fileError(error, shown, "read")));
  });
  await opened;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });

  let columns: string[] | undefined;
  let parse: ((line: string, lineNumber: number) => ParsedRow) | undefined;
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (line === "") continue;
      if (columns === undefined) {
        if (format === "csv") {
          columns = parseCsvLine(line);
          parse = lineParser(format, shown, columns);
          checkColumns(columns, shown, "line 1");
          reader.columns = columns;
          continue;
        }
        columns = Object.keys(parseJsonLine(line, shown, lineNumber));
        parse = lineParser(format, shown, undefined);
        reader.columns = columns;
      }
      reader.row(parse!(line, lineNumber), `line ${lineNumber}`);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(error, shown, "read");
  } finally {
    lines.close();
    stream.destroy();
  }
  return reader.finish();
}

function checkColumns(columns: readonly string[], shown: string, where: string): void {
  for (const needed of ["run_id", "seed", "year"]) {
    if (!columns.includes(needed)) {
      throw new InputError(shown, where, `the header has no ${needed} column: not a runs file of a sweep`);
    }
  }
}

/**
 * Takes the rows of a runs file in order, checks that they are run by run in id order, each run's
 * years 0…lastYear in order (and each run's seed), and keeps the outputs and the sampled series.
 */
class RunsAccumulator {
  columns: string[] = [];
  private readonly values: Float64Array[];
  private readonly mask: Uint8Array;
  private readonly seriesRunIds: number[] = [];
  private readonly series: Map<string, Float64Array[]>;
  private calendarOffset: number | null = null;
  private run = 0; // the run whose rows come next
  private year = 0; // the year of the next row
  private last: number;
  private kept: Float64Array[] | undefined; // this run's yearly series, when it is in the sample

  constructor(private readonly options: ReadRunsOptions) {
    const { runs, outputs } = options;
    this.values = outputs.map(() => new Float64Array(runs).fill(Number.NaN));
    this.mask = sampleMask(runs, options.seriesRuns ?? SERIES_RUNS_LIMIT, options.seriesSeed ?? 1);
    this.series = new Map<string, Float64Array[]>(options.series.map((m) => [m, []]));
    this.last = runs > 0 ? options.lastYear(0) : 0;
  }

  /** The columns the accumulator reads. */
  get needed(): string[] {
    const names = ["run_id", "seed", "year", "calendar_year"];
    for (const o of this.options.outputs) names.push(o.metric);
    names.push(...this.series.keys());
    return [...new Set(names)];
  }

  row(row: ParsedRow, where: string): void {
    const { shown, runs, outputs } = this.options;
    const run = this.run;
    const year = this.year;
    const runId = row.number("run_id");
    const rowYear = row.number("year");
    if (run >= runs) {
      throw new InputError(shown, where, `a row after the sweep's last run ${runs - 1}`);
    }
    if (runId !== run || rowYear !== year) {
      const show = (n: number): string => (Number.isNaN(n) ? "(none)" : String(n));
      throw new InputError(
        shown,
        where,
        `expected run ${run} year ${year}, found run ${show(runId)} year ${show(rowYear)}: the rows are not ` +
          "those of this sweep in order (was the file edited, or mixed with another sweep's?)",
      );
    }
    if (year === 0) {
      if (this.options.seedOf) {
        const seed = row.number("seed");
        const expected = this.options.seedOf(run);
        if (seed !== expected) {
          throw new InputError(
            shown,
            where,
            `run ${run} has seed ${seed}, but the sweep in manifest.json gives it ${expected}: ` +
              "the runs file and the manifest do not belong together",
          );
        }
      }
      if (this.calendarOffset === null && this.columns.includes("calendar_year")) {
        const calendar = row.number("calendar_year");
        if (Number.isFinite(calendar)) this.calendarOffset = calendar;
      }
      if (this.mask[run] === 1) {
        this.seriesRunIds.push(run);
        this.kept = [];
        for (const list of this.series.values()) {
          const yearly = new Float64Array(this.last + 1).fill(Number.NaN);
          list.push(yearly);
          this.kept.push(yearly);
        }
      } else {
        this.kept = undefined;
      }
    }
    for (let o = 0; o < outputs.length; o++) {
      const { metric, year: wanted } = outputs[o]!;
      if (wanted === year || (wanted === "last" && year === this.last))
        this.values[o]![run] = row.number(metric);
    }
    if (this.kept !== undefined) {
      let m = 0;
      for (const metric of this.series.keys()) this.kept[m++]![year] = row.number(metric);
    }
    if (year === this.last) {
      this.run += 1;
      this.year = 0;
      if (this.run < runs) this.last = this.options.lastYear(this.run);
    } else {
      this.year += 1;
    }
  }

  finish(): RunsData {
    const { shown, runs } = this.options;
    const { run, year } = this;
    if (run < runs || year !== 0) {
      const partial = year !== 0 ? ` and ${year} year${year === 1 ? "" : "s"} of run ${run}` : "";
      throw new InputError(
        shown,
        "",
        `holds ${run} of the sweep's ${runs} runs${partial}: the sweep is incomplete; ${this.options.incompleteAdvice}`,
      );
    }
    return {
      columns: this.columns,
      values: this.values,
      seriesRunIds: this.seriesRunIds,
      series: this.series,
      calendarOffset: this.calendarOffset,
    };
  }
}

/** A Parquet cell as a number: NaN for null (an empty CSV cell). */
function cellNumber(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  return Number.NaN;
}

async function peekParquet(
  path: string,
  shown: string,
): Promise<{ columns: string[]; calendarOffset: number | null }> {
  const file = await openParquet(path, shown);
  if (file.numRows === 0) throw new InputError(shown, "", "is empty: the sweep wrote no runs yet");
  let calendarOffset: number | null = null;
  if (file.columns.includes("calendar_year") && file.columns.includes("year")) {
    const [calendar, year] = await file.read(["calendar_year", "year"], 0, 1);
    const offset = cellNumber(calendar![0]) - cellNumber(year![0]);
    if (Number.isFinite(offset)) calendarOffset = offset;
  }
  return { columns: file.columns, calendarOffset };
}

/** Reads runs.parquet row group by row group, only the columns the analysis needs. */
async function readParquetRuns(options: ReadRunsOptions, reader: RunsAccumulator): Promise<RunsData> {
  const file = await openParquet(options.path, options.shown);
  checkColumns(file.columns, options.shown, "schema");
  reader.columns = file.columns;
  const needed = reader.needed.filter((c) => file.columns.includes(c));
  const index = new Map(needed.map((c, i) => [c, i]));
  for (const { rowStart, rowEnd } of file.groups) {
    const values = await file.read(needed, rowStart, rowEnd);
    let i = 0;
    const row: ParsedRow = {
      number(column) {
        const c = index.get(column);
        return c === undefined ? Number.NaN : cellNumber(values[c]![i]);
      },
    };
    for (; i < rowEnd - rowStart; i++) reader.row(row, `row ${rowStart + i + 1}`);
  }
  return reader.finish();
}
