import { describe, expect, it } from "vitest";
import { lessonSchema } from "../../../sim/lessons/lesson-schema.js";
import { LessonProgress } from "../../../viz/src/lessons/lesson-progress.js";
import { fixtureLesson } from "./fixture-lesson.js";

const lesson = lessonSchema.parse(fixtureLesson());

describe("predict-then-run", () => {
  it("allows loading the preset only after a prediction is committed", () => {
    const progress = new LessonProgress(lesson);
    expect(progress.stage).toBe("choosing");
    expect(progress.canCommit()).toBe(false);
    expect(progress.canLoad()).toBe(false);
    progress.loaded();
    expect(progress.stage).toBe("choosing");
    expect(progress.commit()).toBeUndefined();

    progress.choose("nonsense");
    expect(progress.canCommit()).toBe(false);
    progress.choose("more");
    expect(progress.canCommit()).toBe(true);
    expect(progress.canLoad()).toBe(false);
    expect(progress.commit()).toBe("more");
    expect(progress.canLoad()).toBe(true);
    expect(progress.stage).toBe("committed");
  });

  it("keeps a committed prediction fixed and shows the result only after the loaded run", () => {
    const progress = new LessonProgress(lesson);
    progress.choose("less");
    progress.commit();
    progress.choose("more");
    expect(progress.committed).toBe("less");
    expect(progress.commit()).toBeUndefined();
    progress.ran();
    expect(progress.stage).toBe("committed");
    progress.loaded();
    expect(progress.stage).toBe("loaded");
    progress.ran();
    expect(progress.stage).toBe("result");
    expect(progress.matched()).toBe(true);
  });

  it("says when the prediction differs from the model's answer", () => {
    const progress = new LessonProgress(lesson);
    expect(progress.matched()).toBeUndefined();
    progress.choose("more");
    progress.commit();
    expect(progress.matched()).toBe(false);
  });
});
