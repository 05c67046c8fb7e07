import { deficit } from "../../domains/surplus-deficit.js";
import { applyCapacityBuilding } from "../../policies/capacity-building.js";
import { bodyFee } from "../../policies/regional-body.js";
import { harmonisationCost } from "../../policies/harmonisation.js";
import { facilitationCost } from "../../policies/facilitation.js";
import { platformCost } from "../../policies/information-platform.js";
import { SECTORS } from "../../world/world.js";
import type { ModelState, RunContext } from "../state.js";
import type { YearConditions } from "../year-conditions.js";
import { shockIntensity } from "../year-conditions.js";
import { log, pow } from "../../math.js";

const ACCOMMODATION = SECTORS.indexOf("accommodation");

/**
 * The economy of a year. Each region's GRDP grows at its base rate (its group's g_G where
 * economy.baseGrowthByGroup names the group, else g0), with optional β-convergence,
 *   r_i = g_G(i) + β·(mean_k ln y_k − ln y_i),
 * then adds its net cooperation gain and incentive bonus and loses its shock losses and body fee:
 *   Y_i ← Y_i·(1 + r_i) + net_i + bonus_i − loss_i − fee_i.
 * Population grows at its rate. Knowledge flows along operating agreements close a share of the
 * capacity gap of the weaker partner; capacity building lifts regions below its threshold.
 */
export function economyPhase(context: RunContext, state: ModelState, conditions: YearConditions): void {
  const { scenario, world } = context;
  const n = world.size;
  const economy = scenario.economy;
  const policies = scenario.policies;
  const year = conditions.year;

  shockLosses(context, state, conditions);

  let meanLog = 0;
  if (economy.convergence > 0) {
    for (let i = 0; i < n; i++) meanLog += log(state.grdp[i]! / state.population[i]!);
    meanLog /= n;
  }
  let fees = 0;
  for (let i = 0; i < n; i++) {
    const y = state.grdp[i]!;
    state.grdpLastYear[i] = y;
    const rate =
      context.baseGrowth[i]! +
      (economy.convergence > 0 ? economy.convergence * (meanLog - log(y / state.population[i]!)) : 0);
    const fee = bodyFee(policies.regionalBody, context.body, year, i);
    fees += fee;
    const next = y * (1 + rate) + state.netGain[i]! + state.incentive[i]! - state.shockLoss[i]! - fee;
    // A region never loses more than 90% of its output in a year, whatever the shocks: GRDP stays
    // positive and the log-based metrics stay defined.
    state.grdp[i] = Math.max(next, 0.1 * y);
    state.population[i] = state.population[i]! * (1 + context.populationGrowth[i]!);
  }

  capacitySpillover(context, state);
  const training = applyCapacityBuilding(policies.capacityBuilding, year, state.capacity);

  state.policyCost +=
    fees +
    training +
    harmonisationCost(policies.harmonisation, year) +
    facilitationCost(policies.facilitation, year) +
    platformCost(policies.informationPlatform, year);
}

/**
 * Shock losses. A shock's size is the share of GRDP a fully exposed region loses:
 * food-price and energy crises hit in proportion to the region's deficit in the good (1 − LQ, at
 * least 0), softened by (1 − buffer) for each operating agreement in the buffering domain; a
 * disaster hits all output; a pandemic hits the accommodation and food-service sector.
 */
function shockLosses(context: RunContext, state: ModelState, conditions: YearConditions): void {
  const { world, domains } = context;
  const n = world.size;
  if (!conditions.shockActive.includes(1)) {
    // No shock this year (most years): every intensity is 0, and the sum below is 0 + 0·Y + 0·Y·share,
    // 0 for any finite GRDP and NaN for a non-finite one, which Y − Y gives too.
    for (let i = 0; i < n; i++) state.shockLoss[i] = state.grdp[i]! - state.grdp[i]! === 0 ? 0 : Number.NaN;
    return;
  }
  state.shockLoss.fill(0);
  const buffering = countBufferingAgreements(context, state);
  for (let i = 0; i < n; i++) {
    const y = state.grdp[i]!;
    let loss = 0;
    for (let d = 0; d < domains.length; d++) {
      const type = domains[d]!.buffers;
      if (!type) continue;
      const intensity = shockIntensity(conditions, type, n, i);
      if (intensity <= 0) continue;
      const buffer = pow(1 - context.domainParameters[d]!.shockBuffer, buffering[i * domains.length + d]!);
      loss += intensity * y * deficit(context.profiles, d, i) * buffer;
    }
    loss += shockIntensity(conditions, "disaster", n, i) * y;
    loss +=
      shockIntensity(conditions, "pandemic", n, i) *
      y *
      world.sectorShares[i * SECTORS.length + ACCOMMODATION]!;
    state.shockLoss[i] = loss;
  }
}

/** Operating agreements per region and domain (built ones only: a link under construction buffers nothing). */
function countBufferingAgreements(context: RunContext, state: ModelState): Int32Array {
  const domainCount = context.domains.length;
  const counts = new Int32Array(context.world.size * domainCount);
  const table = state.agreements;
  for (let r = 0; r < table.count; r++) {
    if (table.buildLeft[r]! > 0) continue;
    const d = table.domain[r]!;
    counts[table.a[r]! * domainCount + d]!++;
    counts[table.b[r]! * domainCount + d]!++;
  }
  return counts;
}

function capacitySpillover(context: RunContext, state: ModelState): void {
  const rate = context.scenario.economy.capacitySpillover;
  if (rate <= 0) return;
  const table = state.agreements;
  const c = state.capacity;
  for (let r = 0; r < table.count; r++) {
    if (table.buildLeft[r]! > 0) continue;
    const a = table.a[r]!;
    const b = table.b[r]!;
    const gap = c[a]! - c[b]!;
    if (gap > 0) c[b] = c[b]! + rate * gap;
    else c[a] = c[a]! - rate * gap;
  }
}
