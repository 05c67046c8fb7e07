import { SECTORS, type World } from "./world.js";

/**
 * Location quotients per region and sector, row-major [region * SECTORS.length + sector]:
 * LQ_i,s = share_i,s / national_s, where national_s = Σ_i Y_i share_i,s / Σ_i Y_i is the sector's share
 * of national GRDP (GRDP-weighted, so the nation is the sum of its regions, not their average).
 * LQ > 1 means the region is specialised in the sector. A sector absent from the whole world gets
 * LQ = 1 everywhere: no region is more or less specialised in it than the nation.
 */
export function locationQuotients(world: World): Float64Array {
  const s = SECTORS.length;
  const national = nationalShares(world);
  const lq = new Float64Array(world.size * s);
  for (let i = 0; i < world.size; i++) {
    for (let k = 0; k < s; k++) {
      const nationalShare = national[k]!;
      lq[i * s + k] = nationalShare > 0 ? world.sectorShares[i * s + k]! / nationalShare : 1;
    }
  }
  return lq;
}

/** Each sector's share of the world's total GRDP, in SECTORS order. */
export function nationalShares(world: World): Float64Array {
  const s = SECTORS.length;
  const sums = new Float64Array(s);
  let total = 0;
  for (let i = 0; i < world.size; i++) {
    const y = world.grdp[i]!;
    total += y;
    for (let k = 0; k < s; k++) sums[k] = sums[k]! + y * world.sectorShares[i * s + k]!;
  }
  return sums.map((x) => x / total);
}
