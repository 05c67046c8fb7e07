import { describe, expect, it } from "vitest";
import { parseScenario, runModel, type ScenarioInput } from "../../../sim/index.js";
import { indonesia2022 } from "../../support/worlds.js";

const SEEDS = [1, 2, 3, 4, 5];

function run(input: ScenarioInput) {
  return runModel(indonesia2022(), parseScenario({ years: 15, ...input }));
}

/** A column averaged over years 1.. and seeds. */
function average(input: ScenarioInput, column: string): number {
  let total = 0;
  let count = 0;
  for (const seed of SEEDS) {
    for (const row of run({ ...input, seed }).years.slice(1)) {
      total += row[column as "williamson"];
      count++;
    }
  }
  return total / count;
}

describe("policy levers", () => {
  it("are neutral by default and cost nothing", () => {
    for (const row of run({}).years) expect(row.policy_cost).toBe(0);
  });

  it("count the cost of each lever when it is on", () => {
    const cases: Array<[string, ScenarioInput, number]> = [
      ["harmonisation", { policies: { harmonisation: { level: 1 } } }, 50],
      ["facilitation", { policies: { facilitation: { egoDamping: 0.5 } } }, 10],
      ["information platform", { policies: { informationPlatform: { level: 1 } } }, 30],
      ["regional body", { policies: { regionalBody: { members: ["Jawa"] } } }, 6 * 2],
    ];
    for (const [name, input, atLeast] of cases) {
      const years = run(input).years.slice(1);
      for (const row of years) expect(row.policy_cost, name).toBeGreaterThanOrEqual(atLeast - 1e-9);
    }
  });

  it("never lets the incentive fund pay more than its budget", () => {
    const budget = 100;
    const result = run({ policies: { incentiveFund: { budget, perAgreement: 20 } } });
    for (const row of result.years.slice(1)) expect(row.policy_cost).toBeLessThanOrEqual(budget + 1e-9);
    expect(result.summary.totalPolicyCost).toBeGreaterThan(0);
  });

  it("stops paying when the fund ends", () => {
    const result = run({ policies: { incentiveFund: { budget: 500, until: 5 } } });
    for (const row of result.years.slice(6)) expect(row.policy_cost).toBe(0);
    expect(result.years[3]!.policy_cost).toBeGreaterThan(0);
  });

  it("raise cooperation on average: harmonisation, incentive fund, facilitation", () => {
    const baseline = average({}, "agreements_total");
    expect(average({ policies: { harmonisation: { level: 1 } } }, "agreements_total")).toBeGreaterThan(
      baseline,
    );
    expect(average({ policies: { incentiveFund: { budget: 2000 } } }, "agreements_total")).toBeGreaterThan(
      baseline,
    );
    expect(average({ policies: { facilitation: { egoDamping: 1 } } }, "agreements_total")).toBeGreaterThan(
      baseline,
    );
  });

  it("needs-based sharing lowers disparity against proportional sharing", () => {
    const proportional = average({ years: 30 }, "williamson");
    const needs = average({ years: 30, policies: { benefitSharing: { rule: "needs" } } }, "williamson");
    expect(needs).toBeLessThan(proportional);
  });

  it("dispute resolution repairs failing agreements", () => {
    const repaired = run({ policies: { disputeResolution: { repairShare: 1 } } }).years;
    const total = repaired.reduce((sum, row) => sum + row.agreements_repaired, 0);
    expect(total).toBeGreaterThan(0);
    for (const row of repaired) expect(row.agreements_broken).toBe(0);
  });

  it("capacity building raises the capacity of weak regions", () => {
    const trained = run({ policies: { capacityBuilding: { increment: 0.05 } } }).years;
    const untrained = run({}).years;
    expect(trained.at(-1)!.mean_capacity).toBeGreaterThan(untrained.at(-1)!.mean_capacity);
    expect(trained[1]!.policy_cost).toBeGreaterThan(0);
  });
});

describe("shocks", () => {
  it("leave earlier years untouched and cut GRDP in the year they hit", () => {
    const calm = run({ seed: 4 }).years;
    for (const type of ["pandemic", "disaster", "foodPrice", "energyCrisis"] as const) {
      const shocked = run({ seed: 4, shocks: [{ type, year: 5, size: 0.5 }] }).years;
      expect(shocked.slice(0, 5), type).toEqual(calm.slice(0, 5));
      expect(shocked[5]!.grdp_total, type).toBeLessThan(calm[5]!.grdp_total);
    }
  });

  it("hit only the regions named", () => {
    const result = runModel(
      indonesia2022(),
      parseScenario({ years: 3, shocks: [{ type: "disaster", year: 2, size: 0.3, regions: ["31"] }] }),
      { regions: true },
    );
    const jakarta = result.regions.filter((r) => r.id === "31");
    expect(jakarta[2]!.growth_rate).toBeLessThan(-0.2);
    const others = result.regions.filter((r) => r.year === 2 && r.id !== "31");
    for (const region of others) expect(region.growth_rate).toBeGreaterThan(0);
  });

  it("reject an unknown region or group with the field named", () => {
    expect(() => run({ shocks: [{ type: "disaster", year: 2, regions: ["Atlantis"] }] })).toThrow(
      /shocks\[0\]\.regions.*Atlantis/,
    );
    expect(() => run({ ego: { byGroup: { Jawaa: 0.5 } } })).toThrow(/ego\.byGroup\.Jawaa/);
  });
});
