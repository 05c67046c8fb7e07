// The charts of the run: disparity, the Theil split, growth and cooperation per domain, each a card
// with its table and exports. With replicates, lines are medians with a 90% band.
import { columnSeries } from "../app/chart-series.js";
import { CHART_SPECS, type ChartSpec } from "../app/chart-specs.js";
import { el } from "../app/dom.js";
import { liveText } from "../app/live-text.js";
import { domainColour, INK, type LineSeries } from "../charts/index.js";
import { metricName } from "../i18n/metric-format.js";
import { uiText } from "../i18n/messages/ui.js";
import type { RunData } from "../run/run-data.js";
import { createChartCard, type ChartCard } from "./chart-card.js";
import type { StatusPanel } from "./status-panel.js";

export interface ChartsPanel {
  element: HTMLElement;
  show(data: RunData, year: number): void;
}

/** Per-domain lines take the domain's colour (as the map's links do); the total is drawn in ink. */
function colourOf(column: string, domains: readonly string[]): string | undefined {
  if (column === "agreements_total") return INK;
  const domain = column.startsWith("agreements_") ? column.slice("agreements_".length) : undefined;
  const index = domain === undefined ? -1 : domains.indexOf(domain);
  return domain !== undefined && index >= 0 ? domainColour(domain, index) : undefined;
}

export function chartSeries(data: RunData, spec: ChartSpec): LineSeries[] {
  return spec
    .columns(data.domains)
    .map((column) => columnSeries(data, column, metricName(column), colourOf(column, data.domains)));
}

export function createChartsPanel(status: StatusPanel): ChartsPanel {
  const cards: ChartCard[] = CHART_SPECS.map((spec) => createChartCard(spec, chartSeries, status));
  const element = el("section", { class: "charts-panel", attrs: { "aria-labelledby": "charts-heading" } }, [
    liveText(el("h2", { class: "visually-hidden", attrs: { id: "charts-heading" } }), () =>
      uiText("charts_heading"),
    ),
    el(
      "div",
      { class: "charts-grid" },
      cards.map((card) => card.element),
    ),
  ]);
  return {
    element,
    show(data, year) {
      for (const card of cards) card.show(data, year);
    },
  };
}
