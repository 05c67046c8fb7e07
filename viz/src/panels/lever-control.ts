// One lever as a real form control: a <label> bound to its input (so it is found by its label, by
// screen readers and by getByLabel), the help text linked with aria-describedby, and the current
// value written next to the label in the reader's language.
import type { ScenarioInput } from "../../../sim/index.js";
import { el, uniqueId } from "../app/dom.js";
import { liveText, onRelabel } from "../app/live-text.js";
import {
  formatLeverValue,
  leverDefault,
  leverHelp,
  leverLabel,
  valueAtPath,
  type Lever,
} from "../scenario/levers.js";
import { leverText } from "../i18n/messages/levers.js";

/** Writes a new value at the lever's path. */
export type SetValue = (path: string, value: unknown) => void;

export interface LeverControl {
  element: HTMLElement;
  /** Shows the scenario's value (after a preset, a loaded file, an edit elsewhere). */
  update(scenario: ScenarioInput): void;
}

/** The scenario's value at the lever's path, or the model's default where the scenario is silent. */
export function leverValue(scenario: ScenarioInput, lever: Lever): unknown {
  return valueAtPath(scenario, lever.path) ?? leverDefault(lever);
}

interface Parts {
  id: string;
  helpId: string;
  label: HTMLLabelElement;
  value: HTMLElement;
  help: HTMLElement;
}

function parts(
  lever: Lever,
  labelText: () => string = () => leverLabel(lever),
  sharedHelpId?: string,
): Parts {
  const id = uniqueId(`lever-${lever.path.replaceAll(".", "-")}`);
  const helpId = sharedHelpId ?? `${id}-help`;
  return {
    id,
    helpId,
    label: liveText(el("label", { attrs: { for: id } }), labelText),
    value: el("span", { class: "value", attrs: { "aria-hidden": "true" } }),
    help: liveText(el("p", { class: "help", attrs: { id: helpId } }), () => leverHelp(lever)),
  };
}

export interface RangeOptions {
  /** The label's text, when it is not the lever's (one slider per island group). */
  labelText?: () => string;
  /** Help shown once for several sliders: its element id; the slider then shows no help of its own. */
  sharedHelpId?: string;
  /** The written value, when it is not formatLeverValue of the value (e.g. "follows the mean"). */
  valueText?: (value: unknown) => string;
  /** Further elements after the slider (a reset button). */
  extra?: HTMLElement[];
}

/** A slider over the lever's range; the written value is also the slider's spoken value. */
export function rangeControl(
  lever: Lever,
  bounds: { min: number; max: number; step: number },
  read: (scenario: ScenarioInput) => unknown,
  write: (value: number) => void,
  options: RangeOptions = {},
): LeverControl {
  const p = parts(lever, options.labelText, options.sharedHelpId);
  const valueText = options.valueText ?? ((value: unknown) => formatLeverValue(lever, value));
  const input = el("input", {
    attrs: {
      id: p.id,
      type: "range",
      min: bounds.min,
      max: bounds.max,
      step: bounds.step,
      "aria-describedby": p.helpId,
      "data-path": lever.path,
    },
  });
  let shown: unknown;
  const show = (value: unknown): void => {
    shown = value;
    if (typeof value === "number") input.value = String(value);
    const text = valueText(value);
    p.value.textContent = text;
    input.setAttribute("aria-valuetext", text);
  };
  input.addEventListener("input", () => {
    const value = Number(input.value);
    show(value);
    write(value);
  });
  // The written and the spoken value follow the language.
  onRelabel(input, () => show(shown));
  const element = el("div", { class: "field" }, [
    el("div", { class: "label-line" }, [p.label, p.value]),
    input,
    options.sharedHelpId === undefined ? p.help : null,
    ...(options.extra ?? []),
  ]);
  return { element, update: (scenario) => show(read(scenario)) };
}

export function toggleControl(lever: Lever, setValue: SetValue): LeverControl {
  const p = parts(lever);
  const input = el("input", {
    attrs: { id: p.id, type: "checkbox", "aria-describedby": p.helpId, "data-path": lever.path },
    on: { change: () => setValue(lever.path, input.checked) },
  });
  const element = el("div", { class: "field checkbox" }, [input, p.label, p.help]);
  return {
    element,
    update: (scenario) => {
      input.checked = leverValue(scenario, lever) === true;
    },
  };
}

export function selectControl(
  lever: Lever & { control: { kind: "select" } },
  setValue: SetValue,
): LeverControl {
  const p = parts(lever);
  const select = el("select", {
    attrs: { id: p.id, "aria-describedby": p.helpId, "data-path": lever.path },
    on: { change: () => setValue(lever.path, select.value) },
  });
  for (const option of lever.control.options) {
    select.append(
      liveText(el("option", { attrs: { value: option.value } }), () => leverText(option.labelKey)),
    );
  }
  const element = el("div", { class: "field" }, [p.label, select, p.help]);
  return {
    element,
    update: (scenario) => {
      select.value = String(leverValue(scenario, lever));
    },
  };
}
