import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../../sim/input-error.js";
import {
  isLessonFile,
  isScenarioField,
  lessonJsonSchema,
  parseLesson,
  parseLessonJson,
} from "../../../sim/lessons/index.js";

const validText = readFileSync(join(import.meta.dirname, "valid-lesson.json"), "utf8");

// The edits reach into nested fields of plain JSON; typing each would only restate the schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** A fresh copy of the valid fixture, changed by `edit`. */
function lessonWith(edit: (lesson: Json) => void): unknown {
  const lesson = JSON.parse(validText) as Json;
  edit(lesson);
  return lesson;
}

/** The message of the InputError a lesson raises (failing the test if it raises none or another error). */
function messageOf(value: unknown): string {
  try {
    parseLesson(value, "lesson.json");
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).message;
  }
  throw new Error("expected an InputError");
}

describe("parseLesson", () => {
  it("accepts the fixture and keeps every text in both languages", () => {
    const lesson = parseLessonJson(validText, "lesson.json");
    expect(lesson.id).toBe("test-ego");
    expect(lesson.highlight).toEqual(["ego.mean", "policies.incentiveFund.budget"]);
    expect(lesson.prediction.answer).toBe("fewer");
    expect(lesson.concept.id).toHaveLength(lesson.concept.en.length);
  });

  it("defaults highlight to none", () => {
    expect(parseLesson(lessonWith((l) => delete l["highlight"])).highlight).toEqual([]);
  });

  it("names a missing language", () => {
    expect(messageOf(lessonWith((l) => delete l["title"].en))).toBe(
      "lesson.json: title.en: Invalid input: expected string, received undefined",
    );
  });

  it("refuses an empty text", () => {
    expect(messageOf(lessonWith((l) => (l["summary"].id = "  ")))).toBe(
      "lesson.json: summary.id: Too small: expected string to have >=1 characters",
    );
  });

  it("refuses lists of different lengths in the two languages", () => {
    expect(messageOf(lessonWith((l) => l["notice"].en.push("Watch the map.")))).toBe(
      "lesson.json: notice: id has 1 entry but en has 2 entries: each entry is the same text in both languages",
    );
  });

  it("refuses an answer that is not among the options", () => {
    expect(messageOf(lessonWith((l) => (l["prediction"].answer = "same")))).toBe(
      "lesson.json: prediction.answer: answer must be the id of one of the options",
    );
  });

  it("refuses a highlight path that is no scenario field, naming it", () => {
    expect(messageOf(lessonWith((l) => l["highlight"].push("ego.maen")))).toBe(
      'lesson.json: highlight[2]: "ego.maen" is not a scenario field (a dot path such as ego.mean or ' +
        "policies.incentiveFund.budget; see `sinergi schema` for the fields)",
    );
  });

  it("refuses an unknown key, naming it", () => {
    expect(messageOf(lessonWith((l) => (l["prediction"]["hint"] = "x")))).toBe(
      "lesson.json: prediction.hint: unknown key (a typo? see docs/lessons.md or configs/lesson.schema.json for the fields)",
    );
  });

  it("asks two or three discussion questions", () => {
    const four = lessonWith((l) => {
      l["discussion"] = { id: ["a?", "b?", "c?", "d?"], en: ["a?", "b?", "c?", "d?"] };
    });
    expect(messageOf(four)).toBe("lesson.json: discussion: 4 questions; a lesson asks two or three");
  });

  it("reports a syntax error as an InputError", () => {
    expect(() => parseLessonJson("{", "lesson.json")).toThrow(/^lesson\.json: not valid JSON/);
  });
});

describe("isScenarioField", () => {
  it("knows the scenario's fields, optional ones and map keys included", () => {
    for (const path of [
      "ego.mean",
      "policies.incentiveFund",
      "policies.incentiveFund.until",
      "ego.byGroup.Jawa",
      "world.synthetic.regions",
      "shocks",
    ]) {
      expect(isScenarioField(path), path).toBe(true);
    }
  });

  it("refuses what is no field", () => {
    for (const path of [
      "ego.maen",
      "ego.mean.x",
      "",
      "ego.",
      "toString",
      "__proto__",
      "$schema",
      "shocks.0",
    ]) {
      expect(isScenarioField(path), path).toBe(false);
    }
  });
});

describe("isLessonFile", () => {
  it("goes by the $schema, else by the file name", () => {
    expect(isLessonFile("x.json", { $schema: "../../lesson.schema.json" })).toBe(true);
    expect(isLessonFile("lesson.json", { $schema: "../../scenario.schema.json" })).toBe(false);
    expect(isLessonFile("lessons/01/lesson.json", {})).toBe(true);
    expect(isLessonFile("my-lesson.json", {})).toBe(false);
    expect(isLessonFile("lesson.json", undefined)).toBe(true);
  });
});

describe("lessonJsonSchema", () => {
  it("is the input side: highlight, with a default, is optional; the texts are required", () => {
    const schema = lessonJsonSchema() as { title: string; required: string[] };
    expect(schema.title).toBe("Sinergi lesson");
    expect(schema.required).toContain("prediction");
    expect(schema.required).not.toContain("highlight");
  });
});
