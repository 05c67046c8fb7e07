// The run's settings (replicates, seed, years) and the year playback. Replicates and seed are number
// fields; the years use the lever catalogue's control, so they read as in a scenario file.
import type { ScenarioInput } from "../../../sim/index.js";
import { MAX_REPLICATES, MIN_REPLICATES, type AppState, type AppStore } from "../app/app-store.js";
import { el, uniqueId } from "../app/dom.js";
import { liveText } from "../app/live-text.js";
import type { Playback } from "../app/playback.js";
import { uiText, type UiKey } from "../i18n/messages/ui.js";
import { leverByPath } from "../scenario/levers.js";
import { valueAt } from "../scenario/scenario-edit.js";
import { leverControl } from "./levers-panel.js";
import { createPlaybackControls } from "./playback-controls.js";

export interface RunControls {
  element: HTMLElement;
  update(state: AppState): void;
}

const DEFAULT_SEED = 1;
const DEFAULT_START_YEAR = 2022;

function numberField(
  labelKey: UiKey,
  helpKey: UiKey,
  attrs: Record<string, string | number>,
  onChange: (value: number) => void,
) {
  const id = uniqueId("run-setting");
  const helpId = `${id}-help`;
  const input = el("input", {
    attrs: { id, type: "number", inputmode: "numeric", "aria-describedby": helpId, ...attrs },
  });
  input.addEventListener("change", () => {
    const value = Number(input.value);
    if (input.value.trim() !== "" && Number.isFinite(value)) onChange(value);
  });
  const element = el("div", { class: "field" }, [
    liveText(el("label", { attrs: { for: id } }), () => uiText(labelKey)),
    input,
    liveText(el("p", { class: "help", attrs: { id: helpId } }), () => uiText(helpKey)),
  ]);
  return { input, element };
}

export function createRunControls(store: AppStore, playback: Playback): RunControls {
  const replicates = numberField(
    "replicates_label",
    "replicates_help",
    { min: MIN_REPLICATES, max: MAX_REPLICATES, step: 1, "data-testid": "replicates" },
    (value) => store.setReplicates(value),
  );
  const seed = numberField("seed_label", "seed_help", { step: 1, "data-testid": "seed" }, (value) =>
    store.setValue("seed", Math.round(value)),
  );
  const yearsLever = leverByPath("years");
  const years = yearsLever
    ? leverControl(yearsLever, [], (path, value) => store.setValue(path, value))
    : null;

  const calendarYear = (year: number): number => {
    const start = valueAt(store.state.scenario, "startYear");
    return (typeof start === "number" ? start : DEFAULT_START_YEAR) + year;
  };
  const element = el(
    "section",
    { class: "panel run-controls", attrs: { "aria-labelledby": "run-heading" } },
    [
      liveText(el("h2", { attrs: { id: "run-heading" } }), () => uiText("run_heading")),
      createPlaybackControls(playback, calendarYear),
      el("div", { class: "field-row run-settings" }, [
        replicates.element,
        seed.element,
        years?.element ?? null,
      ]),
    ],
  );

  function update(state: AppState): void {
    const scenario: ScenarioInput = state.scenario;
    replicates.input.value = String(state.replicates);
    const seedValue = valueAt(scenario, "seed");
    seed.input.value = String(typeof seedValue === "number" ? seedValue : DEFAULT_SEED);
    years?.update(scenario);
  }
  update(store.state);
  return { element, update };
}
