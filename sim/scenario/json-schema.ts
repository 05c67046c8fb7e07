import { z } from "zod";
import { scenarioSchema } from "./schema.js";

/** The JSON Schema of scenario files (input side: every field with a default is optional). */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchema, { io: "input", target: "draft-2020-12" }),
    title: "Sinergi scenario",
  };
}
