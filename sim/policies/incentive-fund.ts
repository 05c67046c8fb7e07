import type { Policies } from "../scenario/schema.js";
import { inForce } from "./lever-timing.js";

/**
 * The central incentive fund (Dana Insentif): a yearly bonus per party of every implemented
 * agreement, paid from a fixed yearly budget. When claims exceed the budget every bonus is cut
 * pro rata, so the fund never spends more than it has. With `favourPoor`, a party's claim is
 * weighted by the world's mean GRDP per capita over its own (bounded to [0.25, 4]).
 */
export function incentiveWeight(
  lever: Policies["incentiveFund"],
  perCapita: number,
  meanPerCapita: number,
): number {
  if (!lever.favourPoor) return 1;
  return Math.min(4, Math.max(0.25, meanPerCapita / perCapita));
}

/** The bonus a region expects per agreement when deciding, before any pro-rata cut. */
export function expectedBonus(lever: Policies["incentiveFund"], year: number, weight: number): number {
  return inForce(lever, year) && lever.budget > 0 ? lever.perAgreement * weight : 0;
}

/** The pro-rata factor that keeps total payouts within the budget. */
export function payoutFactor(lever: Policies["incentiveFund"], year: number, totalClaims: number): number {
  if (!inForce(lever, year) || lever.budget <= 0 || totalClaims <= 0) return 0;
  return Math.min(1, lever.budget / totalClaims);
}
