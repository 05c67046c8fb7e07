import type { Policies } from "../scenario/schema.js";
import { inForce } from "./lever-timing.js";

/**
 * Dispute resolution (mekanisme penyelesaian sengketa): each failing agreement goes to the
 * mechanism, which repairs it with probability `repairShare`. Every case handled costs money.
 */
export function repairProbability(lever: Policies["disputeResolution"], year: number): number {
  return inForce(lever, year) ? lever.repairShare : 0;
}

export function disputeCost(lever: Policies["disputeResolution"], cases: number): number {
  return lever.repairShare > 0 ? cases * lever.costPerCase : 0;
}
