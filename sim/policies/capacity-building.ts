import type { Policies } from "../scenario/schema.js";
import { inForce } from "./lever-timing.js";

/**
 * Capacity building (pelatihan, pertukaran ASN): every region whose institutional capacity is
 * below the threshold gains `increment` a year, at a cost proportional to the increment.
 * Updates capacity in place and returns the year's cost, billion IDR.
 */
export function applyCapacityBuilding(
  lever: Policies["capacityBuilding"],
  year: number,
  capacity: Float64Array,
): number {
  if (!inForce(lever, year) || lever.increment <= 0) return 0;
  let cost = 0;
  for (let i = 0; i < capacity.length; i++) {
    if (capacity[i]! < lever.threshold) {
      capacity[i] = Math.min(1, capacity[i]! + lever.increment);
      cost += lever.costPerRegion * (lever.increment / 0.01);
    }
  }
  return cost;
}
