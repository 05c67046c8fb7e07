// The sweep results view: the round trip from a cluster back to the picture. The reader opens (or
// drops) the runs.csv or runs.jsonl a `sinergi sweep` wrote; the file is read in this browser, in
// pieces so the page never freezes, and checked line by line. A file that is not a sweep's results
// leaves the view as it was and says, naming the file, what is wrong.
//
// Mounted by the shell:
//   const panel = mountSweepPanel(container, { announce });
//   panel.destroy();
// It follows the language by itself (onLangChange). `announce`, if given, also receives the messages
// the panel shows in its own status line (for the page's shared live region, if it has one).
import { el, uniqueId } from "../app/dom.js";
import { formatNumber, formatPercent, formatYear } from "../i18n/format.js";
import { onLangChange } from "../i18n/i18n.js";
import { sweepText } from "../i18n/messages/sweep.js";
import { createSweepControls, type SweepControls } from "./sweep-controls.js";
import { defaultSelection, type SweepSelection } from "./sweep-groups.js";
import { SweepFileError } from "./sweep-problem.js";
import { sweepProblemText } from "./sweep-problem-text.js";
import { readSweepFile } from "./sweep-read.js";
import { renderSweepResults, type SweepResults } from "./sweep-results.js";
import type { SweepTable } from "./sweep-table.js";

export interface SweepDeps {
  /** Optional: also tell the page's shared status region (the panel has its own status line). */
  announce?: (message: string) => void;
}

export interface SweepPanel {
  /** Reads a results file as if the user had chosen it; resolves true when it was loaded. */
  load(file: Blob, fileName: string): Promise<boolean>;
  /** The loaded table and what is drawn (for tests and export). */
  readonly table: SweepTable | undefined;
  readonly results: SweepResults | undefined;
  destroy(): void;
}

/** What the status line says, kept as data so a change of language can say it again. */
type Status =
  | { kind: "none" }
  | { kind: "reading"; fileName: string; share: number }
  | { kind: "loaded" }
  | { kind: "problem"; fileName: string; text: () => string; hadData: boolean };

export function mountSweepPanel(container: HTMLElement, deps: SweepDeps = {}): SweepPanel {
  let table: SweepTable | undefined;
  let selection: SweepSelection | undefined;
  let controls: SweepControls | undefined;
  let results: SweepResults | undefined;
  let status: Status = { kind: "none" };
  let reading: AbortController | undefined;
  const openTables = new Set<string>();

  const heading = el("h2");
  const intro = el("p", { class: "help" });
  const input = el("input", {
    attrs: {
      type: "file",
      accept: ".csv,.jsonl,.ndjson,.parquet,text/csv,application/x-ndjson",
      "data-testid": "sweep-file",
    },
  });
  input.id = uniqueId("sweep-file");
  const inputLabel = el("label", { attrs: { for: input.id } });
  const dropHint = el("p", { class: "help" });
  const dropZone = el(
    "div",
    { class: "field sweep-drop-zone", attrs: { "data-testid": "sweep-drop-zone" } },
    [inputLabel, input, dropHint],
  );
  // Until the page's stylesheet styles it, the drop zone shows as a dashed box.
  dropZone.style.border = "2px dashed var(--line, #999)";
  dropZone.style.padding = "0.75rem";
  const statusLine = el("p", { attrs: { role: "status", "data-testid": "sweep-status" } });
  const problemLine = el("p", { class: "error", attrs: { role: "alert", "data-testid": "sweep-problem" } });
  const controlsSlot = el("div");
  const resultsSlot = el("div");
  const section = el("section", { class: "panel sweep-panel", attrs: { "data-testid": "sweep-panel" } }, [
    heading,
    intro,
    dropZone,
    statusLine,
    problemLine,
    controlsSlot,
    resultsSlot,
  ]);
  container.append(section);

  function statusText(): string {
    switch (status.kind) {
      case "none":
        return sweepText("nothing_loaded");
      case "reading":
        return sweepText("reading", { file: status.fileName, percent: formatPercent(status.share, 0) });
      case "loaded":
      case "problem":
        return table ? loadedText(table) : sweepText("nothing_loaded");
    }
  }

  function problemText(): string {
    if (status.kind !== "problem") return "";
    return status.hadData ? `${status.text()} ${sweepText("previous_kept")}` : status.text();
  }

  function relabel(): void {
    heading.textContent = sweepText("title");
    intro.textContent = sweepText("intro");
    inputLabel.textContent = sweepText("file_label");
    dropHint.textContent = sweepText("drop_hint");
    dropZone.setAttribute("aria-label", sweepText("drop_zone_label"));
    statusLine.textContent = statusText();
    problemLine.textContent = problemText();
    problemLine.hidden = status.kind !== "problem";
    controls?.relabel();
    redraw();
  }

  function redraw(): void {
    if (!table || !selection) {
      resultsSlot.replaceChildren();
      results = undefined;
      return;
    }
    results = renderSweepResults(table, selection, openTables);
    resultsSlot.replaceChildren(results.element);
  }

  function show(next: SweepTable): void {
    table = next;
    selection = defaultSelection(next);
    controls = createSweepControls(next, selection, (changed) => {
      selection = changed;
      redraw();
    });
    controlsSlot.replaceChildren(controls.element);
  }

  async function load(file: Blob, fileName: string): Promise<boolean> {
    reading?.abort();
    const controller = new AbortController();
    reading = controller;
    status = { kind: "reading", fileName, share: 0 };
    relabelStatus();
    try {
      const loaded = await readSweepFile(file, fileName, {
        signal: controller.signal,
        onProgress: (read, total) => {
          if (reading !== controller) return;
          status = { kind: "reading", fileName, share: total > 0 ? read / total : 0 };
          statusLine.textContent = statusText();
        },
      });
      if (reading !== controller) return false;
      show(loaded);
      status = { kind: "loaded" };
      relabel();
      deps.announce?.(statusText());
      return true;
    } catch (error) {
      if (reading !== controller || controller.signal.aborted) return false;
      if (!(error instanceof SweepFileError)) throw error;
      const problem = error.problem;
      status = {
        kind: "problem",
        fileName,
        text: () => sweepProblemText(fileName, problem),
        hadData: !!table,
      };
      relabelStatus();
      deps.announce?.(problemText());
      return false;
    } finally {
      if (reading === controller) reading = undefined;
    }
  }

  function relabelStatus(): void {
    statusLine.textContent = statusText();
    problemLine.textContent = problemText();
    problemLine.hidden = status.kind !== "problem";
  }

  const loadFirst = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void load(file, file.name);
  };
  input.addEventListener("change", () => {
    loadFirst(input.files);
    // The same file chosen again (after fixing it) must load again.
    input.value = "";
  });
  dropZone.addEventListener("dragover", (event) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    dropZone.style.borderColor = "var(--accent, #0072b2)";
  });
  dropZone.addEventListener("dragleave", () => (dropZone.style.borderColor = ""));
  dropZone.addEventListener("drop", (event) => {
    event.preventDefault();
    dropZone.style.borderColor = "";
    loadFirst(event.dataTransfer?.files);
  });

  relabel();
  const stopLang = onLangChange(relabel);
  return {
    load,
    get table() {
      return table;
    },
    get results() {
      return results;
    },
    destroy() {
      reading?.abort();
      stopLang();
      section.remove();
    },
  };
}

function loadedText(table: SweepTable): string {
  const count = (n: number) => formatNumber(n, { digits: 0 });
  return sweepText("loaded", {
    file: table.fileName,
    runs: count(table.runCount),
    rows: count(table.rowCount),
    parameters: count(table.parameters.length),
    first: formatYear(table.calendarYears.get(table.years[0]!) ?? table.years[0]),
    last: formatYear(table.calendarYears.get(table.years[table.years.length - 1]!) ?? table.years.at(-1)),
  });
}
