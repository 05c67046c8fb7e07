import { describe, expect, it } from "vitest";
import { buildCatalogue, LESSON_CATALOGUE } from "../../../viz/src/lessons/lesson-catalogue.js";
import { worldSourceFor } from "../../../viz/src/run/world-source.js";
import { FIXTURE_WORLD, fixtureLesson } from "./fixture-lesson.js";

const SCENARIO = { name: "uji-ego", description: "What happens?", world: "world.csv", years: 5 };

describe("lesson catalogue", () => {
  it("reads a lesson folder: the lesson, its preset and its world file, which the run's world resolves to", () => {
    const { lessons, problems } = buildCatalogue({
      lessons: { "../../../configs/lessons/02-uji/lesson.json": fixtureLesson() },
      scenarios: { "../../../configs/lessons/02-uji/scenario.json": SCENARIO },
      worlds: { "../../../configs/lessons/02-uji/world.csv": FIXTURE_WORLD },
    });
    expect(problems).toEqual([]);
    expect(lessons).toHaveLength(1);
    const [entry] = lessons;
    expect(entry?.folder).toBe("02-uji");
    expect(entry?.lesson.title.en).toBe("Test regional ego");
    expect(entry?.scenario).toEqual(SCENARIO);
    expect(entry?.world?.name).toBe("lessons/02-uji/world.csv");
    if (!entry) return;
    expect(worldSourceFor(entry.scenario, entry.world)).toEqual({
      kind: "csv",
      name: "lessons/02-uji/world.csv",
      text: FIXTURE_WORLD,
    });
  });

  it("sorts by order and leaves out, with a named problem, a lesson that does not pass", () => {
    const { lessons, problems } = buildCatalogue({
      lessons: {
        "x/lessons/b/lesson.json": fixtureLesson({ id: "second", order: 2 }),
        "x/lessons/a/lesson.json": fixtureLesson({ id: "first", order: 1 }),
        "x/lessons/c/lesson.json": fixtureLesson({ id: "broken", minutes: 2 }),
        "x/lessons/d/lesson.json": fixtureLesson({ id: "no-world" }),
        "x/lessons/e/lesson.json": fixtureLesson({ id: "bad-scenario" }),
      },
      scenarios: {
        "x/lessons/a/scenario.json": { years: 5 },
        "x/lessons/b/scenario.json": { years: 5 },
        "x/lessons/c/scenario.json": { years: 5 },
        "x/lessons/d/scenario.json": { world: "world.csv" },
        "x/lessons/e/scenario.json": { years: -1 },
      },
      worlds: {},
    });
    expect(lessons.map((entry) => entry.lesson.id)).toEqual(["first", "second"]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^c: lesson\.json: minutes: /);
    expect(problems[1]).toMatch(/^d: .*world.*no file "world\.csv"/);
    expect(problems[2]).toMatch(/^e: .*years/);
  });

  it("refuses two lessons with one id", () => {
    const { lessons, problems } = buildCatalogue({
      lessons: { "lessons/a/lesson.json": fixtureLesson(), "lessons/b/lesson.json": fixtureLesson() },
      scenarios: { "lessons/a/scenario.json": {}, "lessons/b/scenario.json": {} },
      worlds: {},
    });
    expect(lessons).toHaveLength(1);
    expect(problems).toEqual(['b: id "uji-ego" is also the id of a']);
  });

  it("bundles every lesson of configs/lessons/ without a problem", () => {
    expect(LESSON_CATALOGUE.problems).toEqual([]);
    const orders = LESSON_CATALOGUE.lessons.map((entry) => entry.lesson.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
});
