/** Ensemble bands: per year, the median and a central interval of a metric across runs. */
import { quantile } from "../../sim/experiment/analysis/index.js";

export interface BandYear {
  /** Simulated year (0 = the initial state). */
  year: number;
  /** Runs with a value in this year. */
  runs: number;
  lower: number;
  median: number;
  upper: number;
}

/** The share of runs the band holds: from the 5th to the 95th percentile. */
export const BAND = 0.9;

/**
 * Per year, the median and the (1 − BAND)/2 and (1 + BAND)/2 quantiles (type 7, as R and numpy) of the
 * runs' values; years where no run has a finite value are left out.
 */
export function ensembleBand(series: readonly Float64Array[]): BandYear[] {
  let years = 0;
  for (const run of series) years = Math.max(years, run.length);
  const band: BandYear[] = [];
  const column = new Float64Array(series.length);
  for (let year = 0; year < years; year++) {
    let n = 0;
    for (const run of series) {
      const value = run[year];
      if (value !== undefined && Number.isFinite(value)) column[n++] = value;
    }
    if (n === 0) continue;
    const sorted = column.subarray(0, n).sort();
    band.push({
      year,
      runs: n,
      lower: quantile(sorted, (1 - BAND) / 2),
      median: quantile(sorted, 0.5),
      upper: quantile(sorted, (1 + BAND) / 2),
    });
  }
  return band;
}
