import { describe, expect, it } from "vitest";
import { parseScenario, runModel, syntheticWorld } from "../../../sim/index.js";
import { indonesia2022 } from "../../support/worlds.js";

describe("determinism", () => {
  const scenario = (input: object) => parseScenario({ years: 15, ...input });

  it("gives identical rows for the same scenario and seed", () => {
    const a = runModel(indonesia2022(), scenario({ seed: 7 }), { regions: true });
    const b = runModel(indonesia2022(), scenario({ seed: 7 }), { regions: true });
    expect(JSON.stringify(b.years)).toBe(JSON.stringify(a.years));
    expect(JSON.stringify(b.regions)).toBe(JSON.stringify(a.regions));
  });

  it("gives different stochastic output for a different seed", () => {
    const a = runModel(indonesia2022(), scenario({ seed: 1 }));
    const b = runModel(indonesia2022(), scenario({ seed: 2 }));
    expect(JSON.stringify(b.years)).not.toBe(JSON.stringify(a.years));
    // Year 0 is the data, whatever the seed.
    expect(b.years[0]).toEqual(a.years[0]);
  });

  it("does not let recording per-region rows change the numbers", () => {
    const withRegions = runModel(indonesia2022(), scenario({ seed: 3 }), { regions: true });
    const without = runModel(indonesia2022(), scenario({ seed: 3 }));
    expect(without.years).toEqual(withRegions.years);
  });

  it("is deterministic on synthetic worlds too", () => {
    const world = syntheticWorld({ regions: 60, groups: 5, seed: 4 });
    const a = runModel(world, scenario({ seed: 9 }));
    const b = runModel(syntheticWorld({ regions: 60, groups: 5, seed: 4 }), scenario({ seed: 9 }));
    expect(b.years).toEqual(a.years);
  });
});
