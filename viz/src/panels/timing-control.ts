// When a policy is in force: from a simulated year (1 = the first year after the data year) until a
// later one, or to the end of the run when "until" is left empty. Folded under the policy's control,
// since most questions keep a policy in force throughout.
import type { ScenarioInput } from "../../../sim/index.js";
import { el, uniqueId } from "../app/dom.js";
import { liveAttr, liveText } from "../app/live-text.js";
import { formatNumber } from "../i18n/format.js";
import { leverText } from "../i18n/messages/levers.js";
import { uiText } from "../i18n/messages/ui.js";
import { leverLabel, type Lever } from "../scenario/levers.js";
import { valueAt } from "../scenario/scenario-edit.js";
import type { LeverControl, SetValue } from "./lever-control.js";

const DEFAULT_YEARS = 30;

export function timingControl(lever: Lever & { timing: string }, setValue: SetValue): LeverControl {
  const fromPath = `${lever.timing}.from`;
  const untilPath = `${lever.timing}.until`;
  const helpId = uniqueId("timing-help");

  const field = (labelKey: "control.from" | "control.until", path: string, optional: boolean) => {
    const id = uniqueId("timing");
    const input = el("input", {
      attrs: {
        id,
        type: "number",
        min: 1,
        step: 1,
        inputmode: "numeric",
        "aria-describedby": helpId,
        "data-path": path,
      },
    });
    input.addEventListener("change", () => {
      const text = input.value.trim();
      if (text === "") {
        setValue(path, undefined);
        return;
      }
      const value = Math.round(Number(text));
      if (Number.isFinite(value) && value >= 1) setValue(path, value);
    });
    if (optional) liveAttr(input, "placeholder", () => leverText("control.untilEnd"));
    // The policy's name completes the label for screen readers, so that every timing field has its own.
    const label = el("label", { attrs: { for: id } }, [
      liveText(el("span"), () => leverText(labelKey)),
      liveText(el("span", { class: "visually-hidden" }), () => ` (${leverLabel(lever)})`),
    ]);
    return { input, element: el("div", { class: "field" }, [label, input]) };
  };
  const from = field("control.from", fromPath, false);
  const until = field("control.until", untilPath, true);
  const summary = el("summary");
  let inForce = { from: 1, until: undefined as number | undefined };
  liveText(summary, () => summaryText(inForce));
  const element = el("details", { class: "timing" }, [
    summary,
    el("div", { class: "field-row" }, [from.element, until.element]),
    liveText(el("p", { class: "help", attrs: { id: helpId } }), () => leverText("control.timing.help")),
  ]);

  return {
    element,
    update(scenario: ScenarioInput) {
      const years = valueAt(scenario, "years");
      const last = typeof years === "number" ? years : DEFAULT_YEARS;
      const fromValue = valueAt(scenario, fromPath);
      const untilValue = valueAt(scenario, untilPath);
      inForce = {
        from: typeof fromValue === "number" ? fromValue : 1,
        until: typeof untilValue === "number" ? untilValue : undefined,
      };
      from.input.max = String(last);
      until.input.max = String(last);
      until.input.min = String(inForce.from);
      from.input.value = String(inForce.from);
      until.input.value = inForce.until === undefined ? "" : String(inForce.until);
      summary.textContent = summaryText(inForce);
    },
  };
}

function summaryText(inForce: { from: number; until: number | undefined }): string {
  const from = formatNumber(inForce.from, { digits: 0 });
  return inForce.until === undefined
    ? uiText("timing_summary_end", { from })
    : uiText("timing_summary", { from, until: formatNumber(inForce.until, { digits: 0 }) });
}
