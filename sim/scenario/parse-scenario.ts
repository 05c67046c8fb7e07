import { z } from "zod";
import { InputError } from "../input-error.js";
import { scenarioSchema, type Scenario } from "./schema.js";

/**
 * Validates a scenario object (already parsed from JSON) and fills in every default.
 * Throws an InputError naming the source, the first offending field path and what is wrong.
 */
export function parseScenario(input: unknown, source = "scenario"): Scenario {
  const result = scenarioSchema.safeParse(input);
  if (result.success) return result.data;
  throw toInputError(result.error, source);
}

/** Parses scenario JSON text; a syntax error is reported as an InputError too. */
export function parseScenarioJson(text: string, source = "scenario"): Scenario {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(source, "", `not valid JSON (${(error as Error).message})`);
  }
  return parseScenario(value, source);
}

/** The default scenario: the baseline on the default world. */
export function defaultScenario(): Scenario {
  return scenarioSchema.parse({});
}

function toInputError(error: z.ZodError, source: string): InputError {
  const issue = error.issues[0];
  if (!issue) return new InputError(source, "", "invalid scenario");
  const path = formatPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => (path ? `${path}.${k}` : k));
    return new InputError(
      source,
      keys.join(", "),
      `unknown ${keys.length === 1 ? "key" : "keys"} (a typo? see \`sinergi schema\` for the fields)`,
    );
  }
  return new InputError(source, path || "(top level)", issue.message);
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === "number" ? `[${p}]` : String(p)))
    .join(".")
    .replace(/\.\[/g, "[");
}
