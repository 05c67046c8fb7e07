/** A value of a series; null or NaN is a gap (year 0 has no growth rate). */
export interface SeriesPoint {
  x: number;
  y: number | null;
}

/** The band across replicates at one x: the 5% and 95% quantiles for a 90% band. */
export interface BandPoint {
  x: number;
  low: number | null;
  high: number | null;
}

/** One line of a line chart, in increasing x. */
export interface LineSeries {
  /** Stable identifier (a column name), used in class names and as the data table's column key. */
  key: string;
  /** What the reader sees in the legend and the table header: untrusted-safe, always drawn as text. */
  label: string;
  colour?: string;
  /** Dashed stroke, e.g. for scenario B over scenario A: true for the default dash, or an SVG dash array. */
  dash?: boolean | string;
  points: readonly SeriesPoint[];
  band?: readonly BandPoint[];
}

export const DEFAULT_DASH = "6 4";

export function isValue(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value);
}

export function dashOf(series: Pick<LineSeries, "dash">): string | undefined {
  if (series.dash === true) return DEFAULT_DASH;
  return typeof series.dash === "string" ? series.dash : undefined;
}
