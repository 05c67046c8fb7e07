// The Lessons view in a real Chromium, by keyboard alone and in both languages: from the page's tabs
// to a lesson, a prediction chosen with the arrow keys and committed, its preset loaded into the
// simulator with its levers highlighted, the run, and back to the lesson's result. The lesson walked
// through is the first of configs/lessons/ (content written by the lessons' authors), whatever it is.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { csvParse } from "d3-dsv";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lessonSchema, type Lesson } from "../../sim/lessons/lesson-schema.js";
import { ROOT } from "../cli/helpers.js";
import { runDone as finishedRun, startDashboardSession, type DashboardSession } from "./support/session.js";

/** The first valid lesson by its order, as the dashboard lists them. */
function firstLesson(): Lesson {
  const folder = join(ROOT, "configs", "lessons");
  const lessons = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, "lesson.json")))
    .map((entry) =>
      lessonSchema.safeParse(JSON.parse(readFileSync(join(folder, entry.name, "lesson.json"), "utf8"))),
    )
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
    .sort((a, b) => a.order - b.order);
  const first = lessons[0];
  if (!first) throw new Error("no lesson in configs/lessons/");
  return first;
}

let session: DashboardSession | undefined;

beforeAll(async () => {
  session = await startDashboardSession("lessons");
}, 180_000);

afterAll(async () => {
  await session?.stop();
}, 60_000);

function open(suffix: string): Promise<Page> {
  if (!session) throw new Error("no dashboard");
  return session.open(suffix);
}

/** Presses Tab until `test` (a script) is true of the focused element; fails after `max` presses. */
async function tabTo(page: Page, test: string, what: string, max = 200): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press("Tab");
    if (
      (await page.evaluate(`(() => { const e = document.activeElement; return Boolean(${test}); })()`)) ===
      true
    )
      return;
  }
  throw new Error(`Tab did not reach ${what}`);
}

const focused = (page: Page, script: string): Promise<unknown> =>
  page.evaluate(`(() => { const e = document.activeElement; return ${script}; })()`);

const runDone = (page: Page) => finishedRun<{ complete: boolean }>(page);

describe("Lessons view", () => {
  const lesson = firstLesson();
  const answerIndex = lesson.prediction.options.findIndex((option) => option.id === lesson.prediction.answer);

  it("opens a lesson from a link", async () => {
    const page = await open(`?lang=en#t=lessons&l=${lesson.id}`);
    await runDone(page);
    expect(await page.locator(".lesson-page h2").textContent()).toBe(lesson.title.en);
    expect(await page.getByRole("tab", { name: "Lessons" }).getAttribute("aria-selected")).toBe("true");
    expect(session?.problems).toEqual([]);
    await page.close();
  });

  // Indonesian picks the model's answer, English another option, so both result lines are seen.
  for (const lang of ["id", "en"] as const) {
    it(`walks through "${lesson.id}" by keyboard alone in ${lang}`, async () => {
      const page = await open(`?lang=${lang}`);
      await runDone(page);
      const text = (value: { id: string; en: string }): string => value[lang];

      // The page's tabs: the Lessons tab follows Simulation.
      await tabTo(page, "e?.getAttribute('role') === 'tab'", "the view tabs");
      await page.keyboard.press("ArrowRight");
      expect(await focused(page, "e?.id")).toBe("tab-lessons");
      expect(await focused(page, "e?.textContent")).toBe(lang === "id" ? "Pelajaran" : "Lessons");
      expect((await page.evaluate("window.sinergi.state()")) as { view: string }).toMatchObject({
        view: "lessons",
      });

      // The list: open the lesson.
      await tabTo(page, `e?.dataset.lesson === ${JSON.stringify(lesson.id)}`, "the lesson's link");
      expect(await focused(page, "e?.textContent")).toBe(text(lesson.title));
      await page.keyboard.press("Enter");
      expect(await focused(page, "e?.tagName + ' ' + e?.textContent")).toBe(`H2 ${text(lesson.title)}`);
      expect(page.url()).toContain(`l=${lesson.id}`);

      // Nothing runs before a prediction is committed.
      const load = page.getByTestId("lesson-load");
      expect(await load.isDisabled()).toBe(true);

      // Predict with the arrow keys: Space checks the first option, ArrowDown moves the choice on.
      await tabTo(page, "e?.type === 'radio'", "the prediction's options");
      await page.keyboard.press("Space");
      const target = lang === "id" ? answerIndex : answerIndex === 0 ? 1 : 0;
      for (let i = 0; i < target; i++) await page.keyboard.press("ArrowDown");
      const chosen = lesson.prediction.options[target];
      expect(await page.evaluate("document.querySelector('input[type=radio]:checked')?.value")).toBe(
        chosen?.id,
      );
      expect(await load.isDisabled()).toBe(true);

      const commitLabel = lang === "id" ? "Kunci tebakan" : "Commit my prediction";
      await tabTo(page, `e?.textContent === ${JSON.stringify(commitLabel)}`, "the commit button");
      await page.keyboard.press("Enter");
      // Committing moves focus to the load button, now enabled.
      expect(await focused(page, "e?.dataset.testid")).toBe("lesson-load");
      expect(await load.isDisabled()).toBe(false);
      await page.keyboard.press("Enter");

      // The simulator has the lesson's preset, its levers highlighted in open groups.
      const state = (await page.evaluate("window.sinergi.state()")) as {
        view: string;
        scenario: { name?: string };
      };
      expect(state.view).toBe("simulate");
      expect(state.scenario.name).toBe(lesson.id);
      const highlighted = page.locator(".lever-highlighted");
      if (lesson.highlight.length > 0) {
        expect(await highlighted.count()).toBeGreaterThan(0);
        expect(await highlighted.first().isVisible()).toBe(true);
      }
      const run = await runDone(page);
      expect(run.complete).toBe(true);

      // Focus is on the lesson banner; the next Tab is the way back.
      await page.keyboard.press("Tab");
      expect(await focused(page, "e?.dataset.testid")).toBe("back-to-lesson");
      await page.keyboard.press("Enter");
      expect(((await page.evaluate("window.sinergi.state()")) as { view: string }).view).toBe("lessons");
      await expect.poll(() => page.getByTestId("lesson-explanation").isVisible()).toBe(true);
      expect(await page.getByTestId("lesson-explanation").textContent()).toBe(
        text(lesson.prediction.explanation),
      );
      expect(await page.getByTestId("lesson-match").getAttribute("data-matched")).toBe(String(lang === "id"));

      // The teacher's page keeps the class's predictions; they download as CSV.
      await page.getByRole("button", { name: lang === "id" ? "Untuk guru" : "For teachers" }).press("Enter");
      const download = page.getByRole("button", {
        name: lang === "id" ? "Unduh tebakan (CSV)" : "Download predictions (CSV)",
      });
      const [file] = await Promise.all([page.waitForEvent("download"), download.press("Enter")]);
      expect(file.suggestedFilename()).toBe(`sinergi-${lesson.id}-predictions.csv`);
      const rows = csvParse(await readFile(await file.path(), "utf8"));
      expect(rows.columns).toEqual(["lesson", "student", "prediction", "answer", "matched", "timestamp"]);
      expect(rows.at(-1)).toMatchObject({
        lesson: lesson.id,
        prediction: chosen?.id,
        answer: lesson.prediction.answer,
        matched: String(lang === "id"),
      });

      // On paper: the handout without the app's controls.
      await page.emulateMedia({ media: "print" });
      expect(await page.getByRole("tablist").isVisible()).toBe(false);
      expect(await load.isVisible()).toBe(false);
      expect(await page.locator(".lesson-page h2").isVisible()).toBe(true);
      await page.emulateMedia({ media: "screen" });

      expect(session?.problems).toEqual([]);
      await page.close();
    }, 120_000);
  }
});
