/**
 * A parameter's dot path names a scenario field as `sinergi run --set` does. Whether the field exists
 * is checked where the scenario is at hand (by applying the path and validating the result); here
 * only paths that could never name a field are refused, so the mistake is reported against the sweep.
 * The prototype keys are refused for the same reason applyOverride refuses them: they are not fields.
 */
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

export function isDotPath(path: string): boolean {
  return path.split(".").every((segment) => segment !== "" && !/\s/.test(segment) && !FORBIDDEN.has(segment));
}

export const DOT_PATH_PROBLEM = "not a valid dot path (e.g. ego.mean or policies.incentiveFund.budget)";
