import { z } from "zod";
import { lessonSchema } from "./lesson-schema.js";

/** The JSON Schema of lesson files (input side: every field with a default is optional). */
export function lessonJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(lessonSchema, { io: "input", target: "draft-2020-12" }),
    title: "Sinergi lesson",
  };
}
