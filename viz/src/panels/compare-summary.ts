// The numbers the A/B comparison states in words and in its table: for each headline metric, the
// median of A and of B in the last year and the median of B − A over paired replicates (replicate r
// of both ran with the same seed) with its 90% interval; and the policy cost of the whole run.
import type { RunData } from "../run/run-data.js";
import { finalValue, pairedDifference } from "../run/replicate-stats.js";
import { median, quantile } from "d3";

/** What the comparison reports by default: disparity, prosperity, growth and cooperation. */
export const HEADLINE_METRICS = [
  "williamson",
  "theil",
  "gini",
  "grdp_per_capita_mean",
  "growth_rate",
  "agreements_total",
] as const;

export interface Comparison {
  a?: number;
  b?: number;
  /** Median over replicates of B − A; equal to b − a with a single replicate. */
  difference?: number;
  /** 5% and 95% quantiles of B − A over the replicates. */
  low?: number;
  high?: number;
}

export interface CompareSummary {
  /** The last year both runs have reached (the year the table is about). */
  year: number;
  calendarYear?: number;
  /** Replicates paired between A and B. */
  replicates: number;
  metrics: ({ metric: string } & Comparison)[];
  /** Policy spending over the whole run, billion IDR (once both runs are complete). */
  cost: Comparison;
}

/** Keeps the values that exist, so a missing one is absent rather than undefined. */
function defined(values: { [K in keyof Comparison]-?: number | undefined }): Comparison {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Comparison;
}

function lastYear(data: RunData): number {
  return data.years.length === 0 ? -1 : Math.min(...data.years.map((rows) => rows.length)) - 1;
}

export function compareSummary(
  a: RunData,
  b: RunData,
  metrics: readonly string[] = HEADLINE_METRICS,
): CompareSummary {
  const replicates = Math.min(a.seeds.length, b.seeds.length);
  const year = Math.min(lastYear(a), lastYear(b));
  // Both at the same year: a run that is ahead is cut to the other's last year.
  const upTo = (data: RunData) => ({ years: data.years.map((rows) => rows.slice(0, year + 1)) });
  const calendarYear = a.years[0]?.[year]?.calendar_year;
  const rows = metrics.map((metric) => {
    const difference = pairedDifference(a, b, metric).find((point) => point.year === year);
    return {
      metric,
      ...defined({
        a: finalValue(upTo(a), metric),
        b: finalValue(upTo(b), metric),
        difference: difference?.median,
        low: difference?.low,
        high: difference?.high,
      }),
    };
  });
  const cost: Comparison = {};
  if (a.complete && b.complete) {
    const differences = Array.from(
      { length: replicates },
      (_, r) => b.totalPolicyCost[r]! - a.totalPolicyCost[r]!,
    ).sort((x, y) => x - y);
    Object.assign(
      cost,
      defined({
        a: median(a.totalPolicyCost),
        b: median(b.totalPolicyCost),
        difference: median(differences),
        low: quantile(differences, 0.05),
        high: quantile(differences, 0.95),
      }),
    );
  }
  return {
    year,
    ...(calendarYear === undefined ? {} : { calendarYear }),
    replicates,
    metrics: rows,
    cost,
  };
}
