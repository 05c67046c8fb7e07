import { shuffleInPlace } from "../../rng.js";
import { agreementLimit, assessDeal, cooperationBudget, emptyAssessment } from "../deal-assessment.js";
import type { ModelState, RunContext } from "../state.js";
import type { YearConditions } from "../year-conditions.js";
import { inForce } from "../../policies/lever-timing.js";
import { log1p } from "../../math.js";

/** A region proposes to at most this many candidates per search, best first. */
const PROPOSALS_PER_SEARCH = 3;

/**
 * Partner search and agreement formation. Regions act in a fresh random order each year; each
 * region, for each domain, searches with probability p_i,d. Its candidates are its k nearest
 * regions, the members of its regional body, and any other region it happens to notice
 * (probability `discovery`, raised by the information platform). It ranks the candidates by its own
 * utility and proposes to the best ones in turn; an agreement forms when both sides' utility is
 * positive and both have the budget and the capacity to run one more.
 */
export function searchPhase(context: RunContext, state: ModelState, conditions: YearConditions): void {
  const n = context.world.size;
  const domainCount = context.domains.length;
  const rng = context.rng;
  const order = shuffleInPlace(
    Int32Array.from({ length: n }, (_, i) => i),
    rng,
  );
  const bodyInForce = inForce(context.scenario.policies.regionalBody, conditions.year);
  const candidates: number[] = [];
  const utilities: number[] = [];
  const deal = emptyAssessment();
  const logMiss = log1p(-conditions.discovery);
  state.searched.fill(0);

  for (const i of order) {
    for (let d = 0; d < domainCount; d++) {
      if (!rng.chance(state.propensity[i * domainCount + d]!)) continue;
      state.searched[i * domainCount + d] = 1;
      if (state.load[i]! >= agreementLimit(context, state, i)) continue;
      const budgetLeft = cooperationBudget(context, state, i) - state.committed[i]!;
      if (budgetLeft <= 0) continue;

      candidates.length = 0;
      for (let r = 0; r < context.nearestCount; r++)
        candidates.push(context.nearest[i * context.nearestCount + r]!);
      if (bodyInForce && context.body[i]! >= 0)
        for (const j of context.bodyMembers[context.body[i]!]!) candidates.push(j);
      // Noticing each other region with probability q is sampled by geometric skips: exact, and
      // O(q·N) draws instead of N.
      if (conditions.discovery > 0) {
        let j = -1;
        for (;;) {
          const skip = conditions.discovery >= 1 ? 0 : Math.floor(log1p(-rng.next()) / logMiss);
          j += 1 + skip;
          if (!(j < n)) break;
          candidates.push(j);
        }
      }

      utilities.length = 0;
      for (const j of candidates) {
        if (j === i || state.agreements.has(i, j, d)) {
          utilities.push(-Infinity);
          continue;
        }
        assessDeal(context, state, conditions, d, i, j, deal);
        const feasible = deal.utilityI > 0 && deal.firstYearOutlayI <= budgetLeft;
        utilities.push(feasible ? deal.utilityI : -Infinity);
      }

      for (let attempt = 0; attempt < PROPOSALS_PER_SEARCH; attempt++) {
        let best = -1;
        for (let c = 0; c < candidates.length; c++) {
          if (utilities[c]! > (best < 0 ? 0 : utilities[best]!)) best = c;
        }
        if (best < 0) break;
        utilities[best] = -Infinity;
        const j = candidates[best]!;
        // A candidate listed twice (nearest and noticed) is proposed to once.
        for (let c = 0; c < candidates.length; c++) if (candidates[c] === j) utilities[c] = -Infinity;
        if (state.load[j]! >= agreementLimit(context, state, j)) continue;
        assessDeal(context, state, conditions, d, i, j, deal);
        const budgetLeftJ = cooperationBudget(context, state, j) - state.committed[j]!;
        if (deal.utilityJ <= 0 || deal.firstYearOutlayJ > budgetLeftJ) continue;
        form(context, state, conditions, d, i, j, deal.shareOfI, deal.investment);
        state.committed[i] = state.committed[i]! + deal.firstYearOutlayI;
        state.committed[j] = state.committed[j]! + deal.firstYearOutlayJ;
        break;
      }
    }
  }
}

function form(
  context: RunContext,
  state: ModelState,
  conditions: YearConditions,
  d: number,
  i: number,
  j: number,
  shareOfI: number,
  investment: number,
): void {
  const buildYears = context.domainParameters[d]!.buildYears;
  const privateShare = investment > 0 ? conditions.privateShare : 0;
  state.agreements.add(i, j, d, shareOfI, buildYears, investment, privateShare);
  state.load[i] = state.load[i]! + 1;
  state.load[j] = state.load[j]! + 1;
  state.formed++;
  if (privateShare > 0) state.policyCost += context.scenario.policies.ppp.costPerProject;
}
