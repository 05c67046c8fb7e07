/**
 * One point of a design: the values it gives the varied parameters (dot path -> value, in the order
 * of parameterNames) and, for sampled ranges, its coordinates in the unit cube, which the Sobol and
 * Morris estimators read (NaN for a parameter given as a list of values).
 */
export interface SweepPoint {
  index: number;
  values: Record<string, unknown>;
  unit: number[];
}
