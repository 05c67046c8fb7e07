// Yearly columns of a run as chart series: with one replicate the replicate's own values, with more
// the median across replicates and a band from the 5% to the 95% quantile (90% of seeds).
import type { LineSeries } from "../charts/series.js";
import { bandSeries } from "../run/replicate-stats.js";
import type { RunData } from "../run/run-data.js";

function numberOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

export function columnSeries(data: RunData, column: string, label: string, colour?: string): LineSeries {
  const base = { key: column, label, ...(colour === undefined ? {} : { colour }) };
  const only = data.years[0] ?? [];
  if (data.years.length <= 1) {
    return {
      ...base,
      points: only.map((row) => ({
        x: row.year,
        y: numberOrNull((row as unknown as Record<string, unknown>)[column]),
      })),
    };
  }
  const band = bandSeries(data, column);
  return {
    ...base,
    points: band.map((point) => ({ x: point.year, y: point.median })),
    band: band.map((point) => ({ x: point.year, low: point.low, high: point.high })),
  };
}
