import { shuffleInPlace } from "../../rng.js";
import { agreementLimit, assessDeal, cooperationBudget, emptyAssessment } from "../deal-assessment.js";
import type { ModelState, RunContext } from "../state.js";
import type { YearConditions } from "../year-conditions.js";
import { inForce } from "../../policies/lever-timing.js";
import { geometricSkips } from "../geometric-skips.js";
import { availabilityPaymentRate } from "../../policies/ppp.js";
import { SHOCK_ROW } from "../year-conditions.js";

/** A region proposes to at most this many candidates per search, best first. */
const PROPOSALS_PER_SEARCH = 3;
/** Candidates kept in order while assessing, enough for the proposals whatever the duplicates. */
const TOP_KEPT = 8;

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
  const deal = emptyAssessment();
  const evaluator = new CandidateEvaluator(context, state, conditions);
  const maxAgreements = context.scenario.cooperation.maxAgreements;
  const budgetShare = context.scenario.cooperation.budgetShare;
  let maxBody = 0;
  for (const members of context.bodyMembers) maxBody = Math.max(maxBody, members.length);
  scratch.reserveCandidates(context.nearestCount + maxBody + (context.poolCount > 0 ? context.poolCount : n));
  const candidates = scratch.candidates;
  const ranks = scratch.ranks;
  const utilities = scratch.utilities;
  const terms = scratch.terms;
  const top = new Int32Array(TOP_KEPT);
  const proposed = new Int32Array(PROPOSALS_PER_SEARCH);
  const neighbours = context.neighbours;
  const width = context.neighbourCount;
  const pool = context.poolCount;
  const dense = context.pairs.denseTerms();
  const listed = context.pairs.listTerms();
  const skips = geometricSkips(conditions.discovery, pool > 0 ? pool : n);
  state.searched.fill(0);

  for (let o = 0; o < n; o++) {
    const i = order[o]!;
    for (let d = 0; d < domainCount; d++) {
      if (!rng.chance(state.propensity[i * domainCount + d]!)) continue;
      state.searched[i * domainCount + d] = 1;
      // agreementLimit and cooperationBudget of deal-assessment.ts, inline.
      if (state.load[i]! >= Math.ceil(state.capacity[i]! * maxAgreements)) continue;
      const budgetLeft = budgetShare * state.grdp[i]! - state.committed[i]!;
      if (budgetLeft <= 0) continue;

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

      evaluator.prepare(i, d, budgetLeft);
      const denseRow = (i * domainCount + d) * n;
      const listRow = (d * n + i) * width;
      // The best candidates so far, by utility (descending), then position (ascending): the order in
      // which repeated "first maximum" scans would propose to them. A candidate is assessed in two
      // steps: an upper bound on its utility without the trust lookup (`upper`), then, only if that
      // bound could put it among the best kept, the duplicate check and the exact utility. One whose
      // bound cannot beat the eighth best is left unresolved (NaN): it cannot change the list, and
      // only the rare full scan below needs its utility, which it then computes.
      let topCount = 0;
      // Positive candidates, counting the unresolved ones as if positive: ≥ the true count.
      let positives = 0;
      let unresolved = false;
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
      for (let c = 0; c < count; c++) {
        const j = candidates[c]!;
        if (j === i) {
          utilities[c] = -Infinity;
          continue;
        }
        const bound = evaluator.upper(j, terms[c]!);
        if (!(bound > 0)) {
          utilities[c] = -Infinity;
          continue;
        }
        if (topCount === TOP_KEPT && !(bound > utilities[top[TOP_KEPT - 1]!]!)) {
          utilities[c] = Number.NaN;
          unresolved = true;
          positives++;
          continue;
        }
        if (state.agreements.has(i, j, d)) {
          utilities[c] = -Infinity;
          continue;
        }
        const u = evaluator.exact();
        utilities[c] = u;
        if (!(u > 0)) continue;
        positives++;
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
        if (best < 0 && positives > topCount) {
          // More positive candidates than were kept and every kept one used (rare: it takes many
          // duplicates): scan all, as if the list had been long enough, once the unresolved ones
          // have their utility (−∞ for an agreement that already exists).
          if (unresolved) {
            for (let c = 0; c < count; c++) {
              if (!Number.isNaN(utilities[c]!)) continue;
              const j = candidates[c]!;
              utilities[c] = state.agreements.has(i, j, d) ? -Infinity : evaluator.utility(j, terms[c]!);
            }
            unresolved = false;
          }
          for (let c = 0; c < count; c++)
            if (proposedBefore(proposed, attempt, candidates[c]!)) utilities[c] = -Infinity;
          for (let c = 0; c < count; c++) {
            if (utilities[c]! > (best < 0 ? 0 : utilities[best]!)) best = c;
          }
          // Keep scanning in later attempts: the list no longer says what comes next.
          topCount = 0;
          positives = 1;
        }
        if (best < 0) break;
        const j = candidates[best]!;
        proposed[attempt] = j;
        if (state.load[j]! >= agreementLimit(context, state, j)) continue;
        assessDeal(context, state, conditions, d, i, j, deal, terms[best]!);
        const budgetLeftJ = cooperationBudget(context, state, j) - state.committed[j]!;
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

/**
 * The searcher's side of `assessDeal`, for ranking candidates: the same arithmetic in the same
 * order (so the same bits; test/sim/model/candidate-utility.test.ts checks it), with everything that
 * is fixed for the year hoisted out, everything fixed for the searcher computed once per search,
 * and nothing of the partner's side computed beyond what the searcher's utility needs. Returns the
 * utility of a feasible deal (utility > 0 and first-year outlay within the budget left), else −∞.
 */
export class CandidateEvaluator {
  private readonly grdp: Float64Array;
  private readonly population: Float64Array;
  private readonly capacity: Float64Array;
  private readonly load: Int32Array;
  private readonly ego: Float64Array;
  private readonly body: Int32Array;
  private readonly n: number;
  private readonly domainCount: number;
  private readonly oneMinusFriction: number;
  private readonly rule: number;
  private readonly horizon: number;
  private readonly privateShare: number;
  private readonly oneMinusPrivateShare: number;
  private readonly repayRate: number;
  private readonly transactionCost: number;
  private readonly coordination: number;
  private readonly bodyInForce: boolean;
  private readonly bodyFactor: number;
  private readonly bonusActive: boolean;
  private readonly perAgreement: number;
  private readonly favourPoor: boolean;
  private readonly meanPerCapita: number;
  private readonly shirkLoss: number;
  private readonly initialTrust: number;
  private readonly egoFactor: number;
  private readonly needPerCapita: boolean;
  private readonly shock: Float64Array;
  /** Per domain: κ, the shock row that hits it this year (−1: none), operating share, investment, build. */
  private readonly scale: Float64Array;
  private readonly hitRow: Int32Array;
  private readonly operating: Float64Array;
  private readonly investmentYears: Float64Array;
  private readonly buildYears: Float64Array;
  /** Per region, its running cost of one more agreement as a partner (see `loadChanged`). */
  private readonly runningPlain: Float64Array;
  private readonly runningBody: Float64Array;

  // The searcher, set by prepare().
  private i = 0;
  private d = 0;
  private budgetLeft = 0;
  private grdpI = 0;
  private yI = 0;
  private bodyI = -1;
  private egoI = 0;
  private bonusI = 0;
  private runningPlainI = 0;
  private runningBodyI = 0;
  /** Whether trust can only lower i's utility this year and for this searcher (see `upper`). */
  private boundHolds = false;
  private readonly boundHoldsThisYear: boolean;

  // The candidate, set by upper() for exact().
  private j = 0;
  private ownGain = 0;
  private partnerOfI = 0;
  private costI = 0;

  constructor(
    context: RunContext,
    private readonly state: ModelState,
    conditions: YearConditions,
  ) {
    const { scenario } = context;
    const cooperation = scenario.cooperation;
    const policies = scenario.policies;
    const year = conditions.year;
    this.grdp = state.grdp;
    this.population = state.population;
    this.capacity = state.capacity;
    this.load = state.load;
    this.ego = state.ego;
    this.body = context.body;
    this.n = context.world.size;
    this.domainCount = context.domains.length;
    this.oneMinusFriction = 1 - conditions.friction;
    const rule = policies.benefitSharing.rule;
    this.rule = rule === "proportional" ? 0 : rule === "equal" ? 1 : 2;
    this.horizon = cooperation.planningHorizon;
    this.privateShare = conditions.privateShare;
    this.oneMinusPrivateShare = 1 - conditions.privateShare;
    this.repayRate = availabilityPaymentRate(policies.ppp, this.horizon);
    this.transactionCost = conditions.transactionCost;
    this.coordination = cooperation.coordinationCost;
    this.bodyInForce = inForce(policies.regionalBody, year);
    this.bodyFactor = 1 - policies.regionalBody.coordinationCostReduction;
    const fund = policies.incentiveFund;
    this.bonusActive = inForce(fund, year) && fund.budget > 0;
    this.perAgreement = fund.perAgreement;
    this.favourPoor = fund.favourPoor;
    this.meanPerCapita = conditions.meanPerCapita;
    this.needPerCapita = this.rule === 2 || (this.bonusActive && this.favourPoor);
    this.shirkLoss = cooperation.shirkLoss;
    this.initialTrust = cooperation.initialTrust;
    this.egoFactor = conditions.egoFactor;
    // Trust stays in [0, 1] when it starts there and learns at a rate in [0, 1] (implement.ts,
    // breakup.ts); a loss share s ≥ 0 then makes 1 − s·(1 − T) ≤ 1.
    const learningRate = cooperation.trustLearningRate;
    this.boundHoldsThisYear =
      this.shirkLoss >= 0 &&
      this.initialTrust >= 0 &&
      this.initialTrust <= 1 &&
      learningRate >= 0 &&
      learningRate <= 1;
    this.shock = conditions.shock;
    const domainCount = this.domainCount;
    this.scale = new Float64Array(domainCount);
    this.hitRow = new Int32Array(domainCount);
    this.operating = new Float64Array(domainCount);
    this.investmentYears = new Float64Array(domainCount);
    this.buildYears = new Float64Array(domainCount);
    for (let d = 0; d < domainCount; d++) {
      const parameters = context.domainParameters[d]!;
      const hitBy = context.domains[d]!.hitBy;
      this.scale[d] = parameters.scale;
      // With no shock of its type this year the hit is 0 and gain·(1 − 0) is gain: skip it.
      this.hitRow[d] = hitBy && conditions.shockActive[SHOCK_ROW[hitBy]] ? SHOCK_ROW[hitBy] * this.n : -1;
      this.operating[d] = Math.max(0, this.horizon - parameters.buildYears) / this.horizon;
      this.investmentYears[d] = parameters.investmentYears;
      this.buildYears[d] = Math.max(1, parameters.buildYears);
    }
    this.runningPlain = context.scratch.runningPlain;
    this.runningBody = context.scratch.runningBody;
    for (let j = 0; j < this.n; j++) this.loadChanged(j);
  }

  /**
   * Region j's running cost of one more agreement (transaction cost and marginal coordination cost,
   * without and with a shared body), as `upper` reads it for a partner: it changes only with j's
   * load during search, so the search calls this after every formation.
   */
  loadChanged(j: number): void {
    const load = this.load[j]!;
    const capacity = Math.max(this.capacity[j]!, 0.05);
    this.runningPlain[j] = this.transactionCost + this.marginal(load, capacity, 1);
    this.runningBody[j] = this.transactionCost + this.marginal(load, capacity, this.bodyFactor);
  }

  /** Sets the searcher i, the domain and i's budget left. */
  prepare(i: number, d: number, budgetLeft: number): void {
    this.i = i;
    this.d = d;
    this.budgetLeft = budgetLeft;
    this.grdpI = this.grdp[i]!;
    this.yI = this.needPerCapita ? this.grdpI / this.population[i]! : 0;
    this.bodyI = this.bodyInForce ? this.body[i]! : -1;
    this.egoI = this.ego[i]! * this.egoFactor;
    this.boundHolds = this.boundHoldsThisYear && this.egoI >= 0 && this.egoI <= 1;
    this.bonusI = this.bonus(this.yI);
    const load = this.load[i]!;
    const capacity = Math.max(this.capacity[i]!, 0.05);
    this.runningPlainI = this.transactionCost + this.marginal(load, capacity, 1);
    this.runningBodyI = this.transactionCost + this.marginal(load, capacity, this.bodyFactor);
  }

  /** coordinationCost's marginal form, (L+1)·γ(L+1)/c·f − L·γL/c·f, as deal-assessment.ts computes it. */
  private marginal(load: number, capacity: number, factor: number): number {
    const g = this.coordination;
    return (load + 1) * (((g * (load + 1)) / capacity) * factor) - load * (((g * load) / capacity) * factor);
  }

  private bonus(perCapita: number): number {
    if (!this.bonusActive) return 0;
    const weight = this.favourPoor ? Math.min(4, Math.max(0.25, this.meanPerCapita / perCapita)) : 1;
    return this.perAgreement * weight;
  }

  /** The utility to i of a deal with j, given the pair's static term (`PairTerms.value(d, i, j)`). */
  utility(j: number, pairTerm: number): number {
    return this.upper(j, pairTerm) > 0 ? this.exact() : -Infinity;
  }

  /**
   * An upper bound on `utility(j, pairTerm)`: the utility computed as if i trusted j fully, or −∞
   * when the deal is infeasible whatever the trust (its first-year outlay exceeds i's budget left).
   * Remembers j's terms for `exact()`. Why the bound holds in floating point, not only in real
   * numbers: trust T ≤ 1 enters only through E = x·(1 − s·(1 − T)) + bonus with x ≥ 0 and s ≥ 0,
   * and U = (1 − ε)·E − ε·max(0, P − (E − c)) − c with 0 ≤ ε ≤ 1 is non-decreasing in E; every
   * operation on that path is monotone in the operand that carries T, and rounding to nearest is
   * monotone, so the computed U is non-decreasing in T and largest at T = 1, where the factor is
   * exactly 1. Where a premise is not known to hold (checked per year and per searcher, x per
   * candidate) the bound is +∞, so nothing is skipped.
   */
  upper(j: number, pairTerm: number): number {
    const d = this.d;
    const i = this.i;
    const grdpI = this.grdpI;
    const grdpJ = this.grdp[j]!;
    let gain = this.scale[d]! * Math.sqrt(grdpI * grdpJ) * pairTerm;
    gain *= this.oneMinusFriction;
    const hitRow = this.hitRow[d]!;
    if (hitRow >= 0) {
      const hit = 0.5 * (this.shock[hitRow + i]! + this.shock[hitRow + j]!);
      gain *= 1 - hit;
    }
    const yJ = this.needPerCapita ? grdpJ / this.population[j]! : 0;
    const shareI = this.rule === 0 ? grdpI / (grdpI + grdpJ) : this.rule === 1 ? 0.5 : yJ / (this.yI + yJ);
    const shareJ = 1 - shareI;
    const operating = this.operating[d]!;
    const horizon = this.horizon;

    const investment = this.investmentYears[d]! * gain;
    const publicInvestment = investment * this.oneMinusPrivateShare;
    const privateInvestment = investment * this.privateShare;
    const repayRate = this.repayRate;
    const capitalCostI = (shareI * publicInvestment) / horizon + shareI * privateInvestment * repayRate;
    const capitalCostJ = (shareJ * publicInvestment) / horizon + shareJ * privateInvestment * repayRate;

    const shared = this.bodyI >= 0 && this.bodyI === this.body[j];
    const runningI = shared ? this.runningBodyI : this.runningPlainI;
    const outlayI =
      runningI + (this.investmentYears[d]! > 0 ? (shareI * publicInvestment) / this.buildYears[d]! : 0);
    if (!(outlayI <= this.budgetLeft)) return -Infinity;
    const runningJ = shared ? this.runningBody[j]! : this.runningPlain[j]!;
    const costI = runningI + capitalCostI;
    const costJ = runningJ + capitalCostJ;
    const bonusJ = this.bonus(yJ);

    // shareI·gain·operating·(1 − s·(1 − T)) + bonus, as assessDeal groups it: the first three factors first.
    const ownGain = shareI * gain * operating;
    const partnerOfI = shareJ * gain * operating + bonusJ - costJ;
    this.j = j;
    this.ownGain = ownGain;
    this.partnerOfI = partnerOfI;
    this.costI = costI;
    if (!(this.boundHolds && ownGain >= 0)) return Infinity;
    const expectedI = ownGain + this.bonusI;
    const egoI = this.egoI;
    return (1 - egoI) * expectedI - egoI * Math.max(0, partnerOfI - (expectedI - costI)) - costI;
  }

  /**
   * The exact utility of the candidate last given to `upper` (which found its outlay within the
   * budget), or −∞ when it is not positive: assessDeal's arithmetic with i's trust in j.
   */
  exact(): number {
    const trustIJ = this.state.trust.get(this.i, this.j, this.initialTrust);
    const expectedI = this.ownGain * (1 - this.shirkLoss * (1 - trustIJ)) + this.bonusI;
    const egoI = this.egoI;
    const costI = this.costI;
    const utilityI =
      (1 - egoI) * expectedI - egoI * Math.max(0, this.partnerOfI - (expectedI - costI)) - costI;
    return utilityI > 0 ? utilityI : -Infinity;
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
