// Axis labels precise enough to tell ticks apart. A disparity index written with its usual three
// decimals labels the ticks of a narrow range alike ("0,293 0,293 0,293" on a Gini axis spanning
// 0.2925–0.2935, "+0,001 +0,001" on a difference axis), so indices, ratios and counts get as many
// decimals as the tick step needs; money, per-capita and percentages keep their own writing.
import { precisionFixed, tickStep } from "d3";
import { formatNumber, formatSigned } from "../i18n/format.js";
import { getLang, type Lang } from "../i18n/i18n.js";
import { formatMetric, metricKind } from "../i18n/metric-format.js";

/** About how many ticks the charts draw on a value axis. */
const TICKS = 6;
const MAX_DIGITS = 8;

/**
 * A tick formatter for `column` over the plotted `values` (NaN and null ignored); with `signed`, a
 * difference (B − A) with its sign.
 */
export function axisFormat(
  column: string,
  values: Iterable<number | null | undefined>,
  options: { signed?: boolean; lang?: Lang } = {},
): (value: number) => string {
  const lang = options.lang ?? getLang();
  const kind = metricKind(column);
  const base = kind === "index" ? 3 : kind === "ratio" ? 2 : kind === "count" ? 0 : undefined;
  let format: (value: number) => string;
  if (base === undefined) {
    format = (value) => formatMetric(column, value, lang);
  } else {
    let low = Infinity;
    let high = -Infinity;
    for (const value of values) {
      if (value === null || value === undefined || !Number.isFinite(value)) continue;
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
    const step = high > low ? tickStep(low, high, TICKS) : 0;
    const digits = Math.min(MAX_DIGITS, Math.max(base, step > 0 ? precisionFixed(step) : base));
    format = (value) => formatNumber(value, { digits, minDigits: digits }, lang);
  }
  if (!options.signed) return format;
  return (value) => formatSigned(value, (magnitude) => format(magnitude));
}
