import { shuffleInPlace } from "../../rng.js";
import type { ModelState, RunContext } from "../state.js";
import type { YearConditions } from "../year-conditions.js";
import { inForce } from "../../policies/lever-timing.js";
import { geometricSkips } from "../geometric-skips.js";
import { PROPOSALS_PER_SEARCH, TOP_KEPT } from "../scratch.js";

/** Whether j is among the first `count` regions proposed to in this search. */
function proposedBefore(proposed: Int32Array, count: number, j: number): boolean {
  for (let k = 0; k < count; k++) if (proposed[k] === j) return true;
  return false;
}

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
  const scratch = context.scratch;
  const order = scratch.order;
  for (let i = 0; i < n; i++) order[i] = i;
  shuffleInPlace(order, rng);
  const bodyInForce = inForce(context.scenario.policies.regionalBody, conditions.year);
  // The run's evaluator, deal and lists, made with the run: nothing per year or per search.
  const deal = scratch.deal;
  const evaluator = scratch.evaluator;
  if (!evaluator) throw new Error("searchPhase: the run's scratch has no evaluator (initialise makes it)");
  evaluator.startYear(context, conditions);
  const maxAgreements = context.scenario.cooperation.maxAgreements;
  const budgetShare = context.scenario.cooperation.budgetShare;
  let maxBody = 0;
  for (const members of context.bodyMembers) maxBody = Math.max(maxBody, members.length);
  scratch.reserveCandidates(context.nearestCount + maxBody + (context.poolCount > 0 ? context.poolCount : n));
  const candidates = scratch.candidates;
  const ranks = scratch.ranks;
  const utilities = scratch.utilities;
  const terms = scratch.terms;
  const top = scratch.top;
  const proposed = scratch.proposed;
  const neighbours = context.neighbours;
  const width = context.neighbourCount;
  const pool = context.poolCount;
  const dense = context.pairs.denseTerms();
  const listed = context.pairs.listTerms();
  // The skip table of last year when the probability is the same (the usual case): no lookup key.
  let skips = scratch.skips;
  if (!skips || skips.probability !== conditions.discovery || skips.limit !== (pool > 0 ? pool : n))
    skips = scratch.skips = geometricSkips(conditions.discovery, pool > 0 ? pool : n);
  state.searched.fill(0);

  for (let o = 0; o < n; o++) {
    const i = order[o]!;
    for (let d = 0; d < domainCount; d++) {
      if (!rng.chance(state.propensity[i * domainCount + d]!)) continue;
      state.searched[i * domainCount + d] = 1;
      // agreementLimit of deal-assessment.ts, inline; prepare() finds i's budget left.
      if (state.load[i]! >= Math.ceil(state.capacity[i]! * maxAgreements)) continue;
      evaluator.prepare(i, d);
      if (evaluator.budgetLeft <= 0) continue;

      // Candidates, each with its rank in i's neighbour list (−1: not listed), which locates its
      // static pair term in large worlds.
      let count = 0;
      const row = i * width;
      for (let r = 0; r < context.nearestCount; r++) {
        candidates[count] = neighbours[row + r]!;
        ranks[count++] = r;
      }
      if (bodyInForce && context.body[i]! >= 0)
        for (const j of context.bodyMembers[context.body[i]!]!) {
          candidates[count] = j;
          ranks[count++] = -1;
        }
      // Noticing each region of the pool (every other region, or i's nearest in large worlds) with
      // probability q is sampled by geometric skips: exact, and O(q·pool) draws instead of pool.
      if (conditions.discovery > 0) {
        const poolSize = pool > 0 ? pool : n;
        let p = -1;
        for (;;) {
          const skip = conditions.discovery >= 1 ? 0 : skips.skip(rng.next());
          p += 1 + skip;
          if (!(p < poolSize)) break;
          candidates[count] = pool > 0 ? neighbours[row + p]! : p;
          ranks[count++] = pool > 0 ? p : -1;
        }
      }

      const denseRow = (i * domainCount + d) * n;
      const listRow = (d * n + i) * width;
      // The best candidates so far, by utility (descending), then position (ascending): the order in
      // which repeated "first maximum" scans would propose to them. A candidate is assessed in two
      // steps: an upper bound on its utility without the trust lookup (`bounds`, every candidate of the
      // search in one loop), then, only if that bound could put it among the best kept, the duplicate
      // check and the exact utility. One whose bound cannot beat the last one kept is not assessed:
      // it cannot enter the list. The list is never used up before the proposals are (see
      // PROPOSALS_PER_SEARCH), so no candidate outside it is ever needed.
      let topCount = 0;
      // The static terms first, in a loop of their own: in a large dense matrix nearly every one is a
      // cache miss, and loads that depend on nothing else are fetched side by side rather than one
      // assessment at a time.
      if (dense) {
        for (let c = 0; c < count; c++) terms[c] = dense[denseRow + candidates[c]!]!;
      } else {
        for (let c = 0; c < count; c++) {
          const rank = ranks[c]!;
          terms[c] =
            rank >= 0 && listed ? listed[listRow + rank]! : context.pairs.value(d, i, candidates[c]!);
        }
      }
      evaluator.bounds(candidates, terms, count);
      const bounds = evaluator.boundOf;
      for (let c = 0; c < count; c++) {
        const bound = bounds[c]!;
        if (!(bound > 0)) continue;
        if (topCount === TOP_KEPT && !(bound > utilities[top[TOP_KEPT - 1]!]!)) continue;
        // Both lookups by j's slot in i's neighbour list where search found it there.
        const j = candidates[c]!;
        const rank = ranks[c]!;
        if (state.agreements.hasListed(i, j, rank, d)) continue;
        evaluator.exact(c, j, rank);
        const u = evaluator.value;
        if (!(u > 0)) continue;
        utilities[c] = u;
        let slot: number;
        if (topCount < TOP_KEPT) slot = topCount++;
        else if (u > utilities[top[TOP_KEPT - 1]!]!) slot = TOP_KEPT - 1;
        else continue;
        while (slot > 0 && utilities[top[slot - 1]!]! < u) {
          top[slot] = top[slot - 1]!;
          slot--;
        }
        top[slot] = c;
      }

      let next = 0;
      for (let attempt = 0; attempt < PROPOSALS_PER_SEARCH; attempt++) {
        // The best candidate not yet proposed to; a candidate listed twice (nearest and noticed) is
        // proposed to once.
        let best = -1;
        while (next < topCount) {
          const c = top[next++]!;
          if (!proposedBefore(proposed, attempt, candidates[c]!)) {
            best = c;
            break;
          }
        }
        if (best < 0) break;
        const j = candidates[best]!;
        proposed[attempt] = j;
        if (state.load[j]! >= Math.ceil(state.capacity[j]! * maxAgreements)) continue;
        // assessDeal, by the evaluator; cooperationBudget inline.
        evaluator.pairTerm = terms[best]!;
        evaluator.assess(j, deal);
        const budgetLeftJ = budgetShare * state.grdp[j]! - state.committed[j]!;
        if (deal.utilityJ <= 0 || deal.firstYearOutlayJ > budgetLeftJ) continue;
        form(context, state, conditions, d, i, j, deal.shareOfI, deal.investment, terms[best]!);
        evaluator.loadChanged(i);
        evaluator.loadChanged(j);
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
  pairTerm: number,
): void {
  const buildYears = context.domainParameters[d]!.buildYears;
  const privateShare = investment > 0 ? conditions.privateShare : 0;
  state.agreements.add(i, j, d, shareOfI, buildYears, investment, privateShare, pairTerm);
  state.load[i] = state.load[i]! + 1;
  state.load[j] = state.load[j]! + 1;
  state.formed++;
  if (privateShare > 0) state.policyCost += context.scenario.policies.ppp.costPerProject;
}
