import { z } from "zod";
import { sweepSchema } from "./sweep-schema.js";

/** The JSON Schema of sweep files (input side: every field with a default is optional). */
export function sweepJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(sweepSchema, { io: "input", target: "draft-2020-12" }),
    title: "Sinergi sweep",
  };
}
