import type { Domain, RegionProfiles } from "../domains/domain.js";
import { distanceMatrix, pairDistanceLookup } from "../world/distance.js";
import type { World } from "../world/world.js";
import { pow } from "../math.js";

/** Worlds up to this size keep every pair's static terms in memory (N²·D doubles: 32 MB at 1024). */
const DENSE_LIMIT = 1024;

/**
 * The part of a pair's yearly gain that does not change over a run: distance decay times the
 * domain's pair factor, f_d(d_ij)·factor_d(i, j). The gain is then κ_d·sqrt(Y_i·Y_j)·this.
 * Small worlds cache every pair; large ones compute on demand, since partner search only ever
 * looks at candidate lists.
 */
export class PairTerms {
  private readonly dense: Float64Array | null;
  private readonly n: number;
  private readonly domainCount: number;
  private readonly distance: (i: number, j: number) => number;

  constructor(
    world: World,
    private readonly profiles: RegionProfiles,
    private readonly domains: readonly Domain[],
    private readonly decay: Float64Array,
    private readonly d0: number,
    seaFactor: number,
  ) {
    this.n = world.size;
    this.domainCount = domains.length;
    this.distance = pairDistanceLookup(world, seaFactor);
    this.dense = null;
    if (this.n <= DENSE_LIMIT) {
      const km = distanceMatrix(world, seaFactor);
      const dense = new Float64Array(this.n * this.n * this.domainCount);
      for (let i = 0; i < this.n; i++) {
        for (let j = i + 1; j < this.n; j++) {
          const distance = km[i * this.n + j]!;
          for (let d = 0; d < this.domainCount; d++) {
            const v = this.termAt(distance, d, i, j);
            dense[(i * this.n + j) * this.domainCount + d] = v;
            dense[(j * this.n + i) * this.domainCount + d] = v;
          }
        }
      }
      this.dense = dense;
    }
  }

  /** Every pair's terms, [(i·N + j)·D + d], when the world is small enough to hold them; else null. */
  denseTerms(): Float64Array | null {
    return this.dense;
  }

  /** f_d(d_ij)·factor_d(i, j) for domain index d. */
  value(d: number, i: number, j: number): number {
    if (this.dense) return this.dense[(i * this.n + j) * this.domainCount + d]!;
    return this.termAt(this.distance(i, j), d, i, j);
  }

  private termAt(distanceKm: number, d: number, i: number, j: number): number {
    const decay = pow(1 + distanceKm / this.d0, -this.decay[d]!);
    return decay * this.domains[d]!.pairFactor(this.profiles, d, i, j);
  }
}
