// Reading and changing one field of a scenario by its dot path (`ego.mean`,
// `policies.incentiveFund.budget`), the paths `sinergi run --set` takes. The dashboard keeps the
// scenario as written (only what differs from the defaults), so that the address and a saved file stay
// short and say what the user chose; these helpers never fill defaults in.
import { applyOverride, InputError, type Scenario, type ScenarioInput } from "../../../sim/index.js";

/** The value at `path` in a scenario as written, or undefined where the scenario does not set it. */
export function valueAt(input: unknown, path: string): unknown {
  let node: unknown = input;
  for (const key of keysOf(path)) {
    if (typeof node !== "object" || node === null || Array.isArray(node) || !Object.hasOwn(node, key)) {
      return undefined;
    }
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * A copy of the scenario with `path` set to `value` (missing objects on the way are created, as
 * `--set` creates them), or with `path` removed when `value` is undefined: the field then takes its
 * default again, and objects left empty by the removal are removed too. The input is not changed.
 * Throws an InputError when a part of the path is not an object (`years.x`) or not a valid key.
 */
export function withValue(input: ScenarioInput, path: string, value: unknown): ScenarioInput {
  const copy = structuredClone(input) as Record<string, unknown>;
  if (value !== undefined) {
    applyOverride(copy, path, structuredClone(value));
    return copy as ScenarioInput;
  }
  removeAt(copy, keysOf(path));
  return copy as ScenarioInput;
}

/** The value the model uses at `path`: the scenario's own or its default (`scenario` is parsed). */
export function effectiveValue(path: string, scenario: Scenario): unknown {
  return valueAt(scenario, path);
}

function removeAt(node: Record<string, unknown>, keys: readonly string[]): void {
  const [key, ...rest] = keys;
  if (key === undefined || !Object.hasOwn(node, key)) return;
  if (rest.length === 0) {
    delete node[key];
    return;
  }
  const child = node[key];
  if (typeof child !== "object" || child === null || Array.isArray(child)) return;
  removeAt(child as Record<string, unknown>, rest);
  if (Object.keys(child).length === 0) delete node[key];
}

function keysOf(path: string): string[] {
  const keys = path.split(".");
  if (keys.some((k) => k === "" || k === "__proto__" || k === "constructor" || k === "prototype")) {
    throw new InputError(
      "scenario",
      path,
      "not a valid dot path (e.g. ego.mean or policies.incentiveFund.budget)",
    );
  }
  return keys;
}
