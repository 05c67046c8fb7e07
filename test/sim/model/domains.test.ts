import { describe, expect, it } from "vitest";
import { DOMAINS, parseScenario, runModel, type Domain } from "../../../sim/index.js";
import { indonesia2022 } from "../../support/worlds.js";

describe("the domain list is data", () => {
  // A fifth domain, e.g. regional waste management (TPA regional): it pays between neighbours of
  // any profile and needs a landfill built first. Defining it needs no change to the model loop.
  const waste: Domain = {
    name: "waste",
    nameId: "persampahan",
    sectors: [],
    buffers: null,
    hitBy: null,
    parameters: () => ({ scale: 0.01, decay: 2, buildYears: 2, investmentYears: 1, shockBuffer: 0 }),
    pairFactor: () => 1,
  };

  it("runs a fifth domain and reports it in its own columns", () => {
    const result = runModel(indonesia2022(), parseScenario({ years: 10, ego: { mean: 0.1 } }), {
      domains: [...DOMAINS, waste],
    });
    const last = result.years.at(-1)!;
    expect(last.agreements_waste).toBeGreaterThan(0);
    expect(last.coop_rate_waste).toBeGreaterThan(0);
    const perDomain = ["trade", "tourism", "food", "energy", "waste"].map(
      (d) => last[`agreements_${d}`] ?? NaN,
    );
    expect(last.agreements_total).toBe(perDomain.reduce((a, b) => a + b, 0));
  });
});
