import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Model, parseScenario, syntheticWorld, type Scenario, type World } from "../../../sim/index.js";
import { indonesia2022 } from "../../support/worlds.js";

/** Random scenarios across the whole parameter space, with every lever and shock type in play. */
const scenarioArbitrary = fc.record({
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  years: fc.integer({ min: 1, max: 12 }),
  ego: fc.record({
    mean: fc.double({ min: 0, max: 1, noNaN: true }),
    spread: fc.double({ min: 0, max: 0.5, noNaN: true }),
  }),
  economy: fc.record({
    baseGrowth: fc.double({ min: -0.05, max: 0.1, noNaN: true }),
    convergence: fc.double({ min: 0, max: 0.05, noNaN: true }),
  }),
  cooperation: fc.record({
    transactionCost: fc.double({ min: 0, max: 20, noNaN: true }),
    coordinationCost: fc.double({ min: 0, max: 5, noNaN: true }),
    initialTrust: fc.double({ min: 0, max: 1, noNaN: true }),
    discovery: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  learning: fc.record({ rule: fc.constantFrom("fermi", "aspiration", "none"), imitateEgo: fc.boolean() }),
  policies: fc.record({
    harmonisation: fc.record({ level: fc.double({ min: 0, max: 1, noNaN: true }) }),
    regionalBody: fc.record({ members: fc.constantFrom([], ["all"], ["Jawa", "Sumatera"]) }),
    incentiveFund: fc.record({
      budget: fc.double({ min: 0, max: 2000, noNaN: true }),
      favourPoor: fc.boolean(),
    }),
    capacityBuilding: fc.record({ increment: fc.double({ min: 0, max: 0.1, noNaN: true }) }),
    disputeResolution: fc.record({ repairShare: fc.double({ min: 0, max: 1, noNaN: true }) }),
    benefitSharing: fc.record({ rule: fc.constantFrom("proportional", "equal", "needs") }),
    facilitation: fc.record({ egoDamping: fc.double({ min: 0, max: 1, noNaN: true }) }),
    ppp: fc.record({ investmentShare: fc.double({ min: 0, max: 1, noNaN: true }) }),
    informationPlatform: fc.record({ level: fc.double({ min: 0, max: 1, noNaN: true }) }),
    monitoring: fc.record({ level: fc.double({ min: 0, max: 2, noNaN: true }) }),
  }),
  shocks: fc.array(
    fc.record({
      type: fc.constantFrom("foodPrice", "energyCrisis", "disaster", "pandemic"),
      year: fc.integer({ min: 1, max: 12 }),
      duration: fc.integer({ min: 1, max: 3 }),
      size: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    { maxLength: 3 },
  ),
});

/** Plain checks inside the loops: thousands of expect() calls per run would dominate the test time. */
function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

function checkRun(world: World, scenario: Scenario): void {
  const model = new Model(world, scenario);
  const n = world.size;
  const rows = [model.record()];
  while (!model.done) {
    rows.push(model.step());
    const { state } = model;
    const at = () => `year ${state.year}`;
    for (let i = 0; i < n; i++) {
      check(
        state.grdp[i]! > 0 && Number.isFinite(state.grdp[i]!),
        () => `GRDP of region ${i} is ${state.grdp[i]} in ${at()}`,
      );
      check(state.population[i]! > 0, () => `population of region ${i} is ${state.population[i]} in ${at()}`);
      check(
        state.capacity[i]! >= 0 && state.capacity[i]! <= 1,
        () => `capacity ${state.capacity[i]} in ${at()}`,
      );
      check(state.ego[i]! >= 0 && state.ego[i]! <= 1, () => `ego ${state.ego[i]} in ${at()}`);
    }
    for (const p of state.propensity) check(p >= 0 && p <= 1, () => `propensity ${p} in ${at()}`);
    for (const t of state.trust.values()) check(t >= 0 && t <= 1, () => `trust ${t} in ${at()}`);
    // Agreements bind two distinct regions, once per pair and domain, and loads add up.
    const table = state.agreements;
    const load = new Int32Array(n);
    const seen = new Set<string>();
    for (let r = 0; r < table.count; r++) {
      const a = table.a[r]!;
      const b = table.b[r]!;
      check(a >= 0 && a < b && b < n, () => `agreement ${r} binds ${a} and ${b} in ${at()}`);
      const key = `${a}-${b}-${table.domain[r]}`;
      check(!seen.has(key), () => `agreement ${key} twice in ${at()}`);
      seen.add(key);
      load[a]!++;
      load[b]!++;
    }
    expect(Array.from(state.load)).toEqual(Array.from(load));
  }
  for (const row of rows) {
    for (const [column, value] of Object.entries(row)) {
      if (column === "growth_rate" && row.year === 0) {
        check(value === null, () => "growth_rate of year 0 is not null");
        continue;
      }
      check(Number.isFinite(value), () => `${column} in year ${row.year} is ${value}`);
      if (
        column.startsWith("coop_rate_") ||
        column.startsWith("mean_trust") ||
        column.startsWith("mean_ego")
      ) {
        check(value >= 0 && value <= 1, () => `${column} in year ${row.year} is ${value}`);
      }
    }
    check(row.policy_cost >= 0, () => `negative policy cost in year ${row.year}`);
    expect(row.theil_between + row.theil_within).toBeCloseTo(row.theil, 10);
  }
}

describe("model invariants over random scenarios", () => {
  it("hold on the default world", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (input) => checkRun(indonesia2022(), parseScenario(input))),
      { numRuns: 40 },
    );
  }, 120_000);

  it("hold on synthetic worlds", () => {
    fc.assert(
      fc.property(
        scenarioArbitrary,
        fc.integer({ min: 2, max: 80 }),
        fc.integer({ min: 1, max: 6 }),
        (input, regions, groups) => {
          const world = syntheticWorld({
            regions,
            groups: Math.min(groups, regions),
            seed: regions * 7 + groups,
          });
          const { regionalBody: _ignored, ...policies } = input.policies;
          checkRun(
            world,
            parseScenario({ ...input, policies: { ...policies, regionalBody: { members: ["all"] } } }),
          );
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);
});
