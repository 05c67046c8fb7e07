import { csvParseRows } from "d3-dsv";
import { InputError } from "../input-error.js";

/**
 * An observed history of a world's regions: population and GRDP (billion IDR, at constant and at
 * current prices) for every region and every year of a consecutive span. Values are row-major by
 * region, [unit * years.length + (year − firstYear)].
 */
export interface History {
  readonly source: string;
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly groups: readonly string[];
  readonly firstYear: number;
  readonly lastYear: number;
  readonly population: Float64Array;
  readonly grdpConstant: Float64Array;
  readonly grdpCurrent: Float64Array;
}

const COLUMNS = ["id", "name", "group", "year", "population", "grdp_constant2010", "grdp_current"] as const;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses a history file (configs/history/*.csv): CSV in long format, one line per region and year,
 * `#` comment lines and blank lines skipped. Every region must have every year of the span exactly
 * once, with population and GRDP above 0. Problems are InputErrors naming the file line and column.
 */
export function parseHistoryCsv(text: string, source: string): History {
  // Comment lines are blanked rather than dropped, so that line numbers stay those of the file.
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => (line.trimStart().startsWith("#") ? "" : line));
  const records = csvParseRows(lines.join("\n"))
    .map((cells, k) => ({ line: k + 1, cells: cells.map((c) => c.trim()) }))
    .filter((r) => r.cells.some((c) => c !== ""));
  const header = records[0];
  if (!header) throw new InputError(source, "", `no header line; expected the columns ${COLUMNS.join(",")}`);
  const at = new Map(header.cells.map((name, k) => [name, k]));
  const missing = COLUMNS.filter((c) => !at.has(c));
  if (missing.length > 0)
    throw new InputError(source, `header (line ${header.line})`, `missing column ${missing.join(", ")}`);

  interface Entry {
    id: string;
    year: number;
    population: number;
    grdpConstant: number;
    grdpCurrent: number;
  }
  const units = new Map<string, { name: string; group: string; line: number }>();
  const entries: Entry[] = [];
  for (const { line, cells } of records.slice(1)) {
    const cell = (column: string) => cells[at.get(column)!] ?? "";
    const where = `line ${line}, column`;
    const positive = (column: string) => {
      const value = cell(column);
      const number = DECIMAL.test(value) ? Number(value) : NaN;
      if (!(number > 0))
        throw new InputError(source, `${where} ${column}`, `must be a number above 0 (got "${value}")`);
      return number;
    };
    const id = cell("id");
    if (id === "") throw new InputError(source, `${where} id`, "is empty");
    const yearText = cell("year");
    if (!/^\d{4}$/.test(yearText))
      throw new InputError(source, `${where} year`, `must be a year like 2010 (got "${yearText}")`);
    if (!units.has(id)) units.set(id, { name: cell("name"), group: cell("group"), line });
    entries.push({
      id,
      year: Number(yearText),
      population: positive("population"),
      grdpConstant: positive("grdp_constant2010"),
      grdpCurrent: positive("grdp_current"),
    });
  }
  if (entries.length === 0) throw new InputError(source, "", "the file has no data lines");

  const firstYear = Math.min(...entries.map((e) => e.year));
  const lastYear = Math.max(...entries.map((e) => e.year));
  const span = lastYear - firstYear + 1;
  const ids = [...units.keys()];
  const index = new Map(ids.map((id, k) => [id, k]));
  const population = new Float64Array(ids.length * span).fill(NaN);
  const grdpConstant = new Float64Array(ids.length * span);
  const grdpCurrent = new Float64Array(ids.length * span);
  for (const e of entries) {
    const k = index.get(e.id)! * span + (e.year - firstYear);
    if (!Number.isNaN(population[k]!))
      throw new InputError(source, `id ${e.id}`, `has the year ${e.year} more than once`);
    population[k] = e.population;
    grdpConstant[k] = e.grdpConstant;
    grdpCurrent[k] = e.grdpCurrent;
  }
  ids.forEach((id, u) => {
    for (let t = 0; t < span; t++)
      if (Number.isNaN(population[u * span + t]!))
        throw new InputError(
          source,
          `id ${id}`,
          `has no line for ${firstYear + t}; every region needs every year ${firstYear}–${lastYear}`,
        );
  });
  const info = ids.map((id) => units.get(id)!);
  return {
    source,
    ids,
    names: info.map((u) => u.name),
    groups: info.map((u) => u.group),
    firstYear,
    lastYear,
    population,
    grdpConstant,
    grdpCurrent,
  };
}

/** One year of a history, for one price basis: GRDP and population by region, in the history's order. */
export function historyYear(
  history: History,
  year: number,
  prices: "constant" | "current",
): { grdp: Float64Array; population: Float64Array } {
  const span = history.lastYear - history.firstYear + 1;
  const t = year - history.firstYear;
  if (t < 0 || t >= span)
    throw new RangeError(`historyYear: ${year} outside ${history.firstYear}–${history.lastYear}`);
  const values = prices === "constant" ? history.grdpConstant : history.grdpCurrent;
  const n = history.ids.length;
  const grdp = new Float64Array(n);
  const population = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    grdp[u] = values[u * span + t]!;
    population[u] = history.population[u * span + t]!;
  }
  return { grdp, population };
}
