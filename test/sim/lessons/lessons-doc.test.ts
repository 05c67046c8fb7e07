import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lessonSchema, parseLessonJson } from "../../../sim/lessons/index.js";
import { parseScenarioJson } from "../../../sim/scenario/parse-scenario.js";

const doc = readFileSync(join(import.meta.dirname, "..", "..", "..", "docs", "lessons.md"), "utf8");

describe("docs/lessons.md", () => {
  it("gives an example lesson and scenario that are valid and belong together", () => {
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
    expect(blocks).toHaveLength(2);
    const lesson = parseLessonJson(blocks[0]!, "docs/lessons.md lesson");
    const scenario = parseScenarioJson(blocks[1]!, "docs/lessons.md scenario");
    expect(scenario.name).toBe(lesson.id);
    expect(lesson.scenario).toBe("scenario.json");
  });

  it("documents every field of the lesson schema", () => {
    for (const key of Object.keys(lessonSchema.shape)) {
      expect(doc, key).toContain(`| \`${key}`);
    }
  });
});
