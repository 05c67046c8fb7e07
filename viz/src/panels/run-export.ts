// Downloads of the whole run: the yearly rows of every replicate, and replicate 0's region rows.
import { el } from "../app/dom.js";
import { liveText } from "../app/live-text.js";
import { regionCsv, yearlyCsv } from "../app/run-csv.js";
import { downloadText, safeFileName } from "../export/index.js";
import { uiText } from "../i18n/messages/ui.js";
import type { RunData } from "../run/run-data.js";

export interface RunExport {
  element: HTMLElement;
  show(data: RunData | undefined): void;
}

export function createRunExport(): RunExport {
  let current: RunData | undefined;
  const name = (part: string): string =>
    `${safeFileName(`sinergi-${current?.scenario.name ?? "run"}-${part}`)}.csv`;
  const yearly = el("button", {
    attrs: { type: "button", "data-testid": "export-years-csv", disabled: true },
    on: { click: () => current && downloadText(name("years"), yearlyCsv(current), "text/csv") },
  });
  const regions = el("button", {
    attrs: { type: "button", "data-testid": "export-regions-csv", disabled: true },
    on: { click: () => current && downloadText(name("regions"), regionCsv(current), "text/csv") },
  });
  liveText(yearly, () => uiText("export_years_csv"));
  liveText(regions, () => uiText("export_regions_csv"));
  const element = el("div", { class: "button-row run-export" }, [yearly, regions]);
  return {
    element,
    show(data) {
      // Only a complete run is exported, so a file never holds half a run.
      current = data?.complete ? data : undefined;
      yearly.disabled = current === undefined;
      regions.disabled = current === undefined;
    },
  };
}
