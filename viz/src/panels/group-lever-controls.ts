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
  const controls = groups.map((group) =>
    keyedEgoSlider(lever, group, helpId, setValue, {
      inherited: (scenario) => (meanLever ? leverValue(scenario, meanLever) : undefined),
      label: () => uiText("ego_group_label", { lever: leverLabel(lever), group }),
      follow: () => uiText("ego_group_follow_mean", { group }),
      inherits: (value) => uiText("ego_group_inherits", { value }),
    }),
  );
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
  const inherited = (scenario: ScenarioInput, group: string): unknown =>
    record(valueAtPath(scenario, "ego.byGroup"))[group] ??
    (meanLever ? leverValue(scenario, meanLever) : undefined);
  const shown = regions.length <= maxRegions ? regions : [];
  const controls = shown.map((region) =>
    keyedEgoSlider(lever, region.id, helpId, setValue, {
      inherited: (scenario) => inherited(scenario, region.group),
      label: () => uiText("ego_group_label", { lever: leverLabel(lever), group: region.name }),
      follow: () => uiText("ego_region_follow", { region: region.name }),
      inherits: (value) => uiText("ego_region_inherits", { value }),
    }),
  );
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

/**
 * The slider of one key (an island group, a region id) of an ego map at `lever.path`: the key's own
 * value if set, else what it inherits, and a button that removes the key (and the map once empty: the
 * scenario says only what differs from the defaults).
 */
function keyedEgoSlider(
  lever: EgoLever | EgoRegionLever,
  key: string,
  helpId: string,
  setValue: SetValue,
  text: {
    inherited: (scenario: ScenarioInput) => unknown;
    label: () => string;
    follow: () => string;
    inherits: (formatted: string) => string;
  },
): LeverControl {
  let latest: Record<string, number> = {};
  const reset = el("button", {
    class: "small",
    attrs: { type: "button" },
    on: {
      click: () => {
        const next = { ...latest };
        delete next[key];
        setValue(lever.path, Object.keys(next).length === 0 ? undefined : next);
      },
    },
  });
  liveText(reset, text.follow);
  return rangeControl(
    lever,
    lever.control,
    (scenario) => {
      latest = record(valueAtPath(scenario, lever.path));
      reset.hidden = !Object.hasOwn(latest, key);
      return latest[key] ?? text.inherited(scenario);
    },
    (value) => setValue(lever.path, { ...latest, [key]: value }),
    {
      labelText: text.label,
      sharedHelpId: helpId,
      valueText: (value) =>
        Object.hasOwn(latest, key)
          ? formatLeverValue(lever, value)
          : text.inherits(formatLeverValue(lever, value)),
      extra: [reset],
    },
  );
}
