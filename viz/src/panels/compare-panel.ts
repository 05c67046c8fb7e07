// The A/B comparison view: choose scenario A and B (the current scenario of the Simulation view, a
// preset, or the scenario a shared link brought), run both on the same world with the same seeds, and
// read the difference: in a sentence, in a table, in a difference chart and in overlaid charts.
//
// Mounted by the shell:
//
//   const panel = mountComparePanel(container, {
//     createClient: () => new SimClient(),          // called twice: A and B run side by side
//     worldSource: () => store.worldSource,         // the same world for both
//     currentScenario: () => store.state.scenario,  // the Simulation view's scenario, as written
//     replicates: () => store.state.replicates,
//     initial: { a: shared.scenario, b: shared.compare },   // from the address, if any
//     onChange: ({ a, b }) => writeAddress(...),    // url-state: `compare` = b (A is the scenario)
//   });
//   panel.refresh();   // e.g. when the tab is shown: re-runs if the scenario, world or replicates changed
//   panel.destroy();
//
// The panel follows the language by itself (onLangChange) and runs the comparison as soon as it is
// mounted and whenever A or B changes; the button runs it again.
import type { ScenarioInput } from "../../../sim/index.js";
import { el, uniqueId } from "../app/dom.js";
import { downloadText } from "../export/index.js";
import { formatNumber, formatYear } from "../i18n/format.js";
import { onLangChange } from "../i18n/i18n.js";
import { compareText } from "../i18n/messages/compare.js";
import { metricName } from "../i18n/metric-format.js";
import type { ErrorMessage, WorldSource } from "../run/protocol.js";
import type { RunData } from "../run/run-data.js";
import { PRESETS } from "../scenario/presets.js";
import {
  choiceLabel,
  choiceOf,
  CURRENT,
  presetChoice,
  sameScenario,
  scenarioOf,
  type ScenarioChoice,
} from "./compare-choice.js";
import { compareCsv } from "./compare-export.js";
import { DIFFERENCE_METRICS, renderCompareResults, type CompareResults } from "./compare-results.js";
import { runPair, type CompareClient, type Side } from "./compare-run.js";

export interface CompareDeps {
  /** Makes a simulation client (a SimClient); called twice, so that A and B run side by side. */
  createClient: () => CompareClient;
  /** The world both scenarios run on (the Simulation view's). */
  worldSource: () => WorldSource;
  /** The Simulation view's scenario, as written: the "current scenario" choice. */
  currentScenario: () => ScenarioInput;
  /** Replicates per scenario (seeds seed … seed + replicates − 1, the same for A and B). */
  replicates: () => number;
  /** A and B to start with (a shared link's scenario and `compare`); by default A = current, B = a preset. */
  initial?: { a?: ScenarioInput; b?: ScenarioInput };
  /**
   * Called when the user changes A or B, with both as written, for the shareable address (url-state
   * keeps A as the main scenario and B as `compare`). B runs with A's seed and years whatever its own.
   */
  onChange?: (state: { a: ScenarioInput; b: ScenarioInput }) => void;
}

export interface ComparePanel {
  /** Re-runs if the current scenario, the world or the replicates changed since the last run. */
  refresh(): void;
  /** The latest runs and what is drawn (for tests). */
  readonly runs: { a?: RunData; b?: RunData };
  readonly results: CompareResults | undefined;
  destroy(): void;
}

type Status =
  | { kind: "idle" }
  | { kind: "running"; side: Side; year: number; years: number }
  | { kind: "done"; first: number; last: number; years: number }
  | { kind: "error"; side: Side; message: string }
  | { kind: "same" }
  | { kind: "stopped" };

/** B by default: the incentive fund when there is such a preset (the question the issue asks), else the first other. */
function defaultB(current: ScenarioInput): ScenarioChoice {
  const fund = PRESETS.find((p) => p.name === "incentive-fund" && !sameScenario(p.input, current));
  const other = fund ?? PRESETS.find((p) => !sameScenario(p.input, current));
  return other ? presetChoice(other) : CURRENT;
}

export function mountComparePanel(container: HTMLElement, deps: CompareDeps): ComparePanel {
  const clients = { a: deps.createClient(), b: deps.createClient() };
  const link = { a: deps.initial?.a, b: deps.initial?.b };
  const current = deps.currentScenario();
  const choice: Record<Side, ScenarioChoice> = {
    a: link.a ? choiceOf(link.a, current) : CURRENT,
    b: link.b ? choiceOf(link.b, current, { asB: true }) : defaultB(current),
  };
  let differenceMetric: string = HEADLINE_DEFAULT;
  let status: Status = { kind: "idle" };
  let runs: { a?: RunData; b?: RunData } = {};
  let active: { cancel(): void } | undefined;
  let lastKey = "";
  let results: CompareResults | undefined;
  let frame: number | undefined;
  const openTables = new Set<string>();

  const heading = el("h2");
  const intro = el("p", { class: "help" });
  const selects = { a: choiceSelect("a"), b: choiceSelect("b") };
  const runButton = el("button", { attrs: { type: "button", "data-testid": "compare-run" } });
  const stopButton = el("button", { attrs: { type: "button", "data-testid": "compare-stop" } });
  const statusLine = el("p", { attrs: { role: "status", "data-testid": "compare-status" } });
  const problemLine = el("p", { class: "error", attrs: { role: "alert", "data-testid": "compare-problem" } });
  const summarySlot = el("div");
  const differenceHeading = el("h3");
  const differenceSelect = el("select", {
    attrs: { "data-testid": "compare-difference-metric" },
    on: {
      change: () => {
        differenceMetric = differenceSelect.value;
        draw();
      },
    },
  });
  differenceSelect.id = uniqueId("compare-difference");
  differenceSelect.style.maxWidth = "100%";
  const differenceLabel = el("label", { attrs: { for: differenceSelect.id } });
  const differenceSlot = el("div");
  const chartsHeading = el("h3");
  const chartsSlot = el("div");
  const csvButton = el("button", { attrs: { type: "button", "data-testid": "compare-csv" } });

  const section = el("section", { class: "panel compare-panel", attrs: { "data-testid": "compare-panel" } }, [
    heading,
    intro,
    el("div", { class: "field-row" }, [selects.a.field, selects.b.field]),
    el("div", { class: "button-row" }, [runButton, stopButton, csvButton]),
    statusLine,
    problemLine,
    summarySlot,
    differenceHeading,
    el("div", { class: "field" }, [differenceLabel, differenceSelect]),
    differenceSlot,
    chartsHeading,
    chartsSlot,
  ]);
  container.append(section);

  function choiceSelect(side: Side) {
    const select = el("select", {
      attrs: { "data-testid": `compare-${side}` },
      on: {
        change: () => {
          choice[side] = select.value as ScenarioChoice;
          announceChange();
          start();
        },
      },
    });
    select.id = uniqueId(`compare-${side}`);
    // Long scenario names must not push a phone's page wider than the screen.
    select.style.maxWidth = "100%";
    const label = el("label", { attrs: { for: select.id } });
    return { select, label, field: el("div", { class: "field" }, [label, select]) };
  }

  /** The choices in a list: the current scenario, the linked one (if any), then the presets. */
  function fillChoices(side: Side): void {
    const { select } = selects[side];
    const options: ScenarioChoice[] = [
      CURRENT,
      ...(link[side] && choice[side] === "link" ? ["link" as const] : []),
    ];
    const group = el("optgroup", { attrs: { label: compareText("presets_group") } });
    for (const preset of PRESETS) {
      group.append(
        el("option", { attrs: { value: presetChoice(preset) }, text: choiceLabel(presetChoice(preset)) }),
      );
    }
    select.replaceChildren(
      ...options.map((value) => el("option", { attrs: { value }, text: choiceLabel(value) })),
      group,
    );
    select.value = choice[side];
  }

  function scenarios(): { a: ScenarioInput; b: ScenarioInput } {
    const now = deps.currentScenario();
    return {
      a: scenarioOf(choice.a, now, link.a),
      b: scenarioOf(choice.b, now, link.b),
    };
  }

  function labels() {
    return {
      a: choiceLabel(choice.a, undefined, { short: true }),
      b: choiceLabel(choice.b, undefined, { short: true }),
    };
  }

  function announceChange(): void {
    deps.onChange?.(scenarios());
  }

  function start(): void {
    active?.cancel();
    active = undefined;
    const { a, b } = scenarios();
    const world = deps.worldSource();
    const replicates = deps.replicates();
    lastKey = JSON.stringify([a, b, world, replicates]);
    runs = {};
    if (sameScenario(a, b)) {
      status = { kind: "same" };
      draw();
      return;
    }
    status = { kind: "running", side: "a", year: 0, years: a.years ?? 0 };
    draw();
    active = runPair(
      clients,
      { world, a, b, replicates },
      {
        onProgress: (progress) => {
          runs = { ...progress };
          const side: Side = progress.b && (!progress.a || progress.a.complete) ? "b" : "a";
          const data = progress[side];
          if (data)
            status = { kind: "running", side, year: data.frames.length - 1, years: data.scenario.years };
          schedule();
        },
        onDone: (done) => {
          runs = done;
          const seeds = done.a.seeds;
          status = {
            kind: "done",
            first: seeds[0]!,
            last: seeds[seeds.length - 1]!,
            years: done.a.scenario.years,
          };
          active = undefined;
          schedule();
        },
        onError: (side: Side, message: ErrorMessage) => {
          status = { kind: "error", side, message: message.message };
          active = undefined;
          schedule();
        },
      },
    );
  }

  /** Draws at most once a frame while years stream in. */
  function schedule(): void {
    if (frame !== undefined) return;
    const raf =
      globalThis.requestAnimationFrame ?? ((callback: FrameRequestCallback) => setTimeout(callback, 16));
    frame = raf(() => {
      frame = undefined;
      draw();
    }) as number;
  }

  function statusText(): string {
    const count = (n: number) => formatNumber(n, { digits: 0 });
    switch (status.kind) {
      case "idle":
      case "same":
        return compareText("status_idle");
      case "running":
        return compareText("status_running", {
          which: status.side.toUpperCase(),
          year: count(Math.max(0, status.year)),
          years: count(status.years),
        });
      case "done":
        return status.first === status.last
          ? compareText("status_done_single", { first: formatYear(status.first), years: count(status.years) })
          : compareText("status_done", {
              replicates: count(status.last - status.first + 1),
              first: formatYear(status.first),
              last: formatYear(status.last),
              years: count(status.years),
            });
      case "error":
        return compareText("status_idle");
      case "stopped":
        return compareText("status_stopped");
    }
  }

  function problemText(): string {
    if (status.kind === "same") return compareText("same_scenario");
    if (status.kind === "error") {
      return compareText("status_error", { which: status.side.toUpperCase(), message: status.message });
    }
    return "";
  }

  function draw(): void {
    statusLine.textContent = statusText();
    problemLine.textContent = problemText();
    problemLine.hidden = problemLine.textContent === "";
    stopButton.disabled = status.kind !== "running";
    csvButton.disabled = !(runs.a?.complete && runs.b?.complete);
    results = renderCompareResults({ ...runs, labels: labels(), differenceMetric, openTables });
    summarySlot.replaceChildren(results.summaryElement);
    differenceSlot.replaceChildren(...(results.differenceCard ? [results.differenceCard] : []));
    chartsSlot.replaceChildren(results.chartsElement);
  }

  function relabel(): void {
    heading.textContent = compareText("title");
    intro.textContent = compareText("intro");
    selects.a.label.textContent = compareText("scenario_a_label");
    selects.b.label.textContent = compareText("scenario_b_label");
    fillChoices("a");
    fillChoices("b");
    runButton.textContent = compareText("run_button");
    stopButton.textContent = compareText("stop_button");
    csvButton.textContent = compareText("export_csv");
    differenceHeading.textContent = compareText("difference_heading");
    differenceLabel.textContent = compareText("difference_metric_label");
    differenceSelect.replaceChildren(
      ...DIFFERENCE_METRICS.map((metric) =>
        el("option", { attrs: { value: metric }, text: metricName(metric) }),
      ),
    );
    differenceSelect.value = differenceMetric;
    chartsHeading.textContent = compareText("charts_heading");
    draw();
  }

  runButton.addEventListener("click", () => start());
  stopButton.addEventListener("click", () => {
    active?.cancel();
    active = undefined;
    status = { kind: "stopped" };
    draw();
  });
  csvButton.addEventListener("click", () => {
    if (!runs.a || !runs.b) return;
    downloadText(`${compareText("export_csv_file")}.csv`, compareCsv(runs.a, runs.b, labels()), "text/csv");
  });

  relabel();
  start();
  const stopLang = onLangChange(relabel);
  return {
    refresh() {
      const { a, b } = scenarios();
      if (JSON.stringify([a, b, deps.worldSource(), deps.replicates()]) !== lastKey) start();
    },
    get runs() {
      return runs;
    },
    get results() {
      return results;
    },
    destroy() {
      active?.cancel();
      stopLang();
      clients.a.dispose?.();
      clients.b.dispose?.();
      section.remove();
    },
  };
}

const HEADLINE_DEFAULT = "williamson";
