import type { Policies } from "../scenario/schema.js";
import { inForce } from "./lever-timing.js";

/**
 * An integrated information system (sistem informasi terpadu): regions discover more potential
 * partners and can see whether partners deliver (monitoring).
 */
export function discoveryBoost(lever: Policies["informationPlatform"], year: number): number {
  return inForce(lever, year) ? lever.level * lever.discoveryAtFullLevel : 0;
}

export function platformMonitoring(lever: Policies["informationPlatform"], year: number): number {
  return inForce(lever, year) ? lever.level * lever.monitoringAtFullLevel : 0;
}

export function platformCost(lever: Policies["informationPlatform"], year: number): number {
  return inForce(lever, year) ? lever.level * lever.costAtFullLevel : 0;
}
