import type { ParameterRange } from "./sweep-schema.js";

/**
 * The value of a range at unit coordinate u. Clamped because min + u·(max − min) can land an ulp
 * beyond max when u = 1 (Morris reaches the upper level), and a value outside the range the user
 * gave would be a surprise in the output; rounded after clamping, so integer bounds keep it inside.
 */
export function rangeValue(range: ParameterRange, u: number): number {
  const value = Math.min(range.max, Math.max(range.min, range.min + u * (range.max - range.min)));
  return range.integer === true ? Math.round(value) : value;
}

/** The value of a list at unit coordinate u in [0, 1): each of the m values owns a stratum of width 1/m. */
export function listValue(values: readonly unknown[], u: number): unknown {
  return values[Math.min(values.length - 1, Math.floor(u * values.length))];
}
