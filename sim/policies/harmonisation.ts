import type { Policies } from "../scenario/schema.js";
import { inForce } from "./lever-timing.js";

/**
 * Regulatory harmonisation (penyempurnaan regulasi, harmonisasi Perda): aligned local regulations
 * cut the legal and institutional friction of every agreement: both the fixed transaction cost and
 * the share of gains lost to friction. Returns the factor on both.
 */
export function transactionCostFactor(lever: Policies["harmonisation"], year: number): number {
  return inForce(lever, year) ? 1 - lever.level : 1;
}

/** Yearly national cost of running the harmonisation programme, billion IDR. */
export function harmonisationCost(lever: Policies["harmonisation"], year: number): number {
  return inForce(lever, year) ? lever.costAtFullLevel * lever.level : 0;
}
