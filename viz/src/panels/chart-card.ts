// One chart of the run with its tools: a data-table view (the same numbers, for screen readers and for
// copying), and export as SVG or PNG. The chart is redrawn into the same SVG element as years arrive
// and as the cursor moves.
import { el } from "../app/dom.js";
import { liveText, onRelabel } from "../app/live-text.js";
import type { ChartSpec } from "../app/chart-specs.js";
import { lineChart, seriesTable, type LineChartOptions, type LineSeries } from "../charts/index.js";
import { downloadBlob, downloadText, safeFileName, svgToPngBlob, svgToString } from "../export/index.js";
import { formatYear } from "../i18n/format.js";
import { getLang } from "../i18n/i18n.js";
import { formatMetric, metricUnit } from "../i18n/metric-format.js";
import { metricText } from "../i18n/messages/metrics.js";
import { uiText } from "../i18n/messages/ui.js";
import type { RunData } from "../run/run-data.js";
import type { StatusPanel } from "./status-panel.js";

export interface ChartCard {
  element: HTMLElement;
  show(data: RunData, year: number): void;
}

export type SeriesOf = (data: RunData, spec: ChartSpec) => LineSeries[];

export function createChartCard(spec: ChartSpec, seriesOf: SeriesOf, status: StatusPanel): ChartCard {
  const tableId = `chart-${spec.id}-table`;
  const headingId = `chart-${spec.id}-heading`;
  let svg: SVGSVGElement | undefined;
  let current: { data: RunData; year: number } | undefined;
  const figure = el("div", { class: "chart-figure" });
  const tableWrap = el("div", {
    class: "table-wrap",
    attrs: { id: tableId, hidden: true, "data-testid": `chart-${spec.id}-table` },
  });

  const tableButton = el("button", {
    attrs: {
      type: "button",
      "aria-pressed": "false",
      "aria-controls": tableId,
      "data-testid": `chart-${spec.id}-table-toggle`,
    },
    on: {
      click: () => {
        tableWrap.hidden = !tableWrap.hidden;
        tableButton.setAttribute("aria-pressed", String(!tableWrap.hidden));
        render();
      },
    },
  });
  liveText(tableButton, () => uiText("chart_table"));

  const fileName = (extension: string): string =>
    `${safeFileName(`sinergi-${current?.data.scenario.name ?? "run"}-${spec.id}`)}.${extension}`;
  const svgButton = el("button", {
    attrs: { type: "button", "data-testid": `chart-${spec.id}-svg` },
    on: { click: () => svg && downloadText(fileName("svg"), svgToString(svg), "image/svg+xml") },
  });
  liveText(svgButton, () => uiText("chart_export_svg"));
  const pngButton = el("button", {
    attrs: { type: "button", "data-testid": `chart-${spec.id}-png` },
    on: {
      click: () => {
        if (!svg) return;
        svgToPngBlob(svg).then(
          (blob) => downloadBlob(fileName("png"), blob),
          (error: unknown) => status.error(() => uiText("chart_png_failed", { message: String(error) })),
        );
      },
    },
  });
  liveText(pngButton, () => uiText("chart_export_png"));
  // Names each button by its chart as well, so that "Table" of one chart differs from another's.
  for (const button of [tableButton, svgButton, pngButton])
    button.setAttribute("aria-describedby", headingId);

  const element = el(
    "section",
    { class: "panel chart-card", attrs: { "aria-labelledby": headingId, "data-testid": `chart-${spec.id}` } },
    [
      liveText(el("h3", { attrs: { id: headingId } }), () => uiText(spec.titleKey)),
      figure,
      el("div", { class: "chart-tools" }, [tableButton, svgButton, pngButton]),
      tableWrap,
    ],
  );

  function options(data: RunData, year: number): LineChartOptions {
    const start = data.scenario.startYear;
    const format = (value: number): string => formatMetric(spec.unitColumn, value);
    return {
      title: uiText(spec.titleKey),
      description: uiText(spec.descriptionKey),
      // The card's heading shows the title on screen; the exported file carries it inside.
      showTitle: true,
      lang: getLang(),
      xLabel: metricText("calendar_year"),
      yLabel: metricUnit(spec.unitColumn),
      formatX: (value) => formatYear(start + value),
      formatY: format,
      xDomain: [0, data.scenario.years],
      cursorX: year,
      ...(data.seeds.length > 1
        ? { bandLabel: uiText("chart_band", { replicates: data.seeds.length }) }
        : {}),
      ...(spec.includeZero ? { includeZero: true } : {}),
      ...(spec.referenceY === undefined ? {} : { referenceY: spec.referenceY }),
      ...(svg ? { svg } : {}),
    };
  }

  function render(): void {
    if (!current) return;
    const { data, year } = current;
    const series = seriesOf(data, spec);
    const drawn = lineChart(series, options(data, year));
    if (drawn !== svg) {
      svg = drawn;
      figure.replaceChildren(drawn);
    }
    if (!tableWrap.hidden) {
      const start = data.scenario.startYear;
      tableWrap.replaceChildren(
        seriesTable(series, {
          caption: uiText(spec.titleKey),
          xLabel: metricText("calendar_year"),
          formatX: (value) => formatYear(start + value),
          formatY: (value) => formatMetric(spec.unitColumn, value),
        }),
      );
    }
  }
  onRelabel(element, render);

  return {
    element,
    show(data, year) {
      current = { data, year };
      render();
    },
  };
}
