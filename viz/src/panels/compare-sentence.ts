// The comparison in one sentence, as a planner would quote it in a memo: "Dana Insentif dibanding
// Baseline: Indeks Williamson −0,004 pada tahun ke-30 (2052); biaya Rp 14,7 triliun." Every number is
// the real median from the runs, written by the shared formatters.
import { formatRupiah, formatYear } from "../i18n/format.js";
import { getLang, type Lang } from "../i18n/i18n.js";
import { compareText } from "../i18n/messages/compare.js";
import { formatMetricDifference, metricName } from "../i18n/metric-format.js";
import type { CompareSummary } from "./compare-summary.js";

export interface ScenarioLabels {
  /** Names of A and B as the user knows them (a preset's name, "the current scenario"). */
  a: string;
  b: string;
}

function costClause(summary: CompareSummary, labels: ScenarioLabels, lang: Lang): string | undefined {
  const { a, b } = summary.cost;
  if (a === undefined || b === undefined) return undefined;
  if (a === 0 && b === 0) return compareText.inLang(lang, "cost_none");
  if (a === 0) return compareText.inLang(lang, "cost_b", { cost: formatRupiah(b, lang) });
  return compareText.inLang(lang, "cost_both", {
    cost: formatRupiah(b, lang),
    a: labels.a,
    costA: formatRupiah(a, lang),
  });
}

/** The sentence for `metric`; undefined until both runs have a value of it to compare. */
export function comparisonSentence(
  summary: CompareSummary,
  metric: string,
  labels: ScenarioLabels,
  lang: Lang = getLang(),
): string | undefined {
  const row = summary.metrics.find((m) => m.metric === metric);
  if (row?.difference === undefined) return undefined;
  const params = {
    a: labels.a,
    b: labels.b,
    metric: metricName(metric, lang),
    difference: formatMetricDifference(metric, row.difference, lang),
    year: formatYear(summary.year, lang),
  };
  const when =
    summary.calendarYear === undefined
      ? compareText.inLang(lang, "sentence_year", params)
      : compareText.inLang(lang, "sentence_year_calendar", {
          ...params,
          calendar: formatYear(summary.calendarYear, lang),
        });
  const cost = costClause(summary, labels, lang);
  return cost === undefined
    ? compareText.inLang(lang, "sentence", { ...params, when })
    : compareText.inLang(lang, "sentence_cost", { ...params, when, cost });
}
