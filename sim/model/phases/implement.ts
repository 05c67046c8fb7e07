import { incentiveWeight, payoutFactor } from "../../policies/incentive-fund.js";
import { availabilityPaymentRate } from "../../policies/ppp.js";
import { monitoringCost } from "../../policies/monitoring.js";
import type { ModelState, RunContext } from "../state.js";
import type { YearConditions } from "../year-conditions.js";
import { SHOCK_ROW, shockIntensity } from "../year-conditions.js";
import { inForce } from "../../policies/lever-timing.js";
import { exp } from "../../math.js";

/**
 * A year of implementation. Each party of each agreement complies or shirks; the compliance
 * probability is logistic in capacity, monitoring and ego,
 *   q_i = 1 / (1 + exp(−(b0 + wc·c_i + wm·m − we·ε_i))),
 * times (1 − disaster intensity). A shirker saves its coordination cost and its investment
 * payment, and cuts its partner's gain by `shirkLoss`. During a build no gain flows, and the build
 * advances only in years both parties pay. Trust moves toward what the partner did:
 *   T_ij ← T_ij + λ·(complied_j − T_ij).
 * Complying parties claim the incentive bonus. Each party's realised ego-weighted utility counts
 * toward the break rule (in operating years only).
 */
export function implementPhase(context: RunContext, state: ModelState, conditions: YearConditions): void {
  const { scenario, rng } = context;
  const cooperation = scenario.cooperation;
  const fund = scenario.policies.incentiveFund;
  const table = state.agreements;
  const domainCount = context.domains.length;
  const count = table.count;
  const year = conditions.year;
  const horizon = cooperation.planningHorizon;
  const repayRate = availabilityPaymentRate(scenario.policies.ppp, horizon);
  const fundPays = inForce(fund, year) && fund.budget > 0;
  const shirkLoss = cooperation.shirkLoss;
  const lambda = cooperation.trustLearningRate;
  const initialTrust = cooperation.initialTrust;
  const transactionCost = conditions.transactionCost;

  // Scratch rows kept by the run (no allocation in the year loop); every row r < count is written below.
  const scratch = context.scratch.implement(count);
  const { gainA, gainB, costA, costB, claimA, claimB, operating } = scratch;
  // Each party's compliance probability for this year, once per region: capacity, ego, monitoring
  // and disasters do not change during implementation, so a region with several agreements needs one
  // exp, not one per agreement. In a loop of its own (it draws nothing), which leaves the main loop
  // small enough for V8 to inline the draws, whose doubles are otherwise boxed one by one.
  const { probability, stamp } = context.scratch.compliance;
  for (let r = 0; r < count; r++) {
    const a = table.a[r]!;
    const b = table.b[r]!;
    if (stamp[a] !== year) {
      probability[a] = complianceProbability(context, state, conditions, a);
      stamp[a] = year;
    }
    if (stamp[b] !== year) {
      probability[b] = complianceProbability(context, state, conditions, b);
      stamp[b] = year;
    }
  }
  let totalClaims = 0;
  // What jointGain and coordinationCost (deal-assessment.ts) look up per call, fixed for the year;
  // the loop below does their arithmetic, in their order, with these.
  const n = context.world.size;
  const { scale, hitRow } = context.scratch.domainRows;
  for (let d = 0; d < domainCount; d++) {
    scale[d] = context.domainParameters[d]!.scale;
    const hitBy = context.domains[d]!.hitBy;
    // With no shock of the domain's type this year the hit is 0, and gain·(1 − 0) is gain.
    hitRow[d] = hitBy && conditions.shockActive[SHOCK_ROW[hitBy]] ? SHOCK_ROW[hitBy] * n : -1;
  }
  const oneMinusFriction = 1 - conditions.friction;
  const shock = conditions.shock;
  const { grdp, load, capacity } = state;
  const body = context.body;
  const bodyLever = scenario.policies.regionalBody;
  const bodyInForce = inForce(bodyLever, year);
  const bodyFactor = 1 - bodyLever.coordinationCostReduction;
  const gamma = cooperation.coordinationCost;

  // The agreement table's columns and the state's rows, once: the loops below call into the trust
  // table, which V8 cannot see through, so it would reload each of them from its object per agreement.
  const partyA = table.a;
  const partyB = table.b;
  const domainOf = table.domain;
  const shareA = table.shareA;
  const buildLeft = table.buildLeft;
  const investmentLeftA = table.investmentLeftA;
  const investmentLeftB = table.investmentLeftB;
  const privateInvestment = table.privateInvestment;
  const operatingYears = table.operatingYears;
  const pairTerm = table.pairTerm;
  const trustAB = table.trustAB;
  const trustBA = table.trustBA;
  const lossYearsA = table.lossYearsA;
  const lossYearsB = table.lossYearsB;
  const age = table.age;
  const { committed, incentive, netGain, netGainByDomain, ego, population } = state;
  committed.fill(0);
  // Coordination cost depends on how many agreements a party runs this year.
  for (let r = 0; r < count; r++) {
    const a = partyA[r]!;
    const b = partyB[r]!;
    const d = domainOf[r]!;
    const compliesA = rng.chance(probability[a]!);
    const compliesB = rng.chance(probability[b]!);
    const share = shareA[r]!;

    // Investment instalments: each party pays its own remaining share in equal parts over the build
    // years left (all at once when there is no build), so a shirker's arrears stay its own.
    const yearsToPay = Math.max(1, buildLeft[r]!);
    const instalmentA = compliesA ? investmentLeftA[r]! / yearsToPay : 0;
    const instalmentB = compliesB ? investmentLeftB[r]! / yearsToPay : 0;
    investmentLeftA[r] = investmentLeftA[r]! - instalmentA;
    investmentLeftB[r] = investmentLeftB[r]! - instalmentB;
    let outlayA = instalmentA;
    let outlayB = instalmentB;
    let gain = 0;
    operating[r] = 0;
    if (buildLeft[r]! > 0) {
      if (compliesA && compliesB) buildLeft[r] = buildLeft[r]! - 1;
    } else {
      operating[r] = 1;
      gain = scale[d]! * Math.sqrt(grdp[a]! * grdp[b]!) * pairTerm[r]!;
      gain *= oneMinusFriction;
      const row = hitRow[d]!;
      if (row >= 0) {
        const hit = 0.5 * (shock[row + a]! + shock[row + b]!);
        gain *= 1 - hit;
      }
      // KPBU availability payments run for H operating years, however long the build took.
      if (privateInvestment[r]! > 0 && operatingYears[r]! < horizon) {
        outlayA += share * privateInvestment[r]! * repayRate;
        outlayB += (1 - share) * privateInvestment[r]! * repayRate;
      }
      operatingYears[r] = operatingYears[r]! + 1;
    }
    gainA[r] = share * gain * (compliesB ? 1 : 1 - shirkLoss);
    gainB[r] = (1 - share) * gain * (compliesA ? 1 : 1 - shirkLoss);
    const factor = bodyInForce && body[a]! >= 0 && body[a] === body[b] ? bodyFactor : 1;
    const coordinationA = ((gamma * load[a]!) / Math.max(capacity[a]!, 0.05)) * factor;
    const coordinationB = ((gamma * load[b]!) / Math.max(capacity[b]!, 0.05)) * factor;
    costA[r] = transactionCost + (compliesA ? coordinationA : 0) + outlayA;
    costB[r] = transactionCost + (compliesB ? coordinationB : 0) + outlayB;
    committed[a] = committed[a]! + transactionCost + coordinationA + outlayA;
    committed[b] = committed[b]! + transactionCost + coordinationB + outlayB;

    claimA[r] = 0;
    claimB[r] = 0;
    if (fundPays) {
      const yA = grdp[a]! / population[a]!;
      const yB = grdp[b]! / population[b]!;
      claimA[r] = compliesA ? fund.perAgreement * incentiveWeight(fund, yA, conditions.meanPerCapita) : 0;
      claimB[r] = compliesB ? fund.perAgreement * incentiveWeight(fund, yB, conditions.meanPerCapita) : 0;
      totalClaims += claimA[r]! + claimB[r]!;
    }

    // The pair's trust entries, created (a in b first) the first year the agreement runs, as before
    // they were, so that the table's order (and the mean-trust sum) does not depend on this cache.
    if (trustAB[r]! < 0) {
      trustAB[r] = state.trust.entry(a, b, initialTrust);
      trustBA[r] = state.trust.entry(b, a, initialTrust);
    }
    const entryAB = trustAB[r]!;
    const entryBA = trustBA[r]!;
    const tAB = state.trust.valueAt(entryAB);
    const tBA = state.trust.valueAt(entryBA);
    state.trust.setAt(entryAB, tAB + lambda * ((compliesB ? 1 : 0) - tAB));
    state.trust.setAt(entryBA, tBA + lambda * ((compliesA ? 1 : 0) - tBA));
  }

  const payout = payoutFactor(fund, year, totalClaims);
  let paid = 0;
  for (let r = 0; r < count; r++) {
    const a = partyA[r]!;
    const b = partyB[r]!;
    const d = domainOf[r]!;
    const bonusA = claimA[r]! * payout;
    const bonusB = claimB[r]! * payout;
    paid += bonusA + bonusB;
    incentive[a] = incentive[a]! + bonusA;
    incentive[b] = incentive[b]! + bonusB;
    // The bonus is kept apart (state.incentive) so that GRDP receives it once.
    const netA = gainA[r]! - costA[r]!;
    const netB = gainB[r]! - costB[r]!;
    netGain[a] = netGain[a]! + netA;
    netGain[b] = netGain[b]! + netB;
    netGainByDomain[a * domainCount + d] = netGainByDomain[a * domainCount + d]! + netA;
    netGainByDomain[b * domainCount + d] = netGainByDomain[b * domainCount + d]! + netB;

    if (operating[r]) {
      const egoA = ego[a]! * conditions.egoFactor;
      const egoB = ego[b]! * conditions.egoFactor;
      const payoffA = netA + bonusA;
      const payoffB = netB + bonusB;
      const utilityA = (1 - egoA) * (gainA[r]! + bonusA) - egoA * Math.max(0, payoffB - payoffA) - costA[r]!;
      const utilityB = (1 - egoB) * (gainB[r]! + bonusB) - egoB * Math.max(0, payoffA - payoffB) - costB[r]!;
      lossYearsA[r] = utilityA < 0 ? lossYearsA[r]! + 1 : 0;
      lossYearsB[r] = utilityB < 0 ? lossYearsB[r]! + 1 : 0;
    }
    age[r] = age[r]! + 1;
  }
  state.policyCost += paid + monitoringCost(scenario.policies.monitoring, year, count);
}

/** The probability that region i honours its commitments this year. */
export function complianceProbability(
  context: RunContext,
  state: ModelState,
  conditions: YearConditions,
  i: number,
): number {
  const c = context.scenario.compliance;
  const z =
    c.base +
    c.capacityWeight * state.capacity[i]! +
    c.monitoringWeight * conditions.monitoring -
    c.egoWeight * state.ego[i]!;
  const disaster = shockIntensity(conditions, "disaster", context.world.size, i);
  return (1 - disaster) / (1 + exp(-z));
}
