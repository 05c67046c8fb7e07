import { describe, expect, it } from "vitest";
import { DOMAINS, parseScenario, runModel, type ScenarioInput, type YearRow } from "../../../sim/index.js";
import { indonesia2022 } from "../../support/worlds.js";

const SEEDS = [1, 2, 3, 4, 5, 6];

function run(input: ScenarioInput) {
  return runModel(indonesia2022(), parseScenario(input));
}

/** Agreements active per year, averaged over the run and over seeds. */
function meanAgreements(input: ScenarioInput): number {
  let total = 0;
  let count = 0;
  for (const seed of SEEDS) {
    for (const row of run({ years: 15, ...input, seed }).years.slice(1)) {
      total += row.agreements_total;
      count++;
    }
  }
  return total / count;
}

function expectBasePath(years: YearRow[], growth: number): void {
  const start = years[0]!.grdp_total;
  for (const row of years) {
    expect(row.agreements_total).toBe(0);
    expect(row.agreements_formed).toBe(0);
    expect(row.grdp_total / (start * Math.pow(1 + growth, row.year))).toBeCloseTo(1, 12);
  }
}

describe("sanity behaviours of MODEL.md", () => {
  it("forms no agreement when no gains exist, and growth follows the base path", () => {
    const result = run({
      years: 20,
      domains: {
        trade: { scale: 0 },
        tourism: { scale: 0 },
        food: { scale: 0 },
        energy: { scale: 0 },
      },
    });
    expectBasePath(result.years, 0.05);
  });

  it("forms no agreement when every region is purely positional (ε = 1) and costs are positive", () => {
    for (const seed of [1, 2, 3]) expectBasePath(run({ years: 20, seed, ego: { mean: 1 } }).years, 0.05);
  });

  it("cooperates in every domain where gains exist when cooperation is free", () => {
    const result = run({
      years: 1,
      ego: { mean: 0 },
      economy: { capacityMin: 1, capacityMax: 1 },
      cooperation: {
        transactionCost: 0,
        coordinationCost: 0,
        initialTrust: 1,
        discovery: 1,
        maxAgreements: 1000,
        budgetShare: 1,
        propensity: { trade: 1, tourism: 1, food: 1, energy: 1 },
      },
      domains: { energy: { investmentYears: 0, buildYears: 0 } },
    });
    const year1 = result.years[1]!;
    for (const domain of DOMAINS) {
      expect(year1[`agreements_${domain.name}`], domain.name).toBeGreaterThan(0);
    }
    // Every region has a trade partner: profiles always differ somewhat between provinces.
    expect(year1.coop_rate_trade).toBe(1);
    expect(year1.coop_rate_tourism).toBe(1);
  });

  it("cooperates less, on average, when ego is higher", () => {
    const low = meanAgreements({ ego: { mean: 0.1 } });
    const mid = meanAgreements({ ego: { mean: 0.4 } });
    const high = meanAgreements({ ego: { mean: 0.7 } });
    expect(low).toBeGreaterThan(mid);
    expect(mid).toBeGreaterThan(high);
  });

  it("cooperates more, on average, when transaction costs are lower", () => {
    const cheap = meanAgreements({ cooperation: { transactionCost: 0.5 } });
    const dear = meanAgreements({ cooperation: { transactionCost: 10 } });
    expect(cheap).toBeGreaterThan(dear);
  });
});
