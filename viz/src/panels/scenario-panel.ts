// The scenario as a whole: a preset (with the question it answers), load and save as JSON (checked
// with the CLI's schema; a bad file changes nothing and says which file and field), and the link
// that reproduces the run. The scenario's own description is untrusted text: it is shown as text.
import type { ScenarioInput } from "../../../sim/index.js";
import type { AppStore } from "../app/app-store.js";
import { el, uniqueId } from "../app/dom.js";
import { liveText, onRelabel } from "../app/live-text.js";
import { downloadText } from "../export/index.js";
import { getLang } from "../i18n/i18n.js";
import { uiText } from "../i18n/messages/ui.js";
import { PRESETS, splitQuestion, type ScenarioPreset } from "../scenario/presets.js";
import { readScenarioText, scenarioFileName, scenarioFileText } from "../scenario/scenario-file.js";
import type { StatusPanel } from "./status-panel.js";
import { createWorldPanel } from "./world-panel.js";

export interface ScenarioPanel {
  element: HTMLElement;
  update(scenario: ScenarioInput): void;
}

/** The preset a scenario was made from (by name), if any. */
export function presetOf(scenario: ScenarioInput): ScenarioPreset | undefined {
  return PRESETS.find((preset) => preset.name === scenario.name);
}

/** Whether the scenario still equals its preset (the world and run settings aside, the user's own). */
export function isUnchangedPreset(scenario: ScenarioInput, preset: ScenarioPreset): boolean {
  const strip = ({ world: _w, seed: _s, years: _y, ...rest }: ScenarioInput) =>
    JSON.stringify(sortKeys(rest));
  return strip(scenario) === strip(preset.input);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}

function presetTitle(preset: ScenarioPreset): string {
  const key = `preset_${preset.name.replaceAll("-", "_")}`;
  return uiText.has(key) ? uiText(key) : preset.name;
}

export function createScenarioPanel(store: AppStore, status: StatusPanel): ScenarioPanel {
  const presetId = uniqueId("preset");
  const presetSelect = el("select", {
    attrs: { id: presetId, "data-testid": "preset", "aria-describedby": `${presetId}-question` },
    on: {
      change: () => {
        const preset = PRESETS.find((p) => p.name === presetSelect.value);
        if (!preset) return;
        // The world and the run settings stay as the user set them; the preset brings its policies.
        const { world, seed, years } = store.state.scenario;
        store.replaceScenario({
          ...preset.input,
          ...(world === undefined ? {} : { world }),
          ...(seed === undefined ? {} : { seed }),
          ...(years === undefined || preset.input.years !== undefined ? {} : { years }),
        });
        status.info(() => uiText("status_preset", { name: presetTitle(preset) }));
      },
    },
  });
  const customOption = el("option", { attrs: { value: "" } });
  presetSelect.append(
    customOption,
    ...PRESETS.map((preset) => el("option", { attrs: { value: preset.name } })),
  );
  const question = el("p", {
    class: "question",
    attrs: { id: `${presetId}-question`, "data-testid": "question" },
  });

  const fileId = uniqueId("scenario-file");
  const fileInput = el("input", {
    attrs: { id: fileId, type: "file", accept: ".json,application/json", "data-testid": "scenario-file" },
    on: { change: () => void loadFile() },
  });

  async function loadFile(): Promise<void> {
    const file = fileInput.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) loads it again.
    fileInput.value = "";
    if (!file) return;
    const result = readScenarioText(file.name, await file.text());
    if (!result.ok) {
      status.error(() => uiText("scenario_file_invalid", { message: result.message }));
      return;
    }
    status.clearError();
    store.replaceScenario(result.input);
    status.info(() => uiText("status_scenario_loaded", { file: file.name }));
  }

  const save = el("button", {
    attrs: { type: "button", "data-testid": "save-scenario" },
    on: {
      click: () => {
        const input = store.state.scenario;
        downloadText(scenarioFileName(input), scenarioFileText(input), "application/json");
      },
    },
  });
  liveText(save, () => uiText("scenario_save"));

  const linkId = uniqueId("share-link");
  const linkField = el("input", { attrs: { id: linkId, type: "text", readonly: true } });
  const linkBox = el("div", { class: "field", attrs: { hidden: true } }, [
    liveText(el("label", { attrs: { for: linkId } }), () => uiText("share_link_label")),
    linkField,
  ]);
  const share = el("button", {
    attrs: { type: "button", "data-testid": "copy-link" },
    on: {
      click: () => {
        const href = location.href;
        const shown = (): void => {
          linkField.value = href;
          linkBox.hidden = false;
          linkField.select();
        };
        if (!navigator.clipboard) {
          shown();
          status.info(() => uiText("share_copy_manually"));
          return;
        }
        navigator.clipboard.writeText(href).then(
          () => status.info(() => uiText("share_copied")),
          () => {
            shown();
            status.info(() => uiText("share_copy_manually"));
          },
        );
      },
    },
  });
  liveText(share, () => uiText("share_copy"));

  const world = createWorldPanel(store, status);

  const element = el(
    "section",
    { class: "panel scenario-panel", attrs: { "aria-labelledby": "scenario-heading" } },
    [
      liveText(el("h2", { attrs: { id: "scenario-heading" } }), () => uiText("scenario_heading")),
      el("div", { class: "field" }, [
        liveText(el("label", { attrs: { for: presetId } }), () => uiText("preset_label")),
        presetSelect,
        question,
      ]),
      el("div", { class: "field" }, [
        liveText(el("label", { attrs: { for: fileId } }), () => uiText("scenario_load")),
        fileInput,
      ]),
      el("div", { class: "button-row" }, [save, share]),
      linkBox,
      world.element,
    ],
  );

  let current = store.state.scenario;
  function render(): void {
    const preset = presetOf(current);
    for (const option of Array.from(presetSelect.options)) {
      const match = PRESETS.find((p) => p.name === option.value);
      option.textContent = match ? presetTitle(match) : uiText("preset_custom");
    }
    presetSelect.value = preset ? preset.name : "";
    customOption.hidden = preset !== undefined;
    const lang = getLang();
    const text = preset ? preset.question[lang] : splitQuestion(current.description ?? "")[lang];
    const modified = preset !== undefined && !isUnchangedPreset(current, preset);
    question.textContent = [text, modified ? uiText("preset_modified") : ""].filter(Boolean).join(" ");
  }
  onRelabel(element, render);

  return {
    element,
    update(scenario) {
      current = scenario;
      render();
      world.update(store.state);
    },
  };
}
