import type { Policies } from "../scenario/schema.js";
import type { World } from "../world/world.js";
import { inForce } from "./lever-timing.js";
import { resolveRegionSet } from "../world/region-sets.js";

/**
 * Regional cooperation bodies (Badan Kerja Sama Regional): one body per group among the member
 * regions. Members find each other as candidate partners and share a secretariat that lowers their
 * coordination cost with each other; each member pays a yearly fee.
 * Returns, per region, its body (the group index) or −1 when it is not a member.
 */
export function bodyMembership(lever: Policies["regionalBody"], world: World): Int32Array {
  const body = new Int32Array(world.size).fill(-1);
  if (lever.members.length === 0) return body;
  const members = resolveRegionSet(world, lever.members, "policies.regionalBody.members");
  for (let i = 0; i < world.size; i++) if (members[i]) body[i] = world.groupOf[i]!;
  return body;
}

/** The factor on coordination cost for a pair: reduced only when both are in the same body. */
export function coordinationCostFactor(
  lever: Policies["regionalBody"],
  body: Int32Array,
  year: number,
  i: number,
  j: number,
): number {
  const shared = body[i]! >= 0 && body[i] === body[j] && inForce(lever, year);
  return shared ? 1 - lever.coordinationCostReduction : 1;
}

/** The yearly fee a region pays for its membership, billion IDR. */
export function bodyFee(lever: Policies["regionalBody"], body: Int32Array, year: number, i: number): number {
  return body[i]! >= 0 && inForce(lever, year) ? lever.feePerMember : 0;
}
