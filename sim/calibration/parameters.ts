import type { Scenario } from "../scenario/schema.js";

/**
 * The parameter sets a calibration can fit, all in the base path of the economy (docs/model.md 7.8):
 * - `group-beta`: a base growth per group plus one β-convergence;
 * - `national-beta`: one national base growth plus β;
 * - `group`: a base growth per group, no convergence (β = 0): the default of `sinergi calibrate`,
 *   chosen on the model-selection table of docs/validation.md.
 */
export const CALIBRATION_VARIANTS = ["group-beta", "national-beta", "group"] as const;
export type CalibrationVariant = (typeof CALIBRATION_VARIANTS)[number];

/** A parameter of a variant: its scenario path, its bounds (the schema's) and its starting value. */
export interface CalibrationParameter {
  readonly path: string;
  readonly min: number;
  readonly max: number;
  readonly start: number;
}

/** The parameters a variant fits on a world with these groups, in the order of the optimiser's vector. */
export function calibrationParameters(
  variant: CalibrationVariant,
  groups: readonly string[],
  base: Scenario,
): CalibrationParameter[] {
  const start = base.economy.baseGrowth;
  const growth = (path: string): CalibrationParameter => ({ path, min: -0.5, max: 0.5, start });
  const beta: CalibrationParameter = {
    path: "economy.convergence",
    min: 0,
    max: 0.5,
    start: base.economy.convergence,
  };
  const perGroup = groups.map((g) => growth(`economy.baseGrowthByGroup.${g}`));
  switch (variant) {
    case "group-beta":
      return [...perGroup, beta];
    case "national-beta":
      return [growth("economy.baseGrowth"), beta];
    case "group":
      return perGroup;
  }
}

/**
 * The scenario with a variant's parameter values in place. The variant owns the base path: every
 * per-group rate it does not fit is removed, and β is 0 where it does not fit β.
 */
export function withParameters(
  scenario: Scenario,
  variant: CalibrationVariant,
  groups: readonly string[],
  values: readonly number[],
): Scenario {
  const economy = { ...scenario.economy, baseGrowthByGroup: {} as Record<string, number> };
  const parameters = calibrationParameters(variant, groups, scenario);
  if (values.length !== parameters.length)
    throw new RangeError(`withParameters: ${parameters.length} values expected, got ${values.length}`);
  if (variant === "group") economy.convergence = 0;
  parameters.forEach((p, k) => {
    const value = values[k]!;
    if (p.path === "economy.convergence") economy.convergence = value;
    else if (p.path === "economy.baseGrowth") economy.baseGrowth = value;
    else economy.baseGrowthByGroup[p.path.slice("economy.baseGrowthByGroup.".length)] = value;
  });
  return { ...scenario, economy };
}
