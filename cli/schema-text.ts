import { scenarioJsonSchema } from "../sim/scenario/json-schema.js";

/** The scenario JSON Schema as committed in configs/scenario.schema.json: pretty JSON, trailing newline. */
export function scenarioSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
