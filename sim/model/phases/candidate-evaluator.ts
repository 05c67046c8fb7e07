import { inForce } from "../../policies/lever-timing.js";
import type { DealAssessment } from "../deal-assessment.js";
import { availabilityPaymentRate } from "../../policies/ppp.js";
import type { ModelState, RunContext } from "../state.js";
import type { YearConditions } from "../year-conditions.js";
import { SHOCK_ROW } from "../year-conditions.js";

/**
 * The searcher's side of `assessDeal`, for ranking candidates: the same arithmetic in the same
 * order (so the same bits; test/sim/model/candidate-utility.test.ts checks it), with everything that
 * is fixed for the run or the year hoisted out, everything fixed for the searcher computed once per
 * search, and nothing of the partner's side computed beyond what the searcher's utility needs.
 *
 * One evaluator serves a whole run (`startYear` sets what changes with the year), and its hot
 * methods take no double and return none: `bounds` bounds a whole search's candidates in one loop
 * into `boundOf`, and `exact` leaves its result in the field `value`. A double passed to or returned
 * from a function V8 does not inline is boxed in a fresh heap object, and these run once per
 * candidate: returned, they were half of a run's garbage. A double field of an object is
 * overwritten in place. The bound was a method called once per candidate, too large for V8 to
 * inline: each call paid the call and reloaded the year's and the searcher's terms from the
 * object; in one loop they stay in registers.
 */
export class CandidateEvaluator {
  private readonly grdp: Float64Array;
  private readonly population: Float64Array;
  private readonly capacity: Float64Array;
  private readonly load: Int32Array;
  private readonly ego: Float64Array;
  private readonly committed: Float64Array;
  private readonly body: Int32Array;
  private readonly n: number;
  private readonly domainCount: number;
  private readonly rule: number;
  private readonly horizon: number;
  private readonly repayRate: number;
  private readonly coordination: number;
  private readonly budgetShare: number;
  private readonly perAgreement: number;
  private readonly favourPoor: boolean;
  private readonly shirkLoss: number;
  private readonly initialTrust: number;
  /** Whether trust can only lower i's utility in any year of the run (see `bounds`). */
  private readonly boundHoldsInRun: boolean;
  /** Per domain: κ, operating share, investment, build (fixed for the run), the shock row (−1: none). */
  private readonly scale: Float64Array;
  private readonly operating: Float64Array;
  private readonly investmentYears: Float64Array;
  private readonly buildYears: Float64Array;
  private readonly hitRow: Int32Array;
  /** Per region, its running cost of one more agreement as a partner (see `loadChanged`). */
  private readonly runningPlain: Float64Array;
  private readonly runningBody: Float64Array;

  // The year, set by startYear().
  private shock: Float64Array;
  private oneMinusFriction = 0;
  private privateShare = 0;
  private oneMinusPrivateShare = 0;
  private transactionCost = 0;
  private bodyInForce = false;
  private bodyFactor = 0;
  private bonusActive = false;
  private meanPerCapita = 0;
  private needPerCapita = false;
  private egoFactor = 0;

  // The searcher, set by prepare().
  private i = 0;
  private d = 0;
  /** i's cooperation budget left this year; prepare() sets it, a caller may lower it after. */
  budgetLeft = 0;
  private grdpI = 0;
  private yI = 0;
  private bodyI = -1;
  private egoI = 0;
  private bonusI = 0;
  private runningPlainI = 0;
  private runningBodyI = 0;
  /** Whether trust can only lower i's utility this year and for this searcher (see `bounds`). */
  private boundHolds = false;

  /** The proposed partner's static pair term (`PairTerms.value(d, i, j)`), set by the caller before `assess`. */
  pairTerm = 0;
  /** `bounds`'s results: each candidate's bound on its utility, by position in the search. */
  boundOf = new Float64Array(64);
  /** `exact`'s result: the candidate's utility, −∞ when it is not positive. */
  value = 0;

  // Each candidate's terms that trust does not change, kept by bounds() for exact().
  private ownGainOf = new Float64Array(64);
  private partnerOfIOf = new Float64Array(64);
  private costIOf = new Float64Array(64);
  /** A search of one candidate, for `bound` and `utility`. */
  private readonly one = new Int32Array(1);
  private readonly oneTerm = new Float64Array(1);

  constructor(
    context: RunContext,
    private readonly state: ModelState,
  ) {
    const { scenario } = context;
    const cooperation = scenario.cooperation;
    const policies = scenario.policies;
    this.grdp = state.grdp;
    this.population = state.population;
    this.capacity = state.capacity;
    this.load = state.load;
    this.ego = state.ego;
    this.committed = state.committed;
    this.body = context.body;
    this.n = context.world.size;
    this.domainCount = context.domains.length;
    const rule = policies.benefitSharing.rule;
    this.rule = rule === "proportional" ? 0 : rule === "equal" ? 1 : 2;
    this.horizon = cooperation.planningHorizon;
    this.repayRate = availabilityPaymentRate(policies.ppp, this.horizon);
    this.coordination = cooperation.coordinationCost;
    this.budgetShare = cooperation.budgetShare;
    this.perAgreement = policies.incentiveFund.perAgreement;
    this.favourPoor = policies.incentiveFund.favourPoor;
    this.shirkLoss = cooperation.shirkLoss;
    this.initialTrust = cooperation.initialTrust;
    // Trust stays in [0, 1] when it starts there and learns at a rate in [0, 1] (implement.ts,
    // breakup.ts); a loss share s ≥ 0 then makes 1 − s·(1 − T) ≤ 1.
    const learningRate = cooperation.trustLearningRate;
    this.boundHoldsInRun =
      this.shirkLoss >= 0 &&
      this.initialTrust >= 0 &&
      this.initialTrust <= 1 &&
      learningRate >= 0 &&
      learningRate <= 1;
    const domainCount = this.domainCount;
    this.scale = new Float64Array(domainCount);
    this.operating = new Float64Array(domainCount);
    this.investmentYears = new Float64Array(domainCount);
    this.buildYears = new Float64Array(domainCount);
    this.hitRow = new Int32Array(domainCount);
    for (let d = 0; d < domainCount; d++) {
      const parameters = context.domainParameters[d]!;
      this.scale[d] = parameters.scale;
      this.operating[d] = Math.max(0, this.horizon - parameters.buildYears) / this.horizon;
      this.investmentYears[d] = parameters.investmentYears;
      this.buildYears[d] = Math.max(1, parameters.buildYears);
    }
    this.runningPlain = context.scratch.runningPlain;
    this.runningBody = context.scratch.runningBody;
    this.shock = context.scratch.shock;
  }

  /** Sets what holds for the year (levers in force, shocks) and every region's running cost. */
  startYear(context: RunContext, conditions: YearConditions): void {
    const policies = context.scenario.policies;
    const year = conditions.year;
    this.oneMinusFriction = 1 - conditions.friction;
    this.privateShare = conditions.privateShare;
    this.oneMinusPrivateShare = 1 - conditions.privateShare;
    this.transactionCost = conditions.transactionCost;
    this.bodyInForce = inForce(policies.regionalBody, year);
    this.bodyFactor = 1 - policies.regionalBody.coordinationCostReduction;
    const fund = policies.incentiveFund;
    this.bonusActive = inForce(fund, year) && fund.budget > 0;
    this.meanPerCapita = conditions.meanPerCapita;
    this.needPerCapita = this.rule === 2 || (this.bonusActive && this.favourPoor);
    this.egoFactor = conditions.egoFactor;
    this.shock = conditions.shock;
    for (let d = 0; d < this.domainCount; d++) {
      const hitBy = context.domains[d]!.hitBy;
      // With no shock of its type this year the hit is 0 and gain·(1 − 0) is gain: skip it.
      this.hitRow[d] = hitBy && conditions.shockActive[SHOCK_ROW[hitBy]] ? SHOCK_ROW[hitBy] * this.n : -1;
    }
    for (let j = 0; j < this.n; j++) this.loadChanged(j);
  }

  /**
   * Region j's running cost of one more agreement (transaction cost and marginal coordination cost,
   * without and with a shared body), as `bounds` reads it for a partner: it changes only with j's
   * load during search, so the search calls this after every formation.
   */
  loadChanged(j: number): void {
    const load = this.load[j]!;
    const capacity = Math.max(this.capacity[j]!, 0.05);
    // coordinationCost's marginal form, (L+1)·γ(L+1)/c·f − L·γL/c·f, as deal-assessment.ts computes
    // it (f = 1 without a shared body: x·1 is x), written out rather than returned from a helper
    // (see the class comment).
    const g = this.coordination;
    const factor = this.bodyFactor;
    this.runningPlain[j] =
      this.transactionCost + ((load + 1) * ((g * (load + 1)) / capacity) - load * ((g * load) / capacity));
    this.runningBody[j] =
      this.transactionCost +
      ((load + 1) * (((g * (load + 1)) / capacity) * factor) - load * (((g * load) / capacity) * factor));
  }

  /** Sets the searcher i and the domain; `budgetLeft` becomes i's cooperation budget left. */
  prepare(i: number, d: number): void {
    this.i = i;
    this.d = d;
    this.grdpI = this.grdp[i]!;
    // cooperationBudget of deal-assessment.ts, less what i has committed.
    this.budgetLeft = this.budgetShare * this.grdpI - this.committed[i]!;
    this.yI = this.needPerCapita ? this.grdpI / this.population[i]! : 0;
    this.bodyI = this.bodyInForce ? this.body[i]! : -1;
    this.egoI = this.ego[i]! * this.egoFactor;
    this.boundHolds = this.boundHoldsInRun && this.egoI >= 0 && this.egoI <= 1;
    this.bonusI = this.bonusActive
      ? this.perAgreement * (this.favourPoor ? Math.min(4, Math.max(0.25, this.meanPerCapita / this.yI)) : 1)
      : 0;
    this.runningPlainI = this.runningPlain[i]!;
    this.runningBodyI = this.runningBody[i]!;
  }

  /** The utility to i of a deal with j, given the pair's static term: its bound, then `exact`. */
  utility(j: number, pairTerm: number): number {
    if (!(this.bound(j, pairTerm) > 0)) return -Infinity;
    this.exact(0, j, -1);
    return this.value;
  }

  /** The bound `bounds` gives candidate j alone (pair term `pairTerm`); it overwrites position 0. */
  bound(j: number, pairTerm: number): number {
    this.one[0] = j;
    this.oneTerm[0] = pairTerm;
    this.bounds(this.one, this.oneTerm, 1);
    return this.boundOf[0]!;
  }

  /**
   * Sets `boundOf[c]`, for each of the search's candidates c < count (region candidates[c], pair
   * term terms[c]), to an upper bound on the utility to i of a deal with it: the utility computed as
   * if i trusted it fully; −∞ when the deal is infeasible whatever the trust (its first-year outlay
   * exceeds i's budget left) and for i itself. Keeps what `exact` needs of each. Why the bound holds
   * in floating point, not only in real numbers: trust T ≤ 1 enters only through
   * E = x·(1 − s·(1 − T)) + bonus with x ≥ 0 and s ≥ 0, and U = (1 − ε)·E − ε·max(0, P − (E − c)) − c
   * with 0 ≤ ε ≤ 1 is non-decreasing in E; every operation on that path is monotone in the operand
   * that carries T, and rounding to nearest is monotone, so the computed U is non-decreasing in T and
   * largest at T = 1, where the factor is exactly 1. Where a premise is not known to hold (checked
   * per year and per searcher, x per candidate) the bound is +∞, so nothing is skipped.
   * The arithmetic is `assessDeal`'s for i, in its order, so `exact` gives its bits.
   */
  bounds(candidates: Int32Array, terms: Float64Array, count: number): void {
    if (count > this.boundOf.length) this.reserve(count);
    const boundOf = this.boundOf;
    const ownGainOf = this.ownGainOf;
    const partnerOfIOf = this.partnerOfIOf;
    const costIOf = this.costIOf;
    const grdp = this.grdp;
    const population = this.population;
    const body = this.body;
    const runningPlain = this.runningPlain;
    const runningBody = this.runningBody;
    const shock = this.shock;
    const d = this.d;
    const i = this.i;
    const grdpI = this.grdpI;
    const scale = this.scale[d]!;
    const oneMinusFriction = this.oneMinusFriction;
    const hitRow = this.hitRow[d]!;
    const needPerCapita = this.needPerCapita;
    const rule = this.rule;
    const yI = this.yI;
    const operating = this.operating[d]!;
    const horizon = this.horizon;
    const investmentYears = this.investmentYears[d]!;
    const buildYears = this.buildYears[d]!;
    const oneMinusPrivateShare = this.oneMinusPrivateShare;
    const privateShare = this.privateShare;
    const repayRate = this.repayRate;
    const bodyI = this.bodyI;
    const runningPlainI = this.runningPlainI;
    const runningBodyI = this.runningBodyI;
    const budgetLeft = this.budgetLeft;
    const bonusActive = this.bonusActive;
    const perAgreement = this.perAgreement;
    const favourPoor = this.favourPoor;
    const meanPerCapita = this.meanPerCapita;
    const boundHolds = this.boundHolds;
    const bonusI = this.bonusI;
    const egoI = this.egoI;
    for (let c = 0; c < count; c++) {
      const j = candidates[c]!;
      if (j === i) {
        boundOf[c] = -Infinity;
        continue;
      }
      const grdpJ = grdp[j]!;
      let gain = scale * Math.sqrt(grdpI * grdpJ) * terms[c]!;
      gain *= oneMinusFriction;
      if (hitRow >= 0) {
        const hit = 0.5 * (shock[hitRow + i]! + shock[hitRow + j]!);
        gain *= 1 - hit;
      }
      const yJ = needPerCapita ? grdpJ / population[j]! : 0;
      const shareI = rule === 0 ? grdpI / (grdpI + grdpJ) : rule === 1 ? 0.5 : yJ / (yI + yJ);
      const shareJ = 1 - shareI;

      const investment = investmentYears * gain;
      const publicInvestment = investment * oneMinusPrivateShare;
      const privateInvestment = investment * privateShare;
      const capitalCostI = (shareI * publicInvestment) / horizon + shareI * privateInvestment * repayRate;
      const capitalCostJ = (shareJ * publicInvestment) / horizon + shareJ * privateInvestment * repayRate;

      const shared = bodyI >= 0 && bodyI === body[j];
      const runningI = shared ? runningBodyI : runningPlainI;
      const outlayI = runningI + (investmentYears > 0 ? (shareI * publicInvestment) / buildYears : 0);
      if (!(outlayI <= budgetLeft)) {
        boundOf[c] = -Infinity;
        continue;
      }
      const runningJ = shared ? runningBody[j]! : runningPlain[j]!;
      const costI = runningI + capitalCostI;
      const costJ = runningJ + capitalCostJ;
      // incentiveWeight and expectedBonus of policies/incentive-fund.ts, inline.
      const bonusJ = bonusActive
        ? perAgreement * (favourPoor ? Math.min(4, Math.max(0.25, meanPerCapita / yJ)) : 1)
        : 0;

      // shareI·gain·operating·(1 − s·(1 − T)) + bonus, as assessDeal groups it: the first three factors first.
      const ownGain = shareI * gain * operating;
      const partnerOfI = shareJ * gain * operating + bonusJ - costJ;
      ownGainOf[c] = ownGain;
      partnerOfIOf[c] = partnerOfI;
      costIOf[c] = costI;
      if (!(boundHolds && ownGain >= 0)) {
        boundOf[c] = Infinity;
        continue;
      }
      const expectedI = ownGain + bonusI;
      boundOf[c] = (1 - egoI) * expectedI - egoI * Math.max(0, partnerOfI - (expectedI - costI)) - costI;
    }
  }

  private reserve(count: number): void {
    let capacity = this.boundOf.length;
    while (capacity < count) capacity *= 2;
    this.boundOf = new Float64Array(capacity);
    this.ownGainOf = new Float64Array(capacity);
    this.partnerOfIOf = new Float64Array(capacity);
    this.costIOf = new Float64Array(capacity);
  }

  /**
   * `assessDeal` for i and candidate j (pair term `pairTerm`), both sides, written to `out`: its
   * arithmetic in its order, with this year's and this searcher's terms (the partner search proposes
   * with this, so the doubles of assessDeal's helpers are not boxed once per proposal).
   */
  assess(j: number, out: DealAssessment): void {
    const d = this.d;
    const i = this.i;
    const grdpI = this.grdpI;
    const grdpJ = this.grdp[j]!;
    let gain = this.scale[d]! * Math.sqrt(grdpI * grdpJ) * this.pairTerm;
    gain *= this.oneMinusFriction;
    const hitRow = this.hitRow[d]!;
    if (hitRow >= 0) {
      const hit = 0.5 * (this.shock[hitRow + i]! + this.shock[hitRow + j]!);
      gain *= 1 - hit;
    }
    const yI = grdpI / this.population[i]!;
    const yJ = grdpJ / this.population[j]!;
    const shareI = this.rule === 0 ? grdpI / (grdpI + grdpJ) : this.rule === 1 ? 0.5 : yJ / (yI + yJ);
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
    const runningJ = shared ? this.runningBody[j]! : this.runningPlain[j]!;
    const costI = runningI + capitalCostI;
    const costJ = runningJ + capitalCostJ;
    const bonusI = this.bonusActive
      ? this.perAgreement * (this.favourPoor ? Math.min(4, Math.max(0.25, this.meanPerCapita / yI)) : 1)
      : 0;
    const bonusJ = this.bonusActive
      ? this.perAgreement * (this.favourPoor ? Math.min(4, Math.max(0.25, this.meanPerCapita / yJ)) : 1)
      : 0;

    const shirkLoss = this.shirkLoss;
    const trustIJ = this.state.trust.get(i, j, this.initialTrust);
    const trustJI = this.state.trust.get(j, i, this.initialTrust);
    const expectedI = shareI * gain * operating * (1 - shirkLoss * (1 - trustIJ)) + bonusI;
    const expectedJ = shareJ * gain * operating * (1 - shirkLoss * (1 - trustJI)) + bonusJ;
    const partnerOfI = shareJ * gain * operating + bonusJ - costJ;
    const partnerOfJ = shareI * gain * operating + bonusI - costI;

    const egoI = this.egoI;
    const egoJ = this.ego[j]! * this.egoFactor;
    out.jointGain = gain;
    out.shareOfI = shareI;
    out.investment = investment;
    out.utilityI = (1 - egoI) * expectedI - egoI * Math.max(0, partnerOfI - (expectedI - costI)) - costI;
    out.utilityJ = (1 - egoJ) * expectedJ - egoJ * Math.max(0, partnerOfJ - (expectedJ - costJ)) - costJ;
    const buildYears = this.buildYears[d]!;
    out.firstYearOutlayI =
      runningI + (this.investmentYears[d]! > 0 ? (shareI * publicInvestment) / buildYears : 0);
    out.firstYearOutlayJ =
      runningJ + (this.investmentYears[d]! > 0 ? (shareJ * publicInvestment) / buildYears : 0);
  }

  /**
   * Sets `value` to the exact utility of candidate c of the last `bounds` (region j, whose outlay was
   * within the budget), or −∞ when it is not positive: assessDeal's arithmetic with i's trust in j.
   * `rank`: j's rank in i's neighbour list, −1 when it was not found through it (integer arguments
   * are not boxed).
   */
  exact(c: number, j: number, rank: number): void {
    const trustIJ = this.state.trust.getListed(this.i, j, rank, this.initialTrust);
    const expectedI = this.ownGainOf[c]! * (1 - this.shirkLoss * (1 - trustIJ)) + this.bonusI;
    const egoI = this.egoI;
    const costI = this.costIOf[c]!;
    const utilityI =
      (1 - egoI) * expectedI - egoI * Math.max(0, this.partnerOfIOf[c]! - (expectedI - costI)) - costI;
    this.value = utilityI > 0 ? utilityI : -Infinity;
  }
}
