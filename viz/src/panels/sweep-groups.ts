// What the sweep view shows for a choice of outcome, year, parameter on the x axis and filters: the
// runs grouped by the parameter's value, with each group's count, median and 90% interval at the year,
// the points themselves, and each group's median over the years. One pass over the rows.
import { bin, quantileSorted } from "d3";

const ascending = (a: number, b: number): number => a - b;
import { outcomeValues, type ParameterColumn, type SweepTable } from "./sweep-table.js";

/** More distinct numeric values than this (a Latin hypercube, a Saltelli design) are grouped in ranges. */
export const MAX_GROUPS = 12;
/** About how many ranges a many-valued parameter is cut into (d3's nice thresholds decide exactly). */
export const RANGE_COUNT = 5;

export interface SweepSelection {
  outcome: string;
  /** The year (0 = the start, as in the file's `year` column). */
  year: number;
  /** Index into table.parameters of the parameter on the x axis; null when the sweep has none. */
  xParameter: number | null;
  /**
   * For each parameter, the level kept (an index into parameterLevels(parameter).levels: its value, or
   * its range for a many-valued parameter), or null for all.
   */
  filters: (number | null)[];
}

export interface SweepGroup {
  /** The parameter's value (as the file writes it), when the group is one value. */
  value?: string;
  /** The range [low, high) (the last one closed), when many values are grouped in ranges. */
  range?: { low: number; high: number };
  /** Runs in the group with a value at the year. */
  n: number;
  median: number;
  q05: number;
  q95: number;
  /** The group's median at each of table.years (NaN where no run has a value). */
  trajectory: number[];
}

export interface SweepPoint {
  /** The parameter's number (numeric parameters), else the index of its value. */
  x: number;
  y: number;
  group: number;
  runId: number;
}

export interface SweepView {
  groups: SweepGroup[];
  /** Whether the groups are ranges of a many-valued parameter (then a scatter shows the points). */
  ranged: boolean;
  points: SweepPoint[];
}

/** The default selection: the first outcome (williamson when present), the last year, no filters. */
export function defaultSelection(table: SweepTable): SweepSelection {
  return {
    outcome: table.outcomes.includes("williamson") ? "williamson" : (table.outcomes[0] ?? ""),
    year: table.years[table.years.length - 1] ?? 0,
    xParameter: table.parameters.length > 0 ? 0 : null,
    filters: table.parameters.map(() => null),
  };
}

/** Median, 5% and 95% of values sorted ascending (d3's quantile: linear between order statistics, R type 7). */
export function summarise(sorted: number[]): { median: number; q05: number; q95: number } {
  if (sorted.length === 0) return { median: NaN, q05: NaN, q95: NaN };
  return {
    median: quantileSorted(sorted, 0.5) ?? NaN,
    q05: quantileSorted(sorted, 0.05) ?? NaN,
    q95: quantileSorted(sorted, 0.95) ?? NaN,
  };
}

/** How a parameter's values are grouped: each value its own level, or ranges of many values. */
export interface ParameterLevels {
  /** levelOfCode[code] is the level of the parameter's value `code`. */
  levelOfCode: Int32Array;
  levels: Pick<SweepGroup, "value" | "range">[];
  ranged: boolean;
}

/** A parameter's levels; with no parameter, one level holding every run. */
export function parameterLevels(parameter: ParameterColumn | undefined): ParameterLevels {
  if (!parameter) return { levelOfCode: new Int32Array(0), levels: [{}], ranged: false };
  if (!parameter.numeric || parameter.values.length <= MAX_GROUPS) {
    return {
      levelOfCode: Int32Array.from(parameter.values, (_, k) => k),
      levels: parameter.values.map((value) => ({ value })),
      ranged: false,
    };
  }
  const bins = bin().thresholds(RANGE_COUNT)(parameter.numbers);
  const levelOfCode = new Int32Array(parameter.values.length);
  const levels: Pick<SweepGroup, "range">[] = [];
  // parameter.numbers is ascending, so the bins take the codes in order.
  let code = 0;
  for (const b of bins) {
    if (b.length === 0) continue;
    for (let k = 0; k < b.length; k++) levelOfCode[code++] = levels.length;
    levels.push({ range: { low: b.x0 ?? b[0]!, high: b.x1 ?? b[b.length - 1]! } });
  }
  return { levelOfCode, levels, ranged: true };
}

export function sweepView(table: SweepTable, selection: SweepSelection): SweepView {
  const values = outcomeValues(table, selection.outcome);
  const x = selection.xParameter === null ? undefined : table.parameters[selection.xParameter];
  const grouping = parameterLevels(x);
  const yearIndex = new Map(table.years.map((year, k) => [year, k]));
  const buckets = grouping.levels.map(() => table.years.map((): number[] => []));
  const filters = table.parameters
    .map((parameter, k) => ({
      codes: parameter.codes,
      levelOfCode: parameterLevels(parameter).levelOfCode,
      keep: selection.filters[k] ?? null,
      k,
    }))
    .filter((f) => f.keep !== null && f.k !== selection.xParameter);
  const points: SweepPoint[] = [];

  rows: for (let row = 0; row < table.rowCount; row++) {
    const y = values[row]!;
    if (Number.isNaN(y)) continue;
    for (const filter of filters) if (filter.levelOfCode[filter.codes[row]!] !== filter.keep) continue rows;
    const code = x ? x.codes[row]! : 0;
    const group = x ? grouping.levelOfCode[code]! : 0;
    const year = table.year[row]!;
    buckets[group]![yearIndex.get(year)!]!.push(y);
    if (year === selection.year) {
      points.push({ x: x?.numeric ? x.numbers[code]! : code, y, group, runId: table.runId[row]! });
    }
  }

  const selectedYear = yearIndex.get(selection.year) ?? -1;
  const groups = grouping.levels.map((group, g): SweepGroup => {
    const trajectory = buckets[g]!.map((yearValues) => {
      return summarise(yearValues.sort(ascending)).median;
    });
    const atYear = buckets[g]![selectedYear] ?? [];
    return { ...group, n: atYear.length, ...summarise(atYear), trajectory };
  });
  return { groups, ranged: grouping.ranged, points };
}
