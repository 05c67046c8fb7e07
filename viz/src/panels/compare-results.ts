// What the comparison shows for runs A and B (complete or still arriving): the sentence, the table
// of end-year values with B − A and its 90% interval, the difference chart of the chosen measure, and
// A (solid) over B (dashed) for each headline measure, with 90% bands across replicates. Each chart
// has its SVG and PNG downloads. Rebuilt as years arrive and when the language changes.
import { el } from "../app/dom.js";
import { differenceChart } from "../charts/difference-chart.js";
import { lineChart } from "../charts/line-chart.js";
import { categoryColour } from "../charts/palette.js";
import type { LineSeries } from "../charts/series.js";
import { formatYear } from "../i18n/format.js";
import { getLang } from "../i18n/i18n.js";
import { compareText } from "../i18n/messages/compare.js";
import { formatMetric, formatMetricDifference, metricName } from "../i18n/metric-format.js";
import { bandSeries, pairedDifference, type BandPoint } from "../run/replicate-stats.js";
import type { RunData } from "../run/run-data.js";
import { axisFormat } from "./compare-axis.js";
import { chartCard } from "./compare-chart-card.js";
import type { ScenarioLabels } from "./compare-sentence.js";
import { comparisonSentence } from "./compare-sentence.js";
import { compareSummary, HEADLINE_METRICS, type CompareSummary } from "./compare-summary.js";

/** Measures the difference chart offers: the headline ones, then a few a planner also asks about. */
export const DIFFERENCE_METRICS = [
  ...HEADLINE_METRICS,
  "grdp_total",
  "theil_between",
  "theil_within",
  "mean_trust",
  "net_cooperation_gain",
  "policy_cost",
] as const;

export interface CompareResultsInput {
  a?: RunData;
  b?: RunData;
  /** Short names of A and B, for legends and the sentence. */
  labels: ScenarioLabels;
  differenceMetric: string;
  /** Charts whose table view is open (kept by the panel across redraws). */
  openTables: Set<string>;
}

export interface CompareResults {
  sentence: string | undefined;
  summary: CompareSummary | undefined;
  /** The charts by name (the difference chart is "difference"), for tests and export. */
  charts: Map<string, SVGSVGElement>;
  /** The sentence and table (first) and the charts (second), to place in the panel. */
  summaryElement: HTMLElement;
  /** The difference chart's card (chart, table view, downloads), once both runs have a year. */
  differenceCard: HTMLElement | undefined;
  chartsElement: HTMLElement;
}

function hasYears(data: RunData | undefined): data is RunData {
  return data !== undefined && data.years.length > 0 && data.years.every((rows) => rows.length > 0);
}

function lineOf(points: readonly BandPoint[]) {
  return points.map((p) => ({ x: p.year, y: p.median }));
}

function bandOf(points: readonly BandPoint[]) {
  return points.map((p) => ({ x: p.year, low: p.low, high: p.high }));
}

export function renderCompareResults(input: CompareResultsInput): CompareResults {
  const lang = getLang();
  const { a, b, labels } = input;
  const run = a ?? b;
  const replicates = run?.seeds.length ?? 1;
  const years = run?.scenario.years ?? 0;
  const calendarStart = run?.years[0]?.[0]?.calendar_year;
  const formatX = (year: number) =>
    formatYear(calendarStart === undefined ? year : calendarStart + year, lang);
  const xLabel = metricName("calendar_year", lang);
  const legend = {
    a: compareText("label_a", { name: labels.a }),
    b: compareText("label_b", { name: labels.b }),
  };
  const charts = new Map<string, SVGSVGElement>();

  const chartCards = HEADLINE_METRICS.map((metric) => {
    const series: LineSeries[] = [];
    for (const [side, data, colour] of [
      ["a", a, categoryColour(0)],
      ["b", b, categoryColour(1)],
    ] as const) {
      if (!hasYears(data)) continue;
      const band = bandSeries(data, metric);
      series.push({
        key: side,
        label: legend[side],
        colour,
        dash: side === "b",
        points: lineOf(band),
        ...(replicates > 1 ? { band: bandOf(band) } : {}),
      });
    }
    const title = compareText("chart_title", { metric: metricName(metric, lang) });
    const formatY = axisFormat(
      metric,
      series.flatMap((line) => [
        ...line.points.map((p) => p.y),
        ...(line.band ?? []).flatMap((b) => [b.low, b.high]),
      ]),
      { lang },
    );
    const svg = lineChart(series, {
      title,
      description: compareText(replicates > 1 ? "chart_desc_band" : "chart_desc"),
      lang,
      xLabel,
      yLabel: metricName(metric, lang),
      formatX,
      formatY,
      xDomain: [0, Math.max(1, years)],
      ...(replicates > 1 ? { bandLabel: compareText("band_label") } : {}),
    });
    charts.set(metric, svg);
    return chartCard({
      name: metric,
      title,
      svg,
      fileName: `sinergi-compare-${metric}`,
      // The table writes each value in full, whatever the axis needs.
      table: { series, xLabel, formatX, formatY: (value) => formatMetric(metric, value, lang) },
      openTables: input.openTables,
    });
  });

  const both = hasYears(a) && hasYears(b);
  const summary = both ? compareSummary(a, b) : undefined;
  const sentence = summary ? comparisonSentence(summary, input.differenceMetric, labels, lang) : undefined;

  let differenceCard: HTMLElement | undefined;
  if (both) {
    const metric = input.differenceMetric;
    const points = pairedDifference(a, b, metric);
    const title = compareText("difference_title", { metric: metricName(metric, lang) });
    const line = {
      key: metric,
      label: title,
      points: lineOf(points),
      ...(replicates > 1 ? { band: bandOf(points) } : {}),
    };
    const difference = differenceChart(line, {
      title,
      description: compareText(replicates > 1 ? "difference_desc_band" : "difference_desc"),
      lang,
      xLabel,
      yLabel: metricName(metric, lang),
      formatX,
      formatY: axisFormat(
        metric,
        [0, ...points.flatMap((p) => [p.median, ...(replicates > 1 ? [p.low, p.high] : [])])],
        { signed: true, lang },
      ),
      // Wider than the small charts: it stands alone, across the panel.
      width: 960,
      height: 360,
      xDomain: [0, Math.max(1, years)],
      aboveLabel: compareText("above_label"),
      belowLabel: compareText("below_label"),
      ...(replicates > 1 ? { bandLabel: compareText("band_label") } : {}),
    });
    charts.set("difference", difference);
    differenceCard = chartCard({
      name: "difference",
      title,
      svg: difference,
      fileName: `sinergi-compare-difference-${metric}`,
      table: {
        series: [line],
        xLabel,
        formatX,
        formatY: (value) => formatMetricDifference(metric, value, lang),
      },
      openTables: input.openTables,
    });
  }

  const summaryElement = el("div", { class: "compare-summary" }, [
    el("p", {
      class: "compare-sentence",
      attrs: { "data-testid": "compare-sentence" },
      text: sentence ?? "",
    }),
    summary ? summaryTable(summary, legend) : false,
  ]);
  return {
    sentence,
    summary,
    charts,
    summaryElement,
    differenceCard,
    chartsElement: el("div", { class: "charts-grid" }, chartCards),
  };
}

function summaryTable(summary: CompareSummary, legend: { a: string; b: string }): HTMLElement {
  const lang = getLang();
  const interval = (metric: string, low: number | undefined, high: number | undefined) =>
    summary.replicates > 1 && low !== undefined && high !== undefined
      ? compareText("interval", {
          low: formatMetricDifference(metric, low, lang),
          high: formatMetricDifference(metric, high, lang),
        })
      : "–";
  const row = (
    name: string,
    metric: string,
    values: { a?: number; b?: number; difference?: number; low?: number; high?: number },
  ) =>
    el("tr", {}, [
      el("th", { attrs: { scope: "row" }, text: name }),
      el("td", { text: formatMetric(metric, values.a, lang) }),
      el("td", { text: formatMetric(metric, values.b, lang) }),
      el("td", { text: formatMetricDifference(metric, values.difference, lang) }),
      el("td", { text: interval(metric, values.low, values.high) }),
    ]);
  const rows = summary.metrics.map((m) => row(metricName(m.metric, lang), m.metric, m));
  if (summary.cost.a !== undefined) rows.push(row(compareText("row_cost"), "policy_cost", summary.cost));
  const caption =
    summary.calendarYear === undefined
      ? compareText("table_caption_plain", { year: formatYear(summary.year, lang) })
      : compareText("table_caption", {
          year: formatYear(summary.year, lang),
          calendar: formatYear(summary.calendarYear, lang),
        });
  const headers = [
    compareText("column_measure"),
    legend.a,
    legend.b,
    compareText("column_difference"),
    compareText("column_interval"),
  ];
  return el("div", { class: "table-wrap" }, [
    el("table", { attrs: { "data-testid": "compare-table" } }, [
      el("caption", { text: caption }),
      el("thead", {}, [
        el(
          "tr",
          {},
          headers.map((text) => el("th", { attrs: { scope: "col" }, text })),
        ),
      ]),
      el("tbody", {}, rows),
    ]),
    el("p", { class: "help", text: compareText("table_note") }),
  ]);
}
