import type { ModelState, RunContext } from "../state.js";
import { exp } from "../../math.js";

/**
 * Learning. A region's performance this year is its net cooperation gain (plus incentive bonuses,
 * for imitation) in percent of its GRDP.
 * - Fermi imitation (Szabó & Tőke 1998): each region looks at one random other region and copies
 *   its propensities (and ego, if enabled) with probability W = 1 / (1 + exp((π_i − π_j)/K)).
 *   Updates are synchronous: everyone compares against last year's values.
 * - Bush–Mosteller aspiration learning: for each domain it searched, a region raises its propensity
 *   when the domain's performance beat the aspiration A and lowers it otherwise, with stimulus
 *   s = (π_i,d − A)/max|π − A| and p ← p + l·s·(1 − p) for s ≥ 0, p ← p + l·s·p for s < 0.
 * Then each propensity mutates to a uniform random value with a small probability.
 */
export function learningPhase(context: RunContext, state: ModelState): void {
  const learning = context.scenario.learning;
  if (learning.rule === "fermi") fermiImitation(context, state);
  else if (learning.rule === "aspiration") aspirationLearning(context, state);
  if (learning.rule !== "none" && learning.mutation > 0) {
    const { rng } = context;
    for (let k = 0; k < state.propensity.length; k++) {
      if (rng.chance(learning.mutation)) state.propensity[k] = rng.next();
    }
  }
}

function performance(state: ModelState, i: number, value: number): number {
  return (100 * value) / state.grdp[i]!;
}

function fermiImitation(context: RunContext, state: ModelState): void {
  const { rng, scenario } = context;
  const n = context.world.size;
  const domainCount = context.domains.length;
  const noise = scenario.learning.noise;
  const previousPropensity = context.scratch.previousPropensity;
  const previousEgo = context.scratch.previousEgo;
  previousPropensity.set(state.propensity);
  previousEgo.set(state.ego);
  for (let i = 0; i < n; i++) {
    let j = rng.int(n - 1);
    if (j >= i) j++;
    const difference =
      performance(state, i, state.netGain[i]! + state.incentive[i]!) -
      performance(state, j, state.netGain[j]! + state.incentive[j]!);
    if (!rng.chance(1 / (1 + exp(difference / noise)))) continue;
    for (let d = 0; d < domainCount; d++)
      state.propensity[i * domainCount + d] = previousPropensity[j * domainCount + d]!;
    if (scenario.learning.imitateEgo) state.ego[i] = previousEgo[j]!;
  }
}

function aspirationLearning(context: RunContext, state: ModelState): void {
  const { aspiration, aspirationRate } = context.scenario.learning;
  const n = context.world.size;
  const domainCount = context.domains.length;
  let scale = 0;
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < domainCount; d++) {
      if (!state.searched[i * domainCount + d]) continue;
      scale = Math.max(
        scale,
        Math.abs(performance(state, i, state.netGainByDomain[i * domainCount + d]!) - aspiration),
      );
    }
  }
  if (scale === 0) return;
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < domainCount; d++) {
      const k = i * domainCount + d;
      if (!state.searched[k]) continue;
      const stimulus = (performance(state, i, state.netGainByDomain[k]!) - aspiration) / scale;
      const p = state.propensity[k]!;
      state.propensity[k] =
        stimulus >= 0 ? p + aspirationRate * stimulus * (1 - p) : p + aspirationRate * stimulus * p;
    }
  }
}
