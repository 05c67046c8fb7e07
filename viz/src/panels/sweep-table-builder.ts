// Builds a SweepTable row by row while a file is read, checking each row as it comes, so a file that
// is wrong stops at its first mistake with a problem that names the line and the column. The rows come
// from either reader (CSV or JSON Lines) as cells in the header's order.
import { REQUIRED_COLUMNS, TIME_COLUMNS, type ParameterColumn, type SweepTable } from "./sweep-table.js";
import { SweepFileError, type SweepProblem } from "./sweep-problem.js";

/** Longest piece of a bad cell quoted back in a message. */
const QUOTE_LIMIT = 40;

/** A cell as a reader hands it over: CSV gives text, JSON Lines gives the parsed JSON value. */
export type Cell = string | number | boolean | null | object;

class GrowableColumn {
  private data = new Float64Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  finish(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

class GrowableCodes {
  private data = new Uint32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  finish(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

interface ParameterBuilder {
  name: string;
  index: number;
  codeOf: Map<string, number>;
  values: string[];
  codes: GrowableCodes;
}

/** Text of a cell as the CSV would write it: JSON values other than text as their JSON. */
function cellText(cell: Cell): string {
  if (typeof cell === "string") return cell;
  return JSON.stringify(cell);
}

function quote(text: string): string {
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
}

function asNumber(cell: Cell): number | undefined {
  if (cell === null || cell === "") return NaN;
  if (typeof cell === "number") return cell;
  if (typeof cell !== "string") return undefined;
  if (cell === "NaN") return NaN;
  // Number("") and Number(" ") are 0; only text that is a number counts.
  if (cell.trim() !== cell) return undefined;
  const value = Number(cell);
  return Number.isNaN(value) ? undefined : value;
}

export class SweepTableBuilder {
  private columns: string[] = [];
  private ids: { name: (typeof REQUIRED_COLUMNS)[number]; index: number; column: GrowableColumn }[] = [];
  private parameterBuilders: ParameterBuilder[] = [];
  private outcomeColumns: { name: string; index: number; column: GrowableColumn }[] = [];
  private calendarIndex = -1;
  private yearIndex = -1;
  private calendarYears = new Map<number, number>();
  private runIds = new Set<number>();
  private rows = 0;

  constructor(readonly fileName: string) {}

  private fail(problem: SweepProblem): never {
    throw new SweepFileError(this.fileName, problem);
  }

  get hasHeader(): boolean {
    return this.columns.length > 0;
  }

  /** The column names, in the file's order; decides each column's role. */
  header(names: readonly string[]): void {
    const seen = new Set<string>();
    for (const name of names) {
      if (seen.has(name)) this.fail({ kind: "duplicate-column", column: name });
      seen.add(name);
    }
    const missing = REQUIRED_COLUMNS.filter((name) => !seen.has(name));
    if (missing.length > 0) this.fail({ kind: "missing-columns", columns: missing });
    const seedIndex = names.indexOf("seed");
    const yearIndex = names.indexOf("year");
    if (seedIndex > yearIndex) this.fail({ kind: "column-order" });
    const outcomes = names
      .map((name, index) => ({ name, index }))
      .filter(({ name, index }) => index > yearIndex && !(TIME_COLUMNS as readonly string[]).includes(name));
    if (outcomes.length === 0) this.fail({ kind: "no-outcome" });

    this.columns = [...names];
    this.yearIndex = yearIndex;
    this.calendarIndex = names.indexOf("calendar_year");
    this.ids = REQUIRED_COLUMNS.map((name) => ({
      name,
      index: names.indexOf(name),
      column: new GrowableColumn(),
    }));
    this.parameterBuilders = names.slice(seedIndex + 1, yearIndex).map((name, k) => ({
      name,
      index: seedIndex + 1 + k,
      codeOf: new Map(),
      values: [],
      codes: new GrowableCodes(),
    }));
    this.outcomeColumns = outcomes.map(({ name, index }) => ({ name, index, column: new GrowableColumn() }));
  }

  /** One data row; `line` is where it is in the file (1-based), for messages. */
  row(cells: readonly Cell[], line: number): void {
    if (cells.length !== this.columns.length) {
      this.fail({ kind: "cell-count", line, found: cells.length, expected: this.columns.length });
    }
    for (const id of this.ids) {
      const cell = cells[id.index] ?? null;
      const value = asNumber(cell);
      if (value === undefined || !Number.isInteger(value)) {
        this.fail({ kind: "not-an-integer", line, column: id.name, value: quote(cellText(cell)) });
      }
      id.column.push(value);
    }
    for (const parameter of this.parameterBuilders) {
      const text = cellText(cells[parameter.index] ?? null);
      let code = parameter.codeOf.get(text);
      if (code === undefined) {
        code = parameter.values.length;
        parameter.values.push(text);
        parameter.codeOf.set(text, code);
      }
      parameter.codes.push(code);
    }
    for (const outcome of this.outcomeColumns) {
      const cell = cells[outcome.index] ?? null;
      const value = asNumber(cell);
      if (value === undefined) {
        this.fail({ kind: "not-a-number", line, column: outcome.name, value: quote(cellText(cell)) });
      }
      outcome.column.push(value);
    }
    const year = Number(cells[this.yearIndex]);
    if (!this.calendarYears.has(year)) {
      const calendar = this.calendarIndex >= 0 ? asNumber(cells[this.calendarIndex] ?? null) : undefined;
      this.calendarYears.set(year, calendar ?? NaN);
    }
    this.runIds.add(Number(cells[this.ids[0]!.index]));
    this.rows++;
  }

  finish(): SweepTable {
    if (!this.hasHeader) this.fail({ kind: "empty" });
    if (this.rows === 0) this.fail({ kind: "no-rows" });
    const [runId, replicate, seed, year] = this.ids.map((id) => id.column.finish()) as [
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
    ];
    const years = [...this.calendarYears.keys()].sort((a, b) => a - b);
    const calendarYears = new Map<number, number>();
    for (const y of years) {
      const calendar = this.calendarYears.get(y);
      if (calendar !== undefined && Number.isFinite(calendar)) calendarYears.set(y, calendar);
    }
    return {
      fileName: this.fileName,
      columns: this.columns,
      rowCount: this.rows,
      runId,
      replicate,
      seed,
      year,
      parameters: this.parameterBuilders.map(finishParameter),
      outcomes: this.outcomeColumns.map((o) => o.name),
      values: new Map(this.outcomeColumns.map((o) => [o.name, o.column.finish()])),
      years,
      calendarYears,
      runCount: this.runIds.size,
    };
  }
}

/** Orders the distinct values (numerically when they are all numbers) and renumbers the codes. */
function finishParameter(builder: ParameterBuilder): ParameterColumn {
  const numbers = builder.values.map((text) => (text.trim() === "" ? NaN : Number(text)));
  const numeric = numbers.every((n) => Number.isFinite(n));
  const order = builder.values.map((_, k) => k);
  if (numeric) order.sort((a, b) => numbers[a]! - numbers[b]!);
  else order.sort((a, b) => (builder.values[a]! < builder.values[b]! ? -1 : 1));
  const rank = new Uint32Array(order.length);
  order.forEach((old, k) => (rank[old] = k));
  const codes = builder.codes.finish();
  for (let i = 0; i < codes.length; i++) codes[i] = rank[codes[i]!]!;
  return {
    name: builder.name,
    values: order.map((k) => builder.values[k]!),
    numeric,
    numbers: numeric ? order.map((k) => numbers[k]!) : [],
    codes,
  };
}
