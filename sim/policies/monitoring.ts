import type { Policies } from "../scenario/schema.js";
import { inForce } from "./lever-timing.js";

/** Accountability and monitoring (akuntabilitas dan pengawasan): the monitoring level it adds. */
export function monitoringLevel(lever: Policies["monitoring"], year: number): number {
  return inForce(lever, year) ? lever.level : 0;
}

/** Yearly cost of monitoring the active agreements, billion IDR. */
export function monitoringCost(lever: Policies["monitoring"], year: number, agreements: number): number {
  return inForce(lever, year) ? lever.level * lever.costPerAgreement * agreements : 0;
}
