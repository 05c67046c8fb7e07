// The dashboard's stepper must reproduce `sinergi run` exactly: replicate 0 with the scenario's seed,
// replicate r with seed + r, and replicate 0's region frames as the CLI's region rows.
import { describe, expect, it } from "vitest";
import {
  InputError,
  parseScenario,
  runModel,
  syntheticWorld,
  type RegionRow,
  type ScenarioInput,
  type World,
  type YearRow,
} from "../../../sim/index.js";
import { createRunStepper, type RunYear } from "../../../viz/src/run/run-stepper.js";
import { indonesia2022 } from "../../support/worlds.js";

interface Case {
  label: string;
  world: () => World;
  input: ScenarioInput;
}

const CASES: Case[] = [
  { label: "baseline", world: indonesia2022, input: { years: 8 } },
  {
    label: "levers, shocks and a later seed",
    world: indonesia2022,
    input: {
      years: 10,
      seed: 42,
      ego: { mean: 0.5, byGroup: { Jawa: 0.7 } },
      policies: {
        incentiveFund: { budget: 500, favourPoor: true, from: 3 },
        harmonisation: { level: 0.5 },
        regionalBody: { members: ["all"] },
        capacityBuilding: { increment: 0.02, until: 6 },
        disputeResolution: { repairShare: 0.5 },
        ppp: { investmentShare: 0.4 },
      },
      shocks: [{ type: "foodPrice", year: 4, duration: 2, size: 0.2 }],
    },
  },
  {
    label: "a synthetic world",
    world: () => syntheticWorld({ regions: 60, groups: 4, seed: 3 }),
    input: { years: 6, world: { synthetic: { regions: 60, groups: 4, seed: 3 } } },
  },
];

function drain(world: World, input: ScenarioInput, replicates: number) {
  const stepper = createRunStepper(world, input, replicates);
  const years: RunYear[] = [];
  for (let year = stepper.next(); year; year = stepper.next()) years.push(year);
  return { stepper, years };
}

function regionRowsByYear(rows: RegionRow[], size: number): RegionRow[][] {
  const byYear: RegionRow[][] = [];
  for (let start = 0; start < rows.length; start += size) byYear.push(rows.slice(start, start + size));
  return byYear;
}

describe("createRunStepper", () => {
  it.each(CASES)("replicate 0 gives runModel's rows and region rows ($label)", ({ world, input }) => {
    const scenario = parseScenario(input);
    const w = world();
    const expected = runModel(w, scenario, { regions: true });
    const { stepper, years } = drain(w, input, 2);

    expect(years.map((year) => year.rows[0])).toEqual(expected.years);
    expect(stepper.done).toBe(true);
    expect(stepper.next()).toBeUndefined();
    expect(stepper.totalPolicyCost()[0]).toBe(expected.summary.totalPolicyCost);

    const regionYears = regionRowsByYear(expected.regions, w.size);
    expect(years).toHaveLength(regionYears.length);
    years.forEach(({ frame, rows }, t) => {
      const regions = regionYears[t]!;
      expect(frame.year).toBe(t);
      expect(Array.from(frame.grdpPerCapita)).toEqual(regions.map((r) => r.grdp_per_capita));
      expect(Array.from(frame.klassen)).toEqual(regions.map((r) => r.klassen ?? 0));
      expect(Array.from(frame.growth)).toEqual(regions.map((r) => r.growth_rate ?? Number.NaN));
      expect(Array.from(frame.agreements)).toEqual(regions.map((r) => r.agreements));
      expect(Array.from(frame.population)).toEqual(regions.map((r) => r.population));
      expect(Array.from(frame.grdp)).toEqual(regions.map((r) => r.grdp));
      expect(Array.from(frame.capacity)).toEqual(regions.map((r) => r.capacity));
      expect(Array.from(frame.ego)).toEqual(regions.map((r) => r.ego));
      expect(Array.from(frame.netGain)).toEqual(regions.map((r) => r.net_cooperation_gain));

      // The links are the active agreements: as many as the year's total, per domain as its columns,
      // and each region party to as many as its agreement count.
      const row = rows[0]!;
      expect(frame.linkA).toHaveLength(row.agreements_total);
      stepper.start.domains.forEach((domain, d) => {
        const inDomain = Array.from(frame.linkDomain).filter((x) => x === d).length;
        expect(inDomain).toBe(row[`agreements_${domain}`]);
      });
      const parties = new Array<number>(w.size).fill(0);
      frame.linkA.forEach((a, k) => {
        const b = frame.linkB[k]!;
        expect(a).toBeLessThan(b);
        parties[a]!++;
        parties[b]!++;
      });
      expect(parties).toEqual(Array.from(frame.agreements));
    });
  });

  it("a run with agreements draws links (the comparison above is not vacuous)", () => {
    const { years } = drain(indonesia2022(), { years: 8 }, 1);
    expect(years.at(-1)!.frame.linkA.length).toBeGreaterThan(0);
    expect(years[0]!.frame.klassen.every((q) => q === 0)).toBe(true);
    expect(years.at(-1)!.frame.klassen.every((q) => q >= 1 && q <= 4)).toBe(true);
  });

  it("replicate r equals runModel with seed + r, and the replicates differ", () => {
    const input: ScenarioInput = { years: 6, seed: 7, policies: { incentiveFund: { budget: 300 } } };
    const { stepper, years } = drain(indonesia2022(), input, 3);
    expect(stepper.start.seeds).toEqual([7, 8, 9]);
    const byReplicate: YearRow[][] = [0, 1, 2].map((r) => years.map((year) => year.rows[r]!));
    const costs = stepper.totalPolicyCost();
    for (const r of [0, 1, 2]) {
      const expected = runModel(indonesia2022(), parseScenario({ ...input, seed: 7 + r }));
      expect(byReplicate[r]).toEqual(expected.years);
      expect(costs[r]).toBe(expected.summary.totalPolicyCost);
    }
    expect(byReplicate[1]).not.toEqual(byReplicate[0]);
  });

  it("steps one replicate at a time and returns a year once all replicates have it", () => {
    const stepper = createRunStepper(indonesia2022(), { years: 1 }, 3);
    expect(stepper.step()).toBeUndefined();
    expect(stepper.step()).toBeUndefined();
    const year0 = stepper.step();
    expect(year0?.rows.map((row) => row.year)).toEqual([0, 0, 0]);
    expect([stepper.step(), stepper.step()]).toEqual([undefined, undefined]);
    expect(stepper.done).toBe(false);
    expect(stepper.step()?.frame.year).toBe(1);
    expect(stepper.done).toBe(true);
    expect(stepper.step()).toBeUndefined();
  });

  it("describes the run before its first year", () => {
    const world = indonesia2022();
    const stepper = createRunStepper(world, { years: 3, seed: 5 }, 2);
    expect(stepper.start.scenario).toEqual(parseScenario({ years: 3, seed: 5 }));
    expect(stepper.start.domains).toEqual(["trade", "tourism", "food", "energy"]);
    expect(stepper.start.regions).toHaveLength(world.size);
    expect(stepper.start.regions[0]).toEqual({
      id: world.ids[0],
      name: world.names[0],
      group: world.groups[world.groupOf[0]!],
      lat: world.lat[0],
      lon: world.lon[0],
    });
    expect(stepper.done).toBe(false);
  });

  it("rejects an invalid scenario with sim's message naming the field", () => {
    expect(() => createRunStepper(indonesia2022(), { ego: { mean: 2 } }, 1)).toThrow(
      new InputError("scenario", "ego.mean", "Too big: expected number to be <=1"),
    );
    expect(() => createRunStepper(indonesia2022(), { ego: { byRegion: { XX: 0.5 } } }, 1)).toThrow(
      /scenario: ego\.byRegion\.XX: no region with id "XX"/,
    );
  });

  it.each([0, -1, 1.5, 51, Number.NaN])("rejects %s replicates", (replicates) => {
    expect(() => createRunStepper(indonesia2022(), {}, replicates)).toThrow(InputError);
    expect(() => createRunStepper(indonesia2022(), {}, replicates)).toThrow(
      /replicates: must be a whole number/,
    );
  });
});
