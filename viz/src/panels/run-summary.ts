// One line that says what the run did: disparity from the first year to the last, average growth,
// agreements at the end, and what the policies cost over the run. With replicates, each figure is the
// median across them.
import { median } from "d3";
import { el } from "../app/dom.js";
import { onRelabel } from "../app/live-text.js";
import { formatIndex, formatNumber, formatPercent, formatRupiah, formatYear } from "../i18n/format.js";
import { getLang } from "../i18n/i18n.js";
import { uiText } from "../i18n/messages/ui.js";
import { splitQuestion } from "../scenario/presets.js";
import { finalValue } from "../run/replicate-stats.js";
import type { RunData } from "../run/run-data.js";

export interface RunSummary {
  element: HTMLElement;
  show(data: RunData | undefined): void;
}

/** Average yearly growth of total GRDP from year 0 to the last year reached, median over replicates. */
export function averageGrowth(data: RunData): number | undefined {
  const rates = data.years.flatMap((rows) => {
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (!first || !last || last.year === 0 || !(first.grdp_total > 0)) return [];
    return [Math.pow(last.grdp_total / first.grdp_total, 1 / last.year) - 1];
  });
  return median(rates);
}

export function summaryText(data: RunData): string {
  const start = median(data.years.map((rows) => rows[0]?.williamson ?? Number.NaN).filter(Number.isFinite));
  const lastYear = Math.max(0, data.frames.length - 1);
  return uiText(data.complete ? "summary_complete" : "summary_partial", {
    startYear: formatYear(data.scenario.startYear),
    endYear: formatYear(data.scenario.startYear + lastYear),
    start: formatIndex(start),
    end: formatIndex(finalValue(data, "williamson")),
    growth: formatPercent(averageGrowth(data), 2),
    agreements: formatNumber(finalValue(data, "agreements_total"), { digits: 0 }),
    cost: data.complete ? formatRupiah(median(data.totalPolicyCost)) : "…",
  });
}

/** On paper the scenario panel is left out, so the summary names the scenario and its question. */
function scenarioLine(data: RunData): string {
  const question = splitQuestion(data.scenario.description)[getLang()];
  return uiText("summary_scenario", { name: data.scenario.name, question });
}

export function createRunSummary(): RunSummary {
  const line = el("span", { attrs: { "data-testid": "run-summary" } });
  const printed = el("span", { class: "print-only" });
  const element = el("p", { class: "summary-line" }, [printed, line]);
  let current: RunData | undefined;
  const render = (): void => {
    line.textContent =
      current && current.frames.length > 0 ? summaryText(current) : uiText("summary_waiting");
    printed.textContent = current ? scenarioLine(current) : "";
  };
  onRelabel(element, render);
  return {
    element,
    show(data) {
      current = data;
      render();
    },
  };
}
