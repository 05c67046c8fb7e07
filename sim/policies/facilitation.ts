import type { Policies } from "../scenario/schema.js";
import { inForce } from "./lever-timing.js";

/**
 * Provincial or central facilitation (a mediator): transparency about who gains what damps the
 * effect of ego. Returns the factor on every region's ε.
 */
export function egoFactor(lever: Policies["facilitation"], year: number): number {
  return inForce(lever, year) ? 1 - lever.egoDamping : 1;
}

export function facilitationCost(lever: Policies["facilitation"], year: number): number {
  return inForce(lever, year) ? lever.costAtFullLevel * lever.egoDamping : 0;
}
