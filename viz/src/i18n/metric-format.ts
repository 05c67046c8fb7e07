// How each yearly column is written for a reader, so the charts' axes, the tooltips, the data tables
// and the A/B summary write the same column the same way: disparity indices with three decimals,
// money in miliar/triliun, per-capita GRDP in juta, shares as percentages.
import type { YearRow } from "../../../sim/index.js";
import {
  formatIndex,
  formatNumber,
  formatPercent,
  formatPerCapita,
  formatRupiah,
  formatSigned,
  formatYear,
} from "./format.js";
import { getLang, type Lang } from "./i18n.js";
import { metricText } from "./messages/metrics.js";

export type MetricKind = "index" | "ratio" | "rupiah" | "perCapita" | "growth" | "share" | "count" | "year";

const FIXED_KINDS: Readonly<Record<string, MetricKind>> = {
  year: "count",
  calendar_year: "year",
  grdp_total: "rupiah",
  growth_rate: "growth",
  grdp_per_capita_mean: "perCapita",
  grdp_per_capita_median: "perCapita",
  population_total: "count",
  williamson: "index",
  theil: "index",
  theil_between: "index",
  theil_within: "index",
  gini: "index",
  sigma_log: "index",
  max_min_ratio: "ratio",
  agreements_total: "count",
  agreements_formed: "count",
  agreements_broken: "count",
  agreements_repaired: "count",
  mean_trust: "index",
  mean_ego: "index",
  mean_capacity: "index",
  mean_propensity: "index",
  net_cooperation_gain: "rupiah",
  policy_cost: "rupiah",
};

/** The kind of a YearRow column; per-domain columns (agreements_<d>, coop_rate_<d>) for any domain. */
export function metricKind(column: keyof YearRow | string): MetricKind {
  const fixed = FIXED_KINDS[column];
  if (fixed !== undefined) return fixed;
  if (column.startsWith("agreements_")) return "count";
  if (column.startsWith("coop_rate_")) return "share";
  return "index";
}

/** Writes a value of a kind; the magnitude alone when used inside formatSigned. */
export function formatKind(
  kind: MetricKind,
  value: number | null | undefined,
  lang: Lang = getLang(),
): string {
  switch (kind) {
    case "index":
      return formatIndex(value, lang);
    case "ratio":
      return formatNumber(value, { digits: 2, minDigits: 2 }, lang);
    case "rupiah":
      return formatRupiah(value, lang);
    case "perCapita":
      return formatPerCapita(value, lang);
    case "growth":
      return formatPercent(value, 2, lang);
    case "share":
      return formatPercent(value, 0, lang);
    case "count":
      return formatNumber(value, { digits: 1 }, lang);
    case "year":
      return formatYear(value, lang);
  }
}

export function formatMetric(
  column: string,
  value: number | null | undefined,
  lang: Lang = getLang(),
): string {
  return formatKind(metricKind(column), value, lang);
}

/** A difference between two runs of a column (B − A), with its sign: "−0,040", "+Rp 2,5 triliun". */
export function formatMetricDifference(
  column: string,
  difference: number | null | undefined,
  lang: Lang = getLang(),
): string {
  const kind = metricKind(column);
  return formatSigned(difference, (magnitude) => formatKind(kind, magnitude, lang));
}

/**
 * The column's name in the reader's language. A column the bundle does not know (a domain added to the
 * model later) falls back to its own name rather than to nothing.
 */
export function metricName(column: string, lang: Lang = getLang()): string {
  return metricText.has(column) ? metricText.inLang(lang, column) : column;
}

export function metricDescription(column: string, lang: Lang = getLang()): string {
  const key = `${column}.desc`;
  return metricText.has(key) ? metricText.inLang(lang, key) : "";
}

export function metricUnit(column: string, lang: Lang = getLang()): string {
  const key = `${column}.unit`;
  return metricText.has(key) ? metricText.inLang(lang, key) : "";
}

/** A domain's name ("Perdagangan" / "Trade"); an unknown domain keeps its own name. */
export function domainName(domain: string, lang: Lang = getLang()): string {
  const key = `domain.${domain}`;
  return metricText.has(key) ? metricText.inLang(lang, key) : domain;
}

/** A Klassen quadrant 1–4 by its usual name; anything else (0, null: year 0) as not yet defined. */
export function klassenName(quadrant: number | null | undefined, lang: Lang = getLang()): string {
  const key = `klassen.${quadrant ?? "none"}`;
  return metricText.has(key) ? metricText.inLang(lang, key) : metricText.inLang(lang, "klassen.none");
}
