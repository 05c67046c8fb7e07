import { z } from "zod";
import { InputError } from "../input-error.js";
import { builtinWorldDataYear } from "../world/builtin-worlds.js";
import { scenarioSchema, type Scenario } from "./schema.js";

/**
 * Validates a scenario object (already parsed from JSON) and fills in every default.
 * Throws an InputError naming the source, the first offending field path and what is wrong.
 */
export function parseScenario(input: unknown, source = "scenario"): Scenario {
  const result = scenarioSchema.safeParse(withWorldDataYear(input));
  if (result.success) return result.data;
  throw toInputError(result.error, source);
}

/**
 * A scenario that names a built-in world and sets no `startYear` starts in the world's data year
 * (sim/world/builtin-worlds.ts); any other scenario is returned as it is, for the schema to check.
 */
export function withWorldDataYear(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const { world, startYear } = input as { world?: unknown; startYear?: unknown };
  if (startYear !== undefined || typeof world !== "string") return input;
  const year = builtinWorldDataYear(world);
  return year === undefined ? input : { ...input, startYear: year };
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

/**
 * Turns the first zod issue into an InputError naming the field: the one error format of every file
 * the program reads (scenarios, sweeps). `fieldsHint` tells the reader where the valid keys are listed.
 */
export function toInputError(
  error: z.ZodError,
  source: string,
  fieldsHint = "see `sinergi schema` for the fields",
): InputError {
  const first = error.issues[0];
  if (!first) return new InputError(source, "", "invalid input");
  const { issue, path: at } = innermost(first, []);
  const path = formatPath(at);
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => (path ? `${path}.${k}` : k));
    return new InputError(
      source,
      keys.join(", "),
      `unknown ${keys.length === 1 ? "key" : "keys"} (a typo? ${fieldsHint})`,
    );
  }
  return new InputError(source, path || "(top level)", issue.message);
}

/**
 * A union's own message ("Invalid input") says nothing; when exactly one alternative got past the
 * type check (the value is an object, so it was meant as the object form), its issue is the real one.
 */
function innermost(
  issue: z.core.$ZodIssue,
  prefix: readonly PropertyKey[],
): { issue: z.core.$ZodIssue; path: PropertyKey[] } {
  const path = [...prefix, ...issue.path];
  if (issue.code !== "invalid_union") return { issue, path };
  const meant = issue.errors.filter(
    (branch) => !branch.some((i) => i.code === "invalid_type" && i.path.length === 0),
  );
  const inner = meant.length === 1 ? meant[0]![0] : undefined;
  return inner ? innermost(inner, path) : { issue, path };
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === "number" ? `[${p}]` : String(p)))
    .join(".")
    .replace(/\.\[/g, "[");
}
