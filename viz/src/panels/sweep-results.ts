// What the sweep view draws for a selection: the outcome's distribution per value of the parameter
// (box and points, or a scatter for a sampled design), the table of each group's count, median and
// 90% interval, and each group's median over the years. Rebuilt whenever the selection or the
// language changes; all of the file's text goes in as text.
import { el } from "../app/dom.js";
import { distributionChart } from "../charts/distribution-chart.js";
import { lineChart } from "../charts/line-chart.js";
import { categoryColour } from "../charts/palette.js";
import { scatterChart } from "../charts/scatter-chart.js";
import { formatNumber, formatYear } from "../i18n/format.js";
import { getLang } from "../i18n/i18n.js";
import { formatMetric, metricName } from "../i18n/metric-format.js";
import { sweepText } from "../i18n/messages/sweep.js";
import { axisFormat } from "./compare-axis.js";
import { chartCard } from "./compare-chart-card.js";
import { sweepView, type SweepSelection, type SweepView } from "./sweep-groups.js";
import { groupLabel, parameterLabel } from "./sweep-labels.js";
import type { SweepTable } from "./sweep-table.js";

/** Most points a scatter draws (each is an SVG element); more are thinned evenly, and the page says so. */
export const MAX_SCATTER_POINTS = 4000;

export interface SweepResults {
  element: HTMLElement;
  /** The charts, for export (distribution or scatter first, then the trajectories). */
  charts: { name: string; svg: SVGSVGElement }[];
  view: SweepView;
}

function card(
  title: string,
  svg: SVGSVGElement,
  fileName: string,
  extra: readonly (Node | false)[] = [],
): HTMLElement {
  // The distribution's numbers are in the summary table beside it.
  return chartCard({ name: fileName, title, svg, fileName, openTables: new Set(), extra });
}

function evenlyThinned<T>(items: readonly T[], most: number): T[] {
  if (items.length <= most) return [...items];
  return Array.from({ length: most }, (_, k) => items[Math.floor((k * items.length) / most)]!);
}

/** `openTables`: names of the charts whose table view is open, kept by the panel across redraws. */
export function renderSweepResults(
  table: SweepTable,
  selection: SweepSelection,
  openTables: Set<string> = new Set(),
): SweepResults {
  const lang = getLang();
  const view = sweepView(table, selection);
  const x = selection.xParameter === null ? undefined : table.parameters[selection.xParameter];
  const xName = x ? parameterLabel(x.name) : sweepText("all_runs");
  const outcomeName = metricName(selection.outcome);
  const labels = view.groups.map((group) => groupLabel(group, x));
  const yearText = formatYear(selection.year, lang);
  const calendarOf = (year: number) => table.calendarYears.get(year) ?? year;
  const charts: SweepResults["charts"] = [];
  const parts: Node[] = [];

  if (view.points.length === 0) {
    parts.push(
      el("p", { class: "help", attrs: { "data-testid": "sweep-no-runs" }, text: sweepText("no_runs") }),
    );
  }

  const distributionTitle = sweepText("distribution_title", {
    outcome: outcomeName,
    year: yearText,
    parameter: xName,
  });
  if (view.ranged && x) {
    const shown = evenlyThinned(view.points, MAX_SCATTER_POINTS);
    const svg = scatterChart(
      shown.map((p) => ({ x: p.x, y: p.y, group: String(p.group) })),
      {
        title: distributionTitle,
        description: sweepText("scatter_desc"),
        lang,
        xLabel: xName,
        yLabel: outcomeName,
        formatX: (value) => formatNumber(value, { digits: 3 }, lang),
        formatY: axisFormat(
          selection.outcome,
          shown.map((p) => p.y),
          { lang },
        ),
        groups: view.groups.map((_, g) => ({ key: String(g), label: labels[g]!, colour: categoryColour(g) })),
      },
    );
    charts.push({ name: "distribution", svg });
    const notes: (Node | false)[] = [
      el("p", {
        class: "help",
        text: sweepText("ranged_note", {
          parameter: xName,
          count: formatNumber(x.values.length, { digits: 0 }, lang),
        }),
      }),
      shown.length < view.points.length &&
        el("p", {
          class: "help",
          attrs: { "data-testid": "sweep-thinned" },
          text: sweepText("scatter_subset", {
            shown: formatNumber(shown.length, { digits: 0 }, lang),
            total: formatNumber(view.points.length, { digits: 0 }, lang),
          }),
        }),
    ];
    parts.push(card(distributionTitle, svg, `sinergi-sweep-${selection.outcome}`, notes));
  } else {
    const svg = distributionChart(
      view.groups.map((_, g) => ({
        label: labels[g]!,
        values: view.points.filter((p) => p.group === g).map((p) => p.y),
        colour: categoryColour(g),
      })),
      {
        title: distributionTitle,
        description: sweepText("distribution_desc"),
        lang,
        valueLabel: outcomeName,
        groupLabel: xName,
        formatValue: axisFormat(
          selection.outcome,
          view.points.map((p) => p.y),
          { lang },
        ),
        boxLabel: sweepText("legend_box"),
        whiskerLabel: sweepText("legend_whisker"),
        medianLabel: sweepText("legend_median"),
      },
    );
    charts.push({ name: "distribution", svg });
    parts.push(card(distributionTitle, svg, `sinergi-sweep-${selection.outcome}`));
  }

  parts.push(summaryTable(selection, view, labels, outcomeName, yearText));

  const trajectoryTitle = sweepText("trajectory_title", { outcome: outcomeName, parameter: xName });
  const trajectorySeries = view.groups.map((group, g) => ({
    key: `group-${g}`,
    label: labels[g]!,
    colour: categoryColour(g),
    points: table.years.map((year, k) => ({
      x: year,
      y: Number.isNaN(group.trajectory[k]!) ? null : group.trajectory[k]!,
    })),
  }));
  const formatX = (year: number) => formatYear(calendarOf(year), lang);
  const trajectories = lineChart(trajectorySeries, {
    title: trajectoryTitle,
    description: sweepText("trajectory_desc"),
    lang,
    xLabel: sweepText("year_label"),
    yLabel: outcomeName,
    formatX,
    formatY: axisFormat(
      selection.outcome,
      view.groups.flatMap((group) => group.trajectory),
      { lang },
    ),
    cursorX: selection.year,
  });
  charts.push({ name: "trajectories", svg: trajectories });
  parts.push(
    chartCard({
      name: "trajectories",
      title: trajectoryTitle,
      svg: trajectories,
      fileName: `sinergi-sweep-${selection.outcome}-years`,
      table: {
        series: trajectorySeries,
        xLabel: sweepText("year_label"),
        formatX,
        formatY: (value) => formatMetric(selection.outcome, value, lang),
      },
      openTables,
    }),
  );

  return { element: el("div", { class: "sweep-results charts-grid" }, parts), charts, view };
}

function summaryTable(
  selection: SweepSelection,
  view: SweepView,
  labels: readonly string[],
  outcomeName: string,
  yearText: string,
): HTMLElement {
  const lang = getLang();
  const format = (value: number) => formatMetric(selection.outcome, value, lang);
  const header = el("tr", {}, [
    el("th", { attrs: { scope: "col" }, text: sweepText("column_group") }),
    el("th", { attrs: { scope: "col" }, text: sweepText("column_n") }),
    el("th", { attrs: { scope: "col" }, text: sweepText("column_median") }),
    el("th", { attrs: { scope: "col" }, text: sweepText("column_low") }),
    el("th", { attrs: { scope: "col" }, text: sweepText("column_high") }),
  ]);
  const rows = view.groups.map((group, g) =>
    el("tr", {}, [
      el("th", { attrs: { scope: "row" }, text: labels[g]! }),
      el("td", { text: formatNumber(group.n, { digits: 0 }, lang) }),
      el("td", { text: format(group.median) }),
      el("td", { text: format(group.q05) }),
      el("td", { text: format(group.q95) }),
    ]),
  );
  const caption = sweepText("table_caption", { outcome: outcomeName, year: yearText });
  return el("div", { class: "chart-card" }, [
    el("div", { class: "table-wrap" }, [
      el("table", { attrs: { "data-testid": "sweep-summary" } }, [
        el("caption", { text: caption }),
        el("thead", {}, [header]),
        el("tbody", {}, rows),
      ]),
    ]),
    el("p", { class: "help", text: sweepText("interval_note") }),
  ]);
}
