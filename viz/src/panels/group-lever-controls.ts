// Levers whose controls depend on the loaded world: ego per island group, and the island groups that
// form regional bodies. Group names come from the world file (untrusted): they are only set as text.
import type { ScenarioInput } from "../../../sim/index.js";
import { el, uniqueId } from "../app/dom.js";
import { liveText } from "../app/live-text.js";
import { leverText } from "../i18n/messages/levers.js";
import { uiText } from "../i18n/messages/ui.js";
import {
  formatLeverValue,
  leverByPath,
  leverHelp,
  leverLabel,
  valueAtPath,
  type Lever,
} from "../scenario/levers.js";
import { leverValue, rangeControl, type LeverControl, type SetValue } from "./lever-control.js";

type EgoLever = Lever & { control: { kind: "egoByGroup" } };
type SetsLever = Lever & { control: { kind: "regionSets" } };
type EgoRegionLever = Lever & { control: { kind: "egoByRegion" } };

/** A region of the loaded world as the per-region controls name it (the name is untrusted text). */
export interface RegionChoice {
  id: string;
  name: string;
  group: string;
}

function record(value: unknown): Record<string, number> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? { ...(value as Record<string, number>) }
    : {};
}

/**
 * One slider per island group; a group without its own value follows the overall mean (ego.mean),
 * which its slider then shows, and a button gives a set group back to the mean.
 */
export function egoByGroupControl(
  lever: EgoLever,
  groups: readonly string[],
  setValue: SetValue,
): LeverControl {
  const helpId = uniqueId("ego-by-group-help");
  const meanLever = leverByPath("ego.mean");
  const byGroup = (scenario: ScenarioInput): Record<string, number> =>
    record(valueAtPath(scenario, lever.path));
  const controls = groups.map((group) => {
    let latest: Record<string, number> = {};
    const reset = el("button", {
      class: "small",
      attrs: { type: "button" },
      on: {
        click: () => {
          const next = { ...latest };
          delete next[group];
          // With no group left, the field goes: the scenario says only what differs from defaults.
          setValue(lever.path, Object.keys(next).length === 0 ? undefined : next);
        },
      },
    });
    liveText(reset, () => uiText("ego_group_follow_mean", { group }));
    const control = rangeControl(
      lever,
      lever.control,
      (scenario) => {
        latest = byGroup(scenario);
        reset.hidden = !Object.hasOwn(latest, group);
        return latest[group] ?? (meanLever ? leverValue(scenario, meanLever) : undefined);
      },
      (value) => setValue(lever.path, { ...latest, [group]: value }),
      {
        labelText: () => uiText("ego_group_label", { lever: leverLabel(lever), group }),
        sharedHelpId: helpId,
        valueText: (value) =>
          Object.hasOwn(latest, group)
            ? formatLeverValue(lever, value)
            : uiText("ego_group_inherits", { value: formatLeverValue(lever, value) }),
        extra: [reset],
      },
    );
    return control;
  });
  const legend = liveText(el("legend"), () => leverLabel(lever));
  const help = liveText(el("p", { class: "help", attrs: { id: helpId } }), () => leverHelp(lever));
  const element = el("fieldset", { class: "group-levers" }, [
    legend,
    help,
    groups.length === 0 ? liveText(el("p", { class: "help" }), () => uiText("groups_after_run")) : null,
    ...controls.map((control) => control.element),
  ]);
  return { element, update: (scenario) => controls.forEach((control) => control.update(scenario)) };
}

/**
 * Checkboxes: every region ("all", one body per island group) or chosen island groups. Members the
 * boxes do not show (region ids written in a scenario file) are kept as they are.
 */
export function regionSetsControl(
  lever: SetsLever,
  groups: readonly string[],
  setValue: SetValue,
): LeverControl {
  const helpId = uniqueId("region-sets-help");
  const { all } = lever.control;
  let members: string[] = [];
  const write = (next: string[]): void => setValue(lever.path, next);

  const checkbox = (value: string, labelText: () => string) => {
    const id = uniqueId("member");
    const input = el("input", {
      attrs: { id, type: "checkbox", value, "aria-describedby": helpId },
      on: {
        change: () => {
          const rest = members.filter((member) => member !== value);
          write(input.checked ? [...rest, value] : rest);
        },
      },
    });
    const label = liveText(el("label", { attrs: { for: id } }), labelText);
    return { input, element: el("div", { class: "field checkbox" }, [input, label]) };
  };

  const allBox = checkbox(all, () => leverText("value.allGroups"));
  const groupBoxes = groups.map((group) => ({ group, ...checkbox(group, () => group) }));
  const valueLine = el("p", { class: "value", attrs: { "aria-live": "off" } });
  liveText(valueLine, () => formatLeverValue(lever, members));
  const element = el("fieldset", { class: "group-levers", attrs: { "data-path": lever.path } }, [
    liveText(el("legend"), () => leverLabel(lever)),
    liveText(el("p", { class: "help", attrs: { id: helpId } }), () => leverHelp(lever)),
    allBox.element,
    ...groupBoxes.map((box) => box.element),
    valueLine,
  ]);
  return {
    element,
    update: (scenario) => {
      const value = leverValue(scenario, lever);
      members = Array.isArray(value) ? value.map(String) : [];
      const everyRegion = members.includes(all);
      allBox.input.checked = everyRegion;
      for (const box of groupBoxes) {
        box.input.checked = everyRegion || members.includes(box.group);
        box.input.disabled = everyRegion;
      }
      valueLine.textContent = formatLeverValue(lever, members);
    },
  };
}

/**
 * One slider per region, for small worlds (a lesson's two neighbours, the provinces): a region without
 * its own value follows its island group's ego, else the mean, which its slider then shows; a button
 * gives a set region back. Above `maxRegions` a note points to the scenario file instead.
 */
export function egoByRegionControl(
  lever: EgoRegionLever,
  regions: readonly RegionChoice[],
  setValue: SetValue,
): LeverControl {
  const helpId = uniqueId("ego-by-region-help");
  const meanLever = leverByPath("ego.mean");
  const { maxRegions } = lever.control;
  const byRegion = (scenario: ScenarioInput): Record<string, number> =>
    record(valueAtPath(scenario, lever.path));
  const inherited = (scenario: ScenarioInput, group: string): number | undefined => {
    const groupValue = record(valueAtPath(scenario, "ego.byGroup"))[group];
    return groupValue ?? (meanLever ? (leverValue(scenario, meanLever) as number | undefined) : undefined);
  };
  const shown = regions.length <= maxRegions ? regions : [];
  const controls = shown.map((region) => {
    let latest: Record<string, number> = {};
    const reset = el("button", {
      class: "small",
      attrs: { type: "button" },
      on: {
        click: () => {
          const next = { ...latest };
          delete next[region.id];
          setValue(lever.path, Object.keys(next).length === 0 ? undefined : next);
        },
      },
    });
    liveText(reset, () => uiText("ego_region_follow", { region: region.name }));
    return rangeControl(
      lever,
      lever.control,
      (scenario) => {
        latest = byRegion(scenario);
        reset.hidden = !Object.hasOwn(latest, region.id);
        return latest[region.id] ?? inherited(scenario, region.group);
      },
      (value) => setValue(lever.path, { ...latest, [region.id]: value }),
      {
        labelText: () => uiText("ego_group_label", { lever: leverLabel(lever), group: region.name }),
        sharedHelpId: helpId,
        valueText: (value) =>
          Object.hasOwn(latest, region.id)
            ? formatLeverValue(lever, value)
            : uiText("ego_region_inherits", { value: formatLeverValue(lever, value) }),
        extra: [reset],
      },
    );
  });
  const note =
    regions.length === 0
      ? liveText(el("p", { class: "help" }), () => uiText("groups_after_run"))
      : regions.length > maxRegions
        ? liveText(el("p", { class: "help" }), () =>
            uiText("ego_regions_too_many", { count: regions.length }),
          )
        : null;
  const element = el("fieldset", { class: "group-levers", attrs: { "data-path": lever.path } }, [
    liveText(el("legend"), () => leverLabel(lever)),
    liveText(el("p", { class: "help", attrs: { id: helpId } }), () => leverHelp(lever)),
    note,
    ...controls.map((control) => control.element),
  ]);
  return { element, update: (scenario) => controls.forEach((control) => control.update(scenario)) };
}
