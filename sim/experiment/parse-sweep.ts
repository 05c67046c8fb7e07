import { InputError } from "../input-error.js";
import { toInputError } from "../scenario/parse-scenario.js";
import { sweepSchema, type Sweep } from "./sweep-schema.js";

const FIELDS_HINT = "see configs/sweep.schema.json for the fields";

/**
 * Validates a sweep object (already parsed from JSON) and fills in its defaults. Throws an
 * InputError naming the source, the first offending field and what is wrong, as for scenarios.
 */
export function parseSweep(value: unknown, source: string): Sweep {
  const result = sweepSchema.safeParse(value);
  if (!result.success) throw toInputError(result.error, source, FIELDS_HINT);
  // The editor's schema pointer is not part of the experiment (nor of its manifest).
  const { $schema: _schema, ...sweep } = result.data;
  return sweep;
}

/** Parses sweep JSON text; a syntax error is reported as an InputError too. */
export function parseSweepJson(text: string, source: string): Sweep {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(source, "", `not valid JSON (${(error as Error).message})`);
  }
  return parseSweep(value, source);
}
