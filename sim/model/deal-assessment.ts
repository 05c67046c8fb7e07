import { shareOfParty } from "../policies/benefit-sharing.js";
import { coordinationCostFactor } from "../policies/regional-body.js";
import { expectedBonus, incentiveWeight } from "../policies/incentive-fund.js";
import { availabilityPaymentRate } from "../policies/ppp.js";
import type { ModelState, RunContext } from "./state.js";
import type { YearConditions } from "./year-conditions.js";
import { shockIntensity } from "./year-conditions.js";
import { recordClass } from "../record-class.js";

/** The outcome of assessing a possible agreement from both sides; reused to avoid allocation. */
export interface DealAssessment {
  /** Yearly joint gain at full operation, billion IDR. */
  jointGain: number;
  /** Party i's share of the gain. */
  shareOfI: number;
  /** Ego-weighted utility of each party (per year over the planning horizon). */
  utilityI: number;
  utilityJ: number;
  /** What each party must find in its budget in the first year, billion IDR. */
  firstYearOutlayI: number;
  firstYearOutlayJ: number;
  /** Total up-front investment, billion IDR. */
  investment: number;
}

/** Search writes a deal into one of these per run: a class, not a literal (see record-class.ts). */
const DealAssessmentRecord = recordClass<DealAssessment>();

/**
 * A deal not yet assessed: NaN everywhere. A double, not 0, so that V8 stores the fields as doubles
 * from the start; a field that first holds the small integer 0 changes its representation, and so the
 * shape of every such object, at its first fractional value (see record-class.ts for why shapes matter).
 */
export function emptyAssessment(): DealAssessment {
  return new DealAssessmentRecord({
    jointGain: Number.NaN,
    shareOfI: Number.NaN,
    utilityI: Number.NaN,
    utilityJ: Number.NaN,
    firstYearOutlayI: Number.NaN,
    firstYearOutlayJ: Number.NaN,
    investment: Number.NaN,
  });
}

/**
 * The yearly joint gain of pair (i, j) in domain d this year that reaches the parties:
 * κ_d·sqrt(Y_i·Y_j)·f_d(d_ij)·factor_d·(1 − friction), less any shock on the domain.
 */
export function jointGain(
  context: RunContext,
  state: ModelState,
  conditions: YearConditions,
  d: number,
  i: number,
  j: number,
  pairTerm: number = context.pairs.value(d, i, j),
): number {
  const domain = context.domains[d]!;
  let gain = context.domainParameters[d]!.scale * Math.sqrt(state.grdp[i]! * state.grdp[j]!) * pairTerm;
  gain *= 1 - conditions.friction;
  if (domain.hitBy) {
    const n = context.world.size;
    const hit =
      0.5 * (shockIntensity(conditions, domain.hitBy, n, i) + shockIntensity(conditions, domain.hitBy, n, j));
    gain *= 1 - hit;
  }
  return gain;
}

/** Yearly coordination cost for region i of one more agreement with j, given the load it runs. */
export function coordinationCost(
  context: RunContext,
  state: ModelState,
  year: number,
  i: number,
  j: number,
  load: number,
): number {
  const capacity = Math.max(state.capacity[i]!, 0.05);
  return (
    ((context.scenario.cooperation.coordinationCost * load) / capacity) *
    coordinationCostFactor(context.scenario.policies.regionalBody, context.body, year, i, j)
  );
}

/**
 * What one more agreement adds to region i's yearly coordination bill: every agreement it runs
 * costs more as the load grows, so the marginal cost is (L+1)·γ(L+1)/c − L·γL/c = γ(2L+1)/c.
 */
function marginalCoordinationCost(
  context: RunContext,
  state: ModelState,
  year: number,
  i: number,
  j: number,
): number {
  const load = state.load[i]!;
  return (
    (load + 1) * coordinationCost(context, state, year, i, j, load + 1) -
    load * coordinationCost(context, state, year, i, j, load)
  );
}

/**
 * Assesses an agreement between i and j in domain d as each side would before signing.
 *
 * Each party expects its share of the joint gain, over the part of the planning horizon H in which
 * the agreement operates (after any build), cut by what it expects to lose if the partner shirks
 * (1 − T: the partner shirks as often as it is distrusted). It bears transaction cost, the marginal
 * coordination cost of one more agreement, its share of any up-front investment spread over H, and any KPBU availability payments.
 * Regional ego enters as relative-gain aversion (Grieco 1988; Fehr & Schmidt 1999, envy only),
 * normalised so that ε = 1 is a purely positional region:
 *
 *   U_i = (1 − ε_i)·g_i − ε_i·max(0, π_j − π_i) − c_i,   π = g − c.
 */
export function assessDeal(
  context: RunContext,
  state: ModelState,
  conditions: YearConditions,
  d: number,
  i: number,
  j: number,
  out: DealAssessment,
  pairTerm: number = context.pairs.value(d, i, j),
): DealAssessment {
  const { scenario } = context;
  const cooperation = scenario.cooperation;
  const parameters = context.domainParameters[d]!;
  const horizon = cooperation.planningHorizon;
  const year = conditions.year;

  const gain = jointGain(context, state, conditions, d, i, j, pairTerm);
  const yI = state.grdp[i]! / state.population[i]!;
  const yJ = state.grdp[j]! / state.population[j]!;
  const shareI = shareOfParty(scenario.policies.benefitSharing.rule, state.grdp[i]!, state.grdp[j]!, yI, yJ);
  const shareJ = 1 - shareI;
  const operating = Math.max(0, horizon - parameters.buildYears) / horizon;

  const investment = parameters.investmentYears * gain;
  const publicInvestment = investment * (1 - conditions.privateShare);
  const privateInvestment = investment * conditions.privateShare;
  const repayRate = availabilityPaymentRate(scenario.policies.ppp, horizon);
  const capitalCostI = (shareI * publicInvestment) / horizon + shareI * privateInvestment * repayRate;
  const capitalCostJ = (shareJ * publicInvestment) / horizon + shareJ * privateInvestment * repayRate;

  const runningI = conditions.transactionCost + marginalCoordinationCost(context, state, year, i, j);
  const runningJ = conditions.transactionCost + marginalCoordinationCost(context, state, year, j, i);
  const costI = runningI + capitalCostI;
  const costJ = runningJ + capitalCostJ;

  const fund = scenario.policies.incentiveFund;
  const bonusI = expectedBonus(fund, year, incentiveWeight(fund, yI, conditions.meanPerCapita));
  const bonusJ = expectedBonus(fund, year, incentiveWeight(fund, yJ, conditions.meanPerCapita));

  const shirkLoss = cooperation.shirkLoss;
  const trustIJ = state.trust.get(i, j, cooperation.initialTrust);
  const trustJI = state.trust.get(j, i, cooperation.initialTrust);
  // What each side expects for itself, given how far it trusts the other.
  const expectedI = shareI * gain * operating * (1 - shirkLoss * (1 - trustIJ)) + bonusI;
  const expectedJ = shareJ * gain * operating * (1 - shirkLoss * (1 - trustJI)) + bonusJ;
  // What each side expects the other to get if it itself complies.
  const partnerOfI = shareJ * gain * operating + bonusJ - costJ;
  const partnerOfJ = shareI * gain * operating + bonusI - costI;

  const egoI = state.ego[i]! * conditions.egoFactor;
  const egoJ = state.ego[j]! * conditions.egoFactor;
  out.jointGain = gain;
  out.shareOfI = shareI;
  out.investment = investment;
  out.utilityI = (1 - egoI) * expectedI - egoI * Math.max(0, partnerOfI - (expectedI - costI)) - costI;
  out.utilityJ = (1 - egoJ) * expectedJ - egoJ * Math.max(0, partnerOfJ - (expectedJ - costJ)) - costJ;
  const buildYears = Math.max(1, parameters.buildYears);
  out.firstYearOutlayI =
    runningI + (parameters.investmentYears > 0 ? (shareI * publicInvestment) / buildYears : 0);
  out.firstYearOutlayJ =
    runningJ + (parameters.investmentYears > 0 ? (shareJ * publicInvestment) / buildYears : 0);
  return out;
}

/** The most agreements region i can run at once: ceil(c_i · maxAgreements). */
export function agreementLimit(context: RunContext, state: ModelState, i: number): number {
  return Math.ceil(state.capacity[i]! * context.scenario.cooperation.maxAgreements);
}

/** Region i's yearly cooperation budget, a share of its GRDP (from APBD), billion IDR. */
export function cooperationBudget(context: RunContext, state: ModelState, i: number): number {
  return context.scenario.cooperation.budgetShare * state.grdp[i]!;
}
