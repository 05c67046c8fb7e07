import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Model, parseScenario, syntheticWorld } from "../../../sim/index.js";
import {
  assessDeal,
  cooperationBudget,
  emptyAssessment,
  type DealAssessment,
} from "../../../sim/model/deal-assessment.js";
import { CandidateEvaluator } from "../../../sim/model/phases/candidate-evaluator.js";
import { yearConditions } from "../../../sim/model/year-conditions.js";
import { indonesia2022 } from "../../support/worlds.js";

/** Scenarios that move every term of a deal's utility: levers (timed), shocks, sharing rules, ego. */
const scenarioArbitrary = fc.record({
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  years: fc.integer({ min: 1, max: 6 }),
  ego: fc.record({
    mean: fc.double({ min: 0, max: 1, noNaN: true }),
    spread: fc.double({ min: 0, max: 0.3, noNaN: true }),
  }),
  cooperation: fc.record({
    transactionCost: fc.double({ min: 0, max: 10, noNaN: true }),
    coordinationCost: fc.double({ min: 0, max: 5, noNaN: true }),
    initialTrust: fc.double({ min: 0, max: 1, noNaN: true }),
    friction: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  policies: fc.record({
    harmonisation: fc.record({ level: fc.double({ min: 0, max: 1, noNaN: true }) }),
    regionalBody: fc.record({
      members: fc.constantFrom([], ["all"], ["Jawa", "Sumatera"]),
      from: fc.integer({ min: 1, max: 4 }),
    }),
    incentiveFund: fc.record({
      budget: fc.double({ min: 0, max: 2000, noNaN: true }),
      favourPoor: fc.boolean(),
      from: fc.integer({ min: 1, max: 4 }),
    }),
    benefitSharing: fc.record({ rule: fc.constantFrom("proportional", "equal", "needs") }),
    facilitation: fc.record({ egoDamping: fc.double({ min: 0, max: 1, noNaN: true }) }),
    ppp: fc.record({ investmentShare: fc.double({ min: 0, max: 1, noNaN: true }) }),
  }),
  shocks: fc.array(
    fc.record({
      type: fc.constantFrom("foodPrice", "energyCrisis", "disaster", "pandemic"),
      year: fc.integer({ min: 1, max: 6 }),
      duration: fc.integer({ min: 1, max: 3 }),
      size: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    { maxLength: 3 },
  ),
  budgetScale: fc.constantFrom(0, 0.5, 1, 1e6),
});

describe("the candidate evaluator of partner search", () => {
  it("gives the searcher's utility of assessDeal bit for bit, −∞ where the deal is infeasible, and assessDeal itself", () => {
    const worlds = [indonesia2022(), syntheticWorld({ regions: 40, groups: 3, seed: 2 })];
    fc.assert(
      fc.property(scenarioArbitrary, fc.constantFrom(0, 1), ({ budgetScale, ...input }, w) => {
        const world = worlds[w]!;
        const members = w === 1 && input.policies.regionalBody.members.length === 2 ? ["Group 1"] : undefined;
        const regionalBody = { ...input.policies.regionalBody, ...(members ? { members } : {}) };
        const scenario = parseScenario({ ...input, policies: { ...input.policies, regionalBody } });
        const model = new Model(world, scenario);
        // Some years of history, so that loads, trust and agreements differ between pairs.
        for (let y = 1; y < scenario.years; y++) model.step();
        const { context, state } = model;
        const conditions = yearConditions(context, state, state.year + 1);
        const evaluator = new CandidateEvaluator(context, state);
        evaluator.startYear(context, conditions);
        const deal = emptyAssessment();
        const byEvaluator = emptyAssessment();
        let feasible = 0;
        for (let i = 0; i < world.size; i++) {
          for (let d = 0; d < context.domains.length; d++) {
            const budgetLeft = budgetScale * (cooperationBudget(context, state, i) - state.committed[i]!);
            evaluator.prepare(i, d);
            expect(evaluator.budgetLeft).toBe(cooperationBudget(context, state, i) - state.committed[i]!);
            evaluator.budgetLeft = budgetLeft;
            for (let j = 0; j < world.size; j++) {
              if (j === i) continue;
              assessDeal(context, state, conditions, d, i, j, deal);
              const expected =
                deal.utilityI > 0 && deal.firstYearOutlayI <= budgetLeft ? deal.utilityI : -Infinity;
              const term = context.pairs.value(d, i, j);
              // The search's assessDeal (for proposals): every field the same bits.
              evaluator.pairTerm = term;
              evaluator.assess(j, byEvaluator);
              for (const key of Object.keys(deal) as (keyof DealAssessment)[])
                if (!Object.is(byEvaluator[key], deal[key]))
                  expect({ i, j, d, key, value: byEvaluator[key] }).toEqual({
                    i,
                    j,
                    d,
                    key,
                    value: deal[key],
                  });
              const actual = evaluator.utility(j, term);
              if (!Object.is(actual, expected))
                expect({ i, j, d, actual }).toEqual({ i, j, d, actual: expected });
              // Search skips a candidate whose bound cannot beat the kept ones: the bound must hold.
              const bound = evaluator.bound(j, term);
              if (!(bound >= actual)) expect({ i, j, d, bound }).toEqual({ i, j, d, bound: `≥ ${actual}` });
              if (expected > 0) feasible++;
            }
          }
        }
        return feasible >= 0;
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("bounds the utility from above whatever i's trust in j, and the bound is tight at full trust", () => {
    const world = syntheticWorld({ regions: 30, groups: 3, seed: 5 });
    fc.assert(
      fc.property(
        scenarioArbitrary,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 30 * 30,
          maxLength: 30 * 30,
        }),
        ({ budgetScale, ...input }, shirkLoss, trust) => {
          const members = input.policies.regionalBody.members.length === 2 ? ["Group 1"] : undefined;
          const regionalBody = { ...input.policies.regionalBody, ...(members ? { members } : {}) };
          const scenario = parseScenario({
            ...input,
            cooperation: { ...input.cooperation, shirkLoss },
            policies: { ...input.policies, regionalBody },
          });
          const model = new Model(world, scenario);
          for (let y = 1; y < scenario.years; y++) model.step();
          const { context, state } = model;
          for (let i = 0; i < world.size; i++)
            for (let j = 0; j < world.size; j++)
              if (i !== j) state.trust.set(i, j, trust[i * world.size + j]!);
          const conditions = yearConditions(context, state, state.year + 1);
          const evaluator = new CandidateEvaluator(context, state);
          evaluator.startYear(context, conditions);
          for (let i = 0; i < world.size; i++) {
            for (let d = 0; d < context.domains.length; d++) {
              const budgetLeft = budgetScale * (cooperationBudget(context, state, i) - state.committed[i]!);
              evaluator.prepare(i, d);
              expect(evaluator.budgetLeft).toBe(cooperationBudget(context, state, i) - state.committed[i]!);
              evaluator.budgetLeft = budgetLeft;
              for (let j = 0; j < world.size; j++) {
                if (j === i) continue;
                const term = context.pairs.value(d, i, j);
                const bound = evaluator.bound(j, term);
                const utility = evaluator.utility(j, term);
                expect(bound >= utility).toBe(true);
                if (trust[i * world.size + j] === 1 && bound > 0) expect(utility).toBe(bound);
              }
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
