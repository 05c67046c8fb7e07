import { disputeCost, repairProbability } from "../../policies/dispute-resolution.js";
import type { ModelState, RunContext } from "../state.js";
import type { YearConditions } from "../year-conditions.js";

/**
 * Agreements fail when either party's trust in the other has fallen below `breakTrust`, or when
 * either party's realised utility has been negative `breakAfterLossYears` years in a row. With the
 * dispute-resolution lever, each failing agreement is a case; a share of cases are repaired, which
 * restores both parties' trust to the initial level and clears the loss record.
 */
export function breakupPhase(context: RunContext, state: ModelState, conditions: YearConditions): void {
  const { scenario, rng } = context;
  const cooperation = scenario.cooperation;
  const table = state.agreements;
  const repair = repairProbability(scenario.policies.disputeResolution, conditions.year);
  let cases = 0;
  // Backwards, so the row swapped into a removed slot has already been examined.
  for (let r = table.count - 1; r >= 0; r--) {
    const a = table.a[r]!;
    const b = table.b[r]!;
    const entryAB = table.trustAB[r]!;
    const entryBA = table.trustBA[r]!;
    const trustAB =
      entryAB >= 0 ? state.trust.valueAt(entryAB) : state.trust.get(a, b, cooperation.initialTrust);
    const trustBA =
      entryBA >= 0 ? state.trust.valueAt(entryBA) : state.trust.get(b, a, cooperation.initialTrust);
    const failing =
      trustAB < cooperation.breakTrust ||
      trustBA < cooperation.breakTrust ||
      table.lossYearsA[r]! >= cooperation.breakAfterLossYears ||
      table.lossYearsB[r]! >= cooperation.breakAfterLossYears;
    if (!failing) continue;
    if (repair > 0) {
      cases++;
      if (rng.chance(repair)) {
        state.trust.set(a, b, Math.max(trustAB, cooperation.initialTrust));
        state.trust.set(b, a, Math.max(trustBA, cooperation.initialTrust));
        table.lossYearsA[r] = 0;
        table.lossYearsB[r] = 0;
        state.repaired++;
        continue;
      }
    }
    table.remove(r);
    state.load[a] = state.load[a]! - 1;
    state.load[b] = state.load[b]! - 1;
    state.broken++;
  }
  state.policyCost += disputeCost(scenario.policies.disputeResolution, cases);
}
