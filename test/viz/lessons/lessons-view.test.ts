// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { lessonSchema } from "../../../sim/lessons/lesson-schema.js";
import { setLang } from "../../../viz/src/i18n/i18n.js";
import type { CatalogueLesson } from "../../../viz/src/lessons/lesson-catalogue.js";
import { createLessonsView } from "../../../viz/src/lessons/lessons-view.js";
import { PredictionLog, type RecordStorage } from "../../../viz/src/lessons/prediction-log.js";
import { createLeversPanel, leverMeets, pathsMeet } from "../../../viz/src/panels/levers-panel.js";
import { leverByPath } from "../../../viz/src/scenario/levers.js";
import { fixtureLesson } from "./fixture-lesson.js";

const entry: CatalogueLesson = {
  folder: "02-uji",
  lesson: lessonSchema.parse(fixtureLesson()),
  scenario: { name: "uji-ego", years: 5 },
};

function memory(): RecordStorage {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

function mount() {
  const loadLesson = vi.fn();
  const log = new PredictionLog(memory());
  const view = createLessonsView({
    catalogue: { lessons: [entry], problems: ["09-broken: lesson.json: minutes: too small"] },
    log,
    loadLesson,
    now: () => new Date("2026-11-28T08:00:00Z"),
  });
  document.body.replaceChildren(view.element);
  return { view, loadLesson, log };
}

const button = (name: string): HTMLButtonElement => {
  const found = [...document.querySelectorAll("button")].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};

afterEach(() => setLang("id", { remember: false }));

describe("Lessons view", () => {
  it("lists the lessons and names one that could not be read", () => {
    setLang("en", { remember: false });
    mount();
    expect(document.querySelector("[data-lesson='uji-ego']")?.textContent).toBe("Test regional ego");
    expect(document.body.textContent).toContain("10 minutes");
    expect(document.querySelector(".lesson-problems")?.textContent).toContain("09-broken");
  });

  it("gates the run behind a committed prediction, then shows the result of the loaded run", () => {
    setLang("en", { remember: false });
    const { view, loadLesson, log } = mount();
    view.open("uji-ego");
    const load = button("Load into the simulator and run");
    const commit = button("Commit my prediction");
    expect(load.disabled).toBe(true);
    expect(commit.disabled).toBe(true);
    const result = document.querySelector<HTMLElement>(".lesson-result");
    expect(result?.hidden).toBe(true);

    const more = document.querySelector<HTMLInputElement>("input[value='more']");
    more?.click();
    expect(commit.disabled).toBe(false);
    expect(load.disabled).toBe(true);
    commit.click();
    expect(load.disabled).toBe(false);
    expect(more?.disabled).toBe(true);
    expect(log.list("uji-ego")).toMatchObject([{ prediction: "more", answer: "less", matched: false }]);

    load.click();
    expect(loadLesson).toHaveBeenCalledWith(entry);
    expect(result?.hidden).toBe(true);
    // Another scenario's run does not count; the lesson's own does.
    view.runFinished({ years: 5 });
    expect(result?.hidden).toBe(true);
    view.runFinished(entry.scenario);
    expect(result?.hidden).toBe(false);
    expect(document.querySelector("[data-testid='lesson-match']")?.textContent).toBe(
      "Your prediction differs from the model's outcome. The model's answer: Less cooperation",
    );
    expect(document.querySelector("[data-testid='lesson-explanation']")?.textContent).toBe(
      "Because ego holds deals back.",
    );

    setLang("id", { remember: false });
    expect(document.querySelector("[data-testid='lesson-explanation']")?.textContent).toBe(
      "Karena ego menahan kesepakatan.",
    );
    expect(document.querySelector("[data-testid='lesson-match']")?.textContent).toContain(
      "Lebih sedikit kerja sama",
    );
  });

  it("shows the teacher's page behind its toggle", () => {
    setLang("en", { remember: false });
    const { view } = mount();
    view.open("uji-ego");
    const teacher = document.querySelector<HTMLElement>(".lesson-teacher");
    expect(teacher?.hidden).toBe(true);
    const toggle = button("For teachers");
    toggle.click();
    expect(teacher?.hidden).toBe(false);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(teacher?.textContent).toContain("Answer: less.");
    expect(button("Download predictions (CSV)").disabled).toBe(true);
  });
});

describe("highlighted levers", () => {
  it("matches a lever by its path, a prefix or an extension of it", () => {
    expect(pathsMeet("ego.mean", "ego.mean")).toBe(true);
    expect(pathsMeet("ego.byGroup", "ego.byGroup.Jawa")).toBe(true);
    expect(pathsMeet("policies.incentiveFund.budget", "policies.incentiveFund")).toBe(true);
    expect(pathsMeet("ego.meanish", "ego.mean")).toBe(false);
  });

  it("counts a policy's timing window as its main lever's", () => {
    const budget = leverByPath("policies.incentiveFund.budget");
    const perAgreement = leverByPath("policies.incentiveFund.perAgreement");
    if (!budget || !perAgreement) throw new Error("the incentive fund's levers are missing");
    expect(leverMeets(budget, "policies.incentiveFund.until")).toBe(true);
    expect(leverMeets(budget, "policies.incentiveFund.from")).toBe(true);
    expect(leverMeets(perAgreement, "policies.incentiveFund.until")).toBe(false);
  });

  it("marks the levers and opens their folded groups", () => {
    const panel = createLeversPanel({}, { setValue: () => undefined, openGroups: new Set() });
    document.body.replaceChildren(panel.element);
    // A setting without a lever (the energy build time) is returned, for the lesson banner to name.
    expect(panel.highlight(["ego.mean", "ego.byRegion.KOTA", "domains.energy.buildYears"])).toEqual([
      "domains.energy.buildYears",
    ]);
    const marked = panel.element.querySelectorAll(".lever-highlighted");
    expect(marked).toHaveLength(2);
    expect(marked[0]?.querySelector("[data-path='ego.mean']")).not.toBeNull();
    expect(marked[1]?.matches("[data-path='ego.byRegion']")).toBe(true);
    expect(panel.element.querySelector<HTMLDetailsElement>("details[data-group='ego']")?.open).toBe(true);
    panel.highlight([]);
    expect(panel.element.querySelectorAll(".lever-highlighted")).toHaveLength(0);
  });
});
