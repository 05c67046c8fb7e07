import { SECTORS, type World } from "../world/world.js";
import type { Domain, RegionProfiles } from "./domain.js";
import { recordClass } from "../record-class.js";

/** Profiles are read in the pair terms' loops: a class, not a literal (see record-class.ts). */
const RegionProfilesRecord = recordClass<RegionProfiles>();

/**
 * Builds the domain endowments of every region: the location quotient of each domain's sector(s),
 * LQ_i,d = share of d in region i's GRDP / share of d in the world's GRDP, and the sector profile
 * with "other sectors" as a last entry. Computed once, from year-0 data: sector structure is taken
 * as fixed over a run.
 */
export function regionProfiles(world: World, domains: readonly Domain[]): RegionProfiles {
  const n = world.size;
  const sectorCount = SECTORS.length;
  const domainCount = domains.length;
  const lq = new Float64Array(n * domainCount);
  let totalGrdp = 0;
  for (let i = 0; i < n; i++) totalGrdp += world.grdp[i]!;
  for (let d = 0; d < domainCount; d++) {
    const sectors = domains[d]!.sectors;
    let worldAmount = 0;
    for (let i = 0; i < n; i++) worldAmount += world.grdp[i]! * domainShare(world, sectors, i);
    const worldShare = worldAmount / totalGrdp;
    for (let i = 0; i < n; i++) {
      // A domain absent from the whole world gives every region an LQ of 1: no one is special.
      lq[i * domainCount + d] = worldShare > 0 ? domainShare(world, sectors, i) / worldShare : 1;
    }
  }
  const profileWidth = sectorCount + 1;
  const profile = new Float64Array(n * profileWidth);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let s = 0; s < sectorCount; s++) {
      const share = world.sectorShares[i * sectorCount + s]!;
      profile[i * profileWidth + s] = share;
      sum += share;
    }
    profile[i * profileWidth + sectorCount] = Math.max(0, 1 - sum);
  }
  return new RegionProfilesRecord({ size: n, lq, domainCount, profile, profileWidth });
}

function domainShare(world: World, sectors: readonly number[], i: number): number {
  let share = 0;
  for (const s of sectors) share += world.sectorShares[i * SECTORS.length + s]!;
  return share;
}
