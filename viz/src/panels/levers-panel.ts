// The levers, in the groups of the source text's strategies, each group a disclosure with a fieldset.
// A group's cost and calibration assumptions (levers marked `detail`) fold under a further disclosure,
// so that the first view shows one control per policy. Controls that need the world's island groups
// are rebuilt when a run reveals them.
import type { ScenarioInput } from "../../../sim/index.js";
import { el, replaceChildren } from "../app/dom.js";
import { liveText } from "../app/live-text.js";
import { leverText } from "../i18n/messages/levers.js";
import { lessonsText } from "../i18n/messages/lessons.js";
import { uiText } from "../i18n/messages/ui.js";
import { LEVER_GROUPS, leversInGroup, type Lever, type LeverGroupId } from "../scenario/levers.js";
import { timingControl } from "./timing-control.js";
import {
  egoByGroupControl,
  egoByRegionControl,
  regionSetsControl,
  type RegionChoice,
} from "./group-lever-controls.js";
import {
  leverValue,
  rangeControl,
  selectControl,
  toggleControl,
  type LeverControl,
  type SetValue,
} from "./lever-control.js";

export interface LeversPanel {
  element: HTMLElement;
  update(scenario: ScenarioInput): void;
  /** The island groups of the current world (in the world's order). */
  setGroups(groups: readonly string[]): void;
  /** The loaded world's regions, for ego per region (sliders only in small worlds). */
  setRegions(regions: readonly RegionChoice[]): void;
  /**
   * Marks the levers of these scenario paths (a lesson's `highlight`: a lever's path, or a prefix or
   * extension of it) and opens their groups; an empty list clears the marks. Returns the paths that
   * no lever of the panel shows (settings only a scenario file can change).
   */
  highlight(paths: readonly string[]): string[];
}

export interface LeversPanelOptions {
  setValue: SetValue;
  /** Paths shown elsewhere (the run's years are with the run controls). */
  omit?: ReadonlySet<string>;
  /** Groups open at first; the rest start folded. */
  openGroups?: ReadonlySet<LeverGroupId>;
}

const DEFAULT_OPEN: ReadonlySet<LeverGroupId> = new Set([
  "regulation",
  "capacity",
  "financing",
  "coordination",
  "participation",
  "ego",
]);

/** The control for one lever of the catalogue, with its timing window when it is a policy's main control. */
export function leverControl(
  lever: Lever,
  groups: readonly string[],
  setValue: SetValue,
  regions: readonly RegionChoice[] = [],
): LeverControl {
  const main = baseControl(lever, groups, setValue, regions);
  const { timing } = lever;
  if (timing === undefined) return main;
  const inForce = timingControl({ ...lever, timing }, setValue);
  return {
    element: el("div", { class: "policy-lever" }, [main.element, inForce.element]),
    update: (scenario) => {
      main.update(scenario);
      inForce.update(scenario);
    },
  };
}

function baseControl(
  lever: Lever,
  groups: readonly string[],
  setValue: SetValue,
  regions: readonly RegionChoice[],
): LeverControl {
  const control = lever.control;
  switch (control.kind) {
    case "range":
      return rangeControl(
        lever,
        control,
        (scenario) => leverValue(scenario, lever),
        (value) => setValue(lever.path, value),
      );
    case "toggle":
      return toggleControl(lever, setValue);
    case "select":
      return selectControl({ ...lever, control }, setValue);
    case "egoByGroup":
      return egoByGroupControl({ ...lever, control }, groups, setValue);
    case "egoByRegion":
      return egoByRegionControl({ ...lever, control }, regions, setValue);
    case "regionSets":
      return regionSetsControl({ ...lever, control }, groups, setValue);
  }
}

export function createLeversPanel(initial: ScenarioInput, options: LeversPanelOptions): LeversPanel {
  const open = options.openGroups ?? DEFAULT_OPEN;
  let scenario = initial;
  let groups: readonly string[] = [];
  let regions: readonly RegionChoice[] = [];
  let controls: LeverControl[] = [];
  let placed: { lever: Lever; element: HTMLElement }[] = [];
  let highlighted: readonly string[] = [];
  const body = el("div", { class: "lever-groups" });

  function build(): void {
    controls = [];
    placed = [];
    const sections = LEVER_GROUPS.map((group) => {
      const levers = leversInGroup(group.id).filter((lever) => !options.omit?.has(lever.path));
      const make = (lever: Lever): HTMLElement => {
        const control = leverControl(lever, groups, options.setValue, regions);
        controls.push(control);
        placed.push({ lever, element: control.element });
        return control.element;
      };
      const main = levers.filter((lever) => !lever.detail).map(make);
      const details = levers.filter((lever) => lever.detail).map(make);
      const detailsSection =
        details.length === 0
          ? null
          : el("details", { class: "lever-details" }, [
              liveText(el("summary"), () => uiText("lever_details")),
              ...details,
            ]);
      const helpId = `lever-group-${group.id}-help`;
      return el(
        "details",
        { class: "lever-group", attrs: { open: open.has(group.id), "data-group": group.id } },
        [
          liveText(el("summary"), () => leverText(group.labelKey)),
          el("fieldset", { attrs: { "aria-describedby": helpId } }, [
            liveText(el("legend", { class: "visually-hidden" }), () => leverText(group.labelKey)),
            liveText(el("p", { class: "help", attrs: { id: helpId } }), () => leverText(group.helpKey)),
            ...main,
            detailsSection,
          ]),
        ],
      );
    });
    // Keeps which groups the user opened or closed across a rebuild.
    const wasOpen = new Map(
      Array.from(body.querySelectorAll<HTMLDetailsElement>("details.lever-group")).map((d) => [
        d.dataset.group,
        d.open,
      ]),
    );
    for (const section of sections) {
      const remembered = wasOpen.get(section.dataset.group);
      if (remembered !== undefined) section.open = remembered;
    }
    replaceChildren(body, sections);
    for (const control of controls) control.update(scenario);
    applyHighlight();
  }

  function applyHighlight(): void {
    for (const { lever, element } of placed) {
      const on = highlighted.some((path) => leverMeets(lever, path));
      element.classList.toggle("lever-highlighted", on);
      element.querySelector(":scope > .lever-badge")?.remove();
      if (!on) continue;
      element.prepend(liveText(el("span", { class: "lever-badge" }), () => lessonsText("highlighted")));
      for (let node = element.parentElement; node && node !== body; node = node.parentElement) {
        if (node instanceof HTMLDetailsElement) node.open = true;
      }
    }
  }

  build();
  const element = el(
    "section",
    { class: "panel levers-panel", attrs: { "aria-labelledby": "levers-heading", "data-testid": "levers" } },
    [liveText(el("h2", { attrs: { id: "levers-heading" } }), () => uiText("levers_heading")), body],
  );

  return {
    element,
    update(next) {
      scenario = next;
      for (const control of controls) control.update(scenario);
    },
    setGroups(next) {
      if (next.length === groups.length && next.every((group, i) => group === groups[i])) return;
      groups = next.slice();
      build();
    },
    setRegions(next) {
      const same =
        next.length === regions.length &&
        next.every(
          (r, i) => r.id === regions[i]?.id && r.name === regions[i]?.name && r.group === regions[i]?.group,
        );
      if (same) return;
      regions = next.map(({ id, name, group }) => ({ id, name, group }));
      build();
    },
    highlight(paths) {
      highlighted = paths.slice();
      applyHighlight();
      return highlighted.filter((path) => !placed.some(({ lever }) => leverMeets(lever, path)));
    },
  };
}

/** Whether a highlighted path is this lever's setting, or its policy's timing window (from, until). */
export function leverMeets(lever: Lever, path: string): boolean {
  if (pathsMeet(lever.path, path)) return true;
  return lever.timing !== undefined && (path === `${lever.timing}.from` || path === `${lever.timing}.until`);
}

/** A lever's path and a highlighted path name the same setting, or one contains the other. */
export function pathsMeet(leverPath: string, path: string): boolean {
  return leverPath === path || leverPath.startsWith(`${path}.`) || path.startsWith(`${leverPath}.`);
}
