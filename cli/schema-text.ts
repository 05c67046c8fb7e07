import { lessonJsonSchema } from "../sim/lessons/json-schema.js";
import { sweepJsonSchema } from "../sim/experiment/sweep-json-schema.js";
import { scenarioJsonSchema } from "../sim/scenario/json-schema.js";

/** The scenario JSON Schema as committed in configs/scenario.schema.json: pretty JSON, trailing newline. */
export function scenarioSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

/** The sweep JSON Schema as committed in configs/sweep.schema.json, formatted the same way. */
export function sweepSchemaText(): string {
  return `${JSON.stringify(sweepJsonSchema(), null, 2)}\n`;
}

/** The lesson JSON Schema as committed in configs/lesson.schema.json, formatted the same way. */
export function lessonSchemaText(): string {
  return `${JSON.stringify(lessonJsonSchema(), null, 2)}\n`;
}
