// Downloads of the comparison (and of the sweep view's charts): each chart as SVG or PNG (buttons
// beside it, named after the chart so a screen reader says which chart a button saves), and both runs'
// yearly rows in one CSV with the scenario and replicate on every row, as pandas or R would read them.
import { yearColumns, type YearRow } from "../../../sim/index.js";
import { el } from "../app/dom.js";
import {
  csvText,
  downloadBlob,
  downloadText,
  safeFileName,
  svgToPngBlob,
  svgToString,
} from "../export/index.js";
import { compareText } from "../i18n/messages/compare.js";
import type { RunData } from "../run/run-data.js";

/** SVG and PNG buttons for a chart; `fileName` without extension, `title` the chart's visible title. */
export function chartDownloads(svg: SVGSVGElement, fileName: string, title: string): HTMLElement {
  const name = safeFileName(fileName);
  const svgButton = el("button", {
    attrs: { type: "button", "aria-label": compareText("export_svg_label", { chart: title }) },
    text: compareText("export_svg"),
    on: { click: () => downloadText(`${name}.svg`, svgToString(svg), "image/svg+xml") },
  });
  const pngButton = el("button", {
    attrs: { type: "button", "aria-label": compareText("export_png_label", { chart: title }) },
    text: compareText("export_png"),
    on: {
      click: () => {
        void svgToPngBlob(svg).then((blob) => downloadBlob(`${name}.png`, blob));
      },
    },
  });
  return el("div", { class: "chart-tools" }, [svgButton, pngButton]);
}

/**
 * Both runs as one CSV: `scenario` (A or B), `scenario_name`, `replicate` and `seed`, then the yearly
 * columns of `sinergi run` in its order, so a row of replicate r of A lines up with `sinergi run A
 * --seed <seed>`.
 */
export function compareCsv(a: RunData, b: RunData, names: { a: string; b: string }): string {
  const perYear = yearColumns(a.domains);
  const columns = ["scenario", "scenario_name", "replicate", "seed", ...perYear];
  const rows: Record<string, string | number | null>[] = [];
  for (const [label, run, name] of [
    ["A", a, names.a],
    ["B", b, names.b],
  ] as const) {
    run.years.forEach((years, r) => {
      for (const row of years) {
        const cells: Record<string, string | number | null> = {
          scenario: label,
          scenario_name: name,
          replicate: r,
          seed: run.seeds[r]!,
        };
        for (const column of perYear)
          cells[column] = (row as YearRow & Record<string, number | null>)[column] ?? null;
        rows.push(cells);
      }
    });
  }
  return csvText(columns, rows);
}
