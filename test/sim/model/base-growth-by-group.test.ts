import { describe, expect, it } from "vitest";
import { parseScenario, runModel, type ScenarioInput } from "../../../sim/index.js";
import { indonesia2022, smallWorld } from "../../support/worlds.js";

/** Two groups of two regions, no domains: GRDP follows the base path alone. */
const world = smallWorld([
  { id: "a1", group: "A", grdp: 100 },
  { id: "a2", group: "A", grdp: 300 },
  { id: "b1", group: "B", grdp: 200 },
  { id: "b2", group: "B", grdp: 400 },
]);

function grdpAfterOneYear(economy: ScenarioInput["economy"]): number[] {
  const scenario = parseScenario({ years: 1, economy });
  const { regions } = runModel(world, scenario, { regions: true, domains: [] });
  return regions.filter((r) => r.year === 1).map((r) => r.grdp);
}

describe("economy.baseGrowthByGroup", () => {
  it("grows the regions of a named group at its rate and the others at baseGrowth", () => {
    const grdp = grdpAfterOneYear({ baseGrowth: 0.05, baseGrowthByGroup: { B: 0.02 } });
    expect(grdp).toEqual([100 * 1.05, 300 * 1.05, 200 * 1.02, 400 * 1.02]);
  });

  it("adds β-convergence to the group's rate", () => {
    // Equal populations: mean ln y = ln of the geometric mean of the GRDPs.
    const beta = 0.1;
    const grdp = grdpAfterOneYear({ baseGrowthByGroup: { A: 0.01, B: 0.03 }, convergence: beta });
    const meanLog = (Math.log(100) + Math.log(300) + Math.log(200) + Math.log(400)) / 4;
    const expected = [
      [100, 0.01],
      [300, 0.01],
      [200, 0.03],
      [400, 0.03],
    ].map(([y, g]) => y! * (1 + g! + beta * (meanLog - Math.log(y!))));
    grdp.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 10));
  });

  it("changes nothing when every group's rate equals baseGrowth (same bits, cooperation on)", () => {
    const groups = indonesia2022().groups;
    const base = runModel(indonesia2022(), parseScenario({ years: 8, seed: 3 }));
    const named = runModel(
      indonesia2022(),
      parseScenario({
        years: 8,
        seed: 3,
        economy: { baseGrowthByGroup: Object.fromEntries(groups.map((g) => [g, 0.05])) },
      }),
    );
    expect(named.years).toEqual(base.years);
  });

  it("rejects a group the world lacks, naming the field", () => {
    expect(() => grdpAfterOneYear({ baseGrowthByGroup: { Jawaa: 0.05 } })).toThrow(
      /economy\.baseGrowthByGroup\.Jawaa.*no group "Jawaa"/,
    );
  });
});
