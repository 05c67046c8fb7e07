// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseScenario } from "../../../sim/index.js";
import { AppStore } from "../../../viz/src/app/app-store.js";
import { setLang } from "../../../viz/src/i18n/i18n.js";
import { createLeversPanel } from "../../../viz/src/panels/levers-panel.js";
import { LEVERS, leverLabel } from "../../../viz/src/scenario/levers.js";

const GROUPS = ["Sumatera", "Jawa", "<img src=x onerror=alert(1)>"];

function mount(scenario = {}, omit: ReadonlySet<string> = new Set()) {
  const store = new AppStore({ scenario });
  const panel = createLeversPanel(store.state.scenario, {
    setValue: (path, value) => store.setValue(path, value),
    omit,
  });
  store.subscribe((state) => panel.update(state.scenario));
  document.body.replaceChildren(panel.element);
  panel.setGroups(GROUPS);
  return { store, panel };
}

/** The form control a label is bound to, as getByLabel finds it. */
function controlLabelled(text: string): HTMLElement {
  const labels = Array.from(document.querySelectorAll("label")).filter(
    (label) => label.textContent?.trim() === text,
  );
  expect(labels, `one label "${text}"`).toHaveLength(1);
  const target = document.getElementById(labels[0]!.htmlFor);
  expect(target, `the control of "${text}"`).not.toBeNull();
  return target!;
}

function change(element: HTMLElement, value: string | boolean, event = "input"): void {
  if (element instanceof HTMLInputElement && element.type === "checkbox") element.checked = value === true;
  else (element as HTMLInputElement | HTMLSelectElement).value = String(value);
  element.dispatchEvent(new Event(event, { bubbles: true }));
}

describe("levers panel", () => {
  beforeEach(() => setLang("en", { remember: false }));
  afterEach(() => document.body.replaceChildren());

  it("renders one labelled control per plain lever, with its help linked and no duplicate labels", () => {
    mount();
    for (const lever of LEVERS) {
      if (["egoByGroup", "egoByRegion", "regionSets"].includes(lever.control.kind)) continue;
      const control = controlLabelled(leverLabel(lever));
      expect(control.dataset.path).toBe(lever.path);
      const help = document.getElementById(control.getAttribute("aria-describedby") ?? "");
      expect(help?.textContent?.length, `help of ${lever.path}`).toBeGreaterThan(10);
    }
    const labelFor = Array.from(document.querySelectorAll("label")).map((label) => label.htmlFor);
    expect(new Set(labelFor).size).toBe(labelFor.length);
    // Every control the panel makes has a label (or is a named group of them).
    for (const input of Array.from(document.querySelectorAll("input, select"))) {
      expect(document.querySelector(`label[for="${input.id}"]`), input.outerHTML).not.toBeNull();
    }
  });

  it("puts the levers in the source text's groups as fieldsets with legends", () => {
    mount();
    const groups = Array.from(document.querySelectorAll("details.lever-group"));
    expect(groups.map((group) => (group as HTMLElement).dataset.group)).toEqual([
      "regulation",
      "capacity",
      "financing",
      "coordination",
      "participation",
      "ego",
      "model",
    ]);
    for (const group of groups) expect(group.querySelector("fieldset > legend")?.textContent).not.toBe("");
  });

  it("changing a slider, a checkbox or a select updates the scenario that runs", () => {
    const { store } = mount();
    const harmonisation = LEVERS.find((lever) => lever.path === "policies.harmonisation.level")!;
    change(controlLabelled(leverLabel(harmonisation)), "0.5");
    const favourPoor = LEVERS.find((lever) => lever.path === "policies.incentiveFund.favourPoor")!;
    change(controlLabelled(leverLabel(favourPoor)), true, "change");
    const sharing = LEVERS.find((lever) => lever.path === "policies.benefitSharing.rule")!;
    change(controlLabelled(leverLabel(sharing)), "needs", "change");

    expect(store.state.scenario).toEqual({
      policies: {
        harmonisation: { level: 0.5 },
        incentiveFund: { favourPoor: true },
        benefitSharing: { rule: "needs" },
      },
    });
    const parsed = parseScenario(store.state.scenario);
    expect(parsed.policies.harmonisation.level).toBe(0.5);
  });

  it("shows the current value formatted in the reader's language", () => {
    mount({ policies: { incentiveFund: { budget: 500 } } });
    const budget = LEVERS.find((lever) => lever.path === "policies.incentiveFund.budget")!;
    const slider = controlLabelled(leverLabel(budget)) as HTMLInputElement;
    expect(slider.value).toBe("500");
    expect(slider.getAttribute("aria-valuetext")).toBe("Rp 500 billion");
    setLang("id", { remember: false });
    expect(slider.getAttribute("aria-valuetext")).toBe("Rp 500 miliar");
    expect(slider.parentElement?.querySelector(".value")?.textContent).toBe("Rp 500 miliar");
  });

  it("offers ego per island group of the world, group names as text", () => {
    const { store } = mount();
    const sliders = Array.from(document.querySelectorAll<HTMLInputElement>('input[data-path="ego.byGroup"]'));
    expect(sliders).toHaveLength(GROUPS.length);
    // The hostile group name is a label's text, not markup.
    expect(document.querySelector("img")).toBeNull();
    const jawa = Array.from(document.querySelectorAll("label")).find((label) =>
      label.textContent?.endsWith(" in Jawa"),
    );
    expect(jawa).toBeDefined();
    change(document.getElementById(jawa!.htmlFor)!, "0.8");
    expect(store.state.scenario).toEqual({ ego: { byGroup: { Jawa: 0.8 } } });
    expect(parseScenario(store.state.scenario).ego.byGroup).toEqual({ Jawa: 0.8 });
  });

  it("sets regional-body members by island group or all regions, keeping members it does not show", () => {
    const { store } = mount({ policies: { regionalBody: { members: ["ID-31"] } } });
    const box = (name: string) => {
      const label = Array.from(document.querySelectorAll(".group-levers label")).find(
        (l) => l.textContent === name,
      ) as HTMLLabelElement;
      return document.getElementById(label.htmlFor) as HTMLInputElement;
    };
    change(box("Sumatera"), true, "change");
    expect(store.state.scenario.policies?.regionalBody?.members).toEqual(["ID-31", "Sumatera"]);
    change(box("Sumatera"), false, "change");
    expect(store.state.scenario.policies?.regionalBody?.members).toEqual(["ID-31"]);
  });

  it("leaves out levers shown elsewhere", () => {
    mount({}, new Set(["years"]));
    expect(document.querySelector('[data-path="years"]')).toBeNull();
  });
});

describe("ego per region", () => {
  beforeEach(() => setLang("en", { remember: false }));

  const REGIONS = [
    { id: "KOTA", name: "Kota Mitra", group: "Contoh" },
    { id: "KAB", name: "<img src=x onerror=alert(1)>", group: "Contoh" },
  ];

  it("gives each region of a small world a slider that follows its group, else the mean, until set", () => {
    const { store, panel } = mount({ ego: { mean: 0.3, byGroup: { Contoh: 0.45 } } });
    panel.setRegions(REGIONS);
    const kota = controlLabelled("Regional ego of each region in Kota Mitra") as HTMLInputElement;
    expect(Number(kota.value)).toBe(0.45);
    change(kota, "0.8");
    expect(store.state.scenario.ego?.byRegion).toEqual({ KOTA: 0.8 });
    // The hostile name is a label's text, and no element was made of it.
    const kab = controlLabelled(
      "Regional ego of each region in <img src=x onerror=alert(1)>",
    ) as HTMLInputElement;
    expect(Number(kab.value)).toBe(0.45);
    expect(document.querySelector("img")).toBeNull();
    // The region's button gives it back to its group.
    const reset = Array.from(document.querySelectorAll("button")).find(
      (button) => button.textContent === "Follow the group or mean (Kota Mitra)",
    );
    expect(reset?.hidden).toBe(false);
    reset?.click();
    expect(store.state.scenario.ego?.byRegion).toBeUndefined();
  });

  it("points a large world to the scenario file instead of hundreds of sliders", () => {
    const { panel } = mount();
    panel.setRegions(
      Array.from({ length: 514 }, (_, i) => ({ id: `R${i}`, name: `Region ${i}`, group: "G" })),
    );
    const fieldset = document.querySelector("[data-path='ego.byRegion']");
    expect(fieldset?.querySelectorAll("input")).toHaveLength(0);
    expect(fieldset?.textContent).toContain("514 regions");
  });
});
