import { describe, expect, it } from "vitest";
import { defaultScenario, runModel } from "../../../sim/index.js";
import { indonesia2022 } from "../../support/worlds.js";

describe("year 0 of the default world", () => {
  const [year0] = runModel(indonesia2022(), { ...defaultScenario(), years: 1 }).years;

  it("reproduces the disparity figures computed from the BPS data", () => {
    expect(year0!.williamson).toBeCloseTo(0.798, 3);
    expect(year0!.theil).toBeCloseTo(0.2055, 4);
    expect(year0!.theil_between).toBeCloseTo(0.0164, 4);
    expect(year0!.theil_within).toBeCloseTo(0.1891, 4);
    expect(year0!.gini).toBeCloseTo(0.293, 3);
  });

  it("holds the data's totals and no agreements yet", () => {
    expect(year0!.grdp_total).toBe(19_144_827);
    expect(year0!.population_total / 1e6).toBeCloseTo(275.72, 2);
    expect(year0!.growth_rate).toBeNull();
    expect(year0!.agreements_total).toBe(0);
    expect(year0!.calendar_year).toBe(2022);
  });
});
