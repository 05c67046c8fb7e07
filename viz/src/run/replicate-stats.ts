// Statistics across the replicates of a run (seeds seed, seed+1, …): the median and a band per year for
// the charts, the paired difference of two scenarios run on the same seeds for the A/B comparison,
// and the final value for summaries. Quantiles are d3's (linear interpolation between order statistics,
// R's type 7), over the replicates that have the value: growth_rate is null in year 0, so year 0 has no
// growth point at all.
import { median, quantile } from "d3";
import type { RunData } from "./run-data.js";

export interface BandPoint {
  year: number;
  median: number;
  low: number;
  high: number;
}

export interface BandOptions {
  /** Quantile of the band's lower edge; 0.05 by default (a 90% band). */
  low?: number;
  /** Quantile of the band's upper edge; 0.95 by default. */
  high?: number;
}

type Years = Pick<RunData, "years">;

/** Per year, the median of `column` across replicates and the band between the two quantiles. */
export function bandSeries(data: Years, column: string, options: BandOptions = {}): BandPoint[] {
  return bandOver(yearCount(data.years), (t) => data.years.map((rows) => valueOf(rows[t], column)), options);
}

/**
 * Per year, the median and band of B − A over paired replicates: replicate r of A and replicate r of B
 * ran with the same seed, so the difference removes the chance both share. Both runs must use the
 * same seeds (the page runs B on A's seeds); pairs go as far as the shorter run.
 */
export function pairedDifference(
  a: RunData,
  b: RunData,
  column: string,
  options: BandOptions = {},
): BandPoint[] {
  const pairs = Math.min(a.seeds.length, b.seeds.length);
  for (let r = 0; r < pairs; r++) {
    if (a.seeds[r] !== b.seeds[r]) {
      throw new Error(
        `paired difference: replicate ${r} ran with seed ${a.seeds[r]} in A but ${b.seeds[r]} in B`,
      );
    }
  }
  const years = Math.min(yearCount(a.years.slice(0, pairs)), yearCount(b.years.slice(0, pairs)));
  return bandOver(
    years,
    (t) =>
      Array.from({ length: pairs }, (_, r) => {
        const valueA = valueOf(a.years[r]![t], column);
        const valueB = valueOf(b.years[r]![t], column);
        return valueA === undefined || valueB === undefined ? undefined : valueB - valueA;
      }),
    options,
  );
}

/** The median across replicates of `column` in the last year every replicate has reached. */
export function finalValue(data: Years, column: string): number | undefined {
  const last = yearCount(data.years) - 1;
  if (last < 0) return undefined;
  return median(present(data.years.map((rows) => valueOf(rows[last], column))));
}

function bandOver(
  years: number,
  valuesOf: (t: number) => Array<number | undefined>,
  { low = 0.05, high = 0.95 }: BandOptions,
): BandPoint[] {
  if (!(low >= 0 && low <= high && high <= 1)) {
    throw new RangeError(`band quantiles must satisfy 0 ≤ low ≤ high ≤ 1, not ${low} and ${high}`);
  }
  const points: BandPoint[] = [];
  for (let t = 0; t < years; t++) {
    const values = present(valuesOf(t)).sort((x, y) => x - y);
    if (values.length === 0) continue;
    points.push({
      year: t,
      median: quantile(values, 0.5)!,
      low: quantile(values, low)!,
      high: quantile(values, high)!,
    });
  }
  return points;
}

/** Years that every replicate has (they arrive together, so normally all of them). */
function yearCount(years: RunData["years"]): number {
  return years.length === 0 ? 0 : Math.min(...years.map((rows) => rows.length));
}

/** A column's value, or undefined when null (growth in year 0) or not finite; an unknown column throws. */
function valueOf(row: RunData["years"][number][number] | undefined, column: string): number | undefined {
  if (!row) return undefined;
  if (!(column in row)) throw new RangeError(`the yearly rows have no column "${column}"`);
  const value = (row as unknown as Record<string, unknown>)[column];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function present(values: Array<number | undefined>): number[] {
  return values.filter((value): value is number => value !== undefined);
}
