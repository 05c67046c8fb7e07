import type { RegionProfiles } from "./domain.js";

/**
 * Surplus–deficit matching, shared by food and energy: a region whose location quotient is above 1
 * has a surplus to supply, one below 1 a deficit to fill. The pair's factor is what each side's
 * surplus can cover of the other's deficit, min(surplus_i, deficit_j) + min(surplus_j, deficit_i).
 */
export function surplusDeficitMatch(profiles: RegionProfiles, d: number, i: number, j: number): number {
  const k = profiles.domainCount;
  const lqI = profiles.lq[i * k + d]!;
  const lqJ = profiles.lq[j * k + d]!;
  return (
    Math.min(Math.max(0, lqI - 1), Math.max(0, 1 - lqJ)) +
    Math.min(Math.max(0, lqJ - 1), Math.max(0, 1 - lqI))
  );
}

/** How exposed a region is to a price shock in a good it lacks: its deficit, in [0, 1]. */
export function deficit(profiles: RegionProfiles, d: number, i: number): number {
  return Math.max(0, 1 - profiles.lq[i * profiles.domainCount + d]!);
}
