import { InputError } from "../input-error.js";
import { toInputError } from "../scenario/parse-scenario.js";
import { lessonSchema, type Lesson } from "./lesson-schema.js";

const FIELDS_HINT = "see docs/lessons.md or configs/lesson.schema.json for the fields";

/**
 * Validates a lesson object (already parsed from JSON). Throws an InputError naming the source, the
 * first offending field and what is wrong, in the format of every other file the program reads.
 * The lesson's scenario file is not read here (the lesson names it by a path relative to itself):
 * the CLI and the dashboard each load it their own way and validate it as any scenario.
 */
export function parseLesson(input: unknown, source = "lesson"): Lesson {
  const result = lessonSchema.safeParse(input);
  if (result.success) return result.data;
  throw toInputError(result.error, source, FIELDS_HINT);
}

/** Parses lesson JSON text; a syntax error is reported as an InputError too. */
export function parseLessonJson(text: string, source = "lesson"): Lesson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(source, "", `not valid JSON (${(error as Error).message})`);
  }
  return parseLesson(value, source);
}

/** A lesson file rather than a scenario or sweep: it points at the lesson schema, or is named lesson.json. */
export function isLessonFile(name: string, value: unknown): boolean {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const schema = (value as Record<string, unknown>)["$schema"];
    if (typeof schema === "string") return /(^|\/)lesson\.schema\.json$/.test(schema);
  }
  return /(^|[/\\])lesson\.json$/i.test(name);
}
