// A chart of the comparison (or of the sweep view) with its tools: the same numbers as a table (for
// screen readers and for copying; hidden until asked for) and the SVG and PNG downloads. The views
// rebuild their cards as years arrive, so which tables are open is kept by the view, by chart name.
import { el, uniqueId } from "../app/dom.js";
import type { NumberFormat } from "../charts/chart-options.js";
import { seriesTable } from "../charts/index.js";
import type { LineSeries } from "../charts/series.js";
import { uiText } from "../i18n/messages/ui.js";
import { chartDownloads } from "./compare-export.js";

export interface ChartCardInput {
  /** Stable name of the chart (a metric), the key of `openTables`. */
  name: string;
  title: string;
  svg: SVGSVGElement;
  fileName: string;
  /** The chart's lines, for its table view; none: no table button. */
  table?: { series: readonly LineSeries[]; xLabel: string; formatX: NumberFormat; formatY: NumberFormat };
  /** Names of the charts whose table is open; the button adds and removes this chart's. */
  openTables: Set<string>;
  extra?: readonly (Node | false)[];
}

export function chartCard(input: ChartCardInput): HTMLElement {
  const tools = chartDownloads(input.svg, input.fileName, input.title);
  let tableWrap: HTMLElement | false = false;
  if (input.table) {
    const { series, xLabel, formatX, formatY } = input.table;
    const open = input.openTables.has(input.name);
    const wrap = el("div", { class: "table-wrap", attrs: { id: uniqueId("chart-table"), hidden: !open } });
    const fill = () =>
      wrap.replaceChildren(seriesTable(series, { caption: input.title, xLabel, formatX, formatY }));
    if (open) fill();
    const button = el("button", {
      attrs: {
        type: "button",
        "aria-pressed": String(open),
        "aria-controls": wrap.id,
        "aria-label": `${uiText("chart_table")}: ${input.title}`,
      },
      text: uiText("chart_table"),
      on: {
        click: () => {
          wrap.hidden = !wrap.hidden;
          button.setAttribute("aria-pressed", String(!wrap.hidden));
          if (wrap.hidden) input.openTables.delete(input.name);
          else {
            input.openTables.add(input.name);
            fill();
          }
        },
      },
    });
    tools.prepend(button);
    tableWrap = wrap;
  }
  return el("div", { class: "chart-card", attrs: { "data-chart": input.name } }, [
    el("figure", {}, [el("figcaption", { text: input.title }), input.svg]),
    tools,
    tableWrap,
    ...(input.extra ?? []),
  ]);
}
