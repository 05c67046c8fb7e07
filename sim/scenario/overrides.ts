import { InputError } from "../input-error.js";

/**
 * Applies `key=value` overrides (the CLI's --set, a sweep's parameters, the dashboard's sliders) to
 * a scenario object before validation, so an override is checked exactly as a file is.
 *
 * The value is read as JSON when it parses (numbers, booleans, arrays, objects, quoted strings) and
 * as a plain string otherwise, so `--set learning.rule=aspiration` and `--set ego.mean=0.8` both work.
 */
export function applyOverride(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  if (keys.some((k) => k === "" || k === "__proto__" || k === "constructor" || k === "prototype")) {
    throw new InputError(
      "--set",
      path,
      "not a valid dot path (e.g. ego.mean or policies.incentiveFund.budget)",
    );
  }
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === undefined) {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    } else if (typeof next === "object" && next !== null && !Array.isArray(next)) {
      node = next as Record<string, unknown>;
    } else {
      throw new InputError("--set", path, `"${key}" is not an object, so it has no field under it`);
    }
  }
  node[keys[keys.length - 1]!] = value;
}

/** Splits `key=value` and reads the value; throws an InputError for a missing `=`. */
export function parseAssignment(assignment: string): { path: string; value: unknown } {
  const at = assignment.indexOf("=");
  if (at <= 0) {
    throw new InputError("--set", assignment, "expected KEY=VALUE, e.g. --set ego.mean=0.8");
  }
  return { path: assignment.slice(0, at).trim(), value: readValue(assignment.slice(at + 1)) };
}

export function readValue(text: string): unknown {
  const trimmed = text.trim();
  try {
    return JSON.parse(trimmed);
  } catch {
    return trimmed;
  }
}

/** Returns a deep copy of `base` with every override applied. */
export function withOverrides(
  base: unknown,
  overrides: ReadonlyArray<{ path: string; value: unknown }>,
): Record<string, unknown> {
  const copy =
    typeof base === "object" && base !== null
      ? (JSON.parse(JSON.stringify(base)) as Record<string, unknown>)
      : {};
  for (const { path, value } of overrides) applyOverride(copy, path, value);
  return copy;
}
