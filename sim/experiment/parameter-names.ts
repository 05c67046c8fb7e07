import type { Sweep } from "./sweep-schema.js";

/**
 * The varied parameters' dot paths in key order: the parameter columns of the output. A list design
 * takes them from its first run (validation has made every run set the same ones).
 */
export function parameterNames(sweep: Sweep): string[] {
  if (sweep.design.type === "list") return Object.keys(sweep.design.runs?.[0] ?? {});
  return Object.keys(sweep.parameters);
}
