import type { Domain, RegionProfiles } from "../domains/domain.js";
import { distanceMatrix, pairDistanceLookup } from "../world/distance.js";
import type { World } from "../world/world.js";
import { pow } from "../math.js";

/** Worlds up to this size keep every pair's static terms in memory (N²·D doubles: 32 MB at 1024). */
export const DENSE_LIMIT = 1024;

/**
 * The part of a pair's yearly gain that does not change over a run: distance decay times the
 * domain's pair factor, f_d(d_ij)·factor_d(i, j). The gain is then κ_d·sqrt(Y_i·Y_j)·this.
 * Small worlds cache every pair; large ones cache the pairs of each region's neighbour list
 * (nearest partners and discovery pool, `listed`) and compute any other pair on demand. Either way
 * a term is computed by the same arithmetic, so where it comes from never changes a bit.
 */
export class PairTerms {
  private readonly dense: Float64Array | null;
  private readonly n: number;
  private readonly domainCount: number;
  private readonly distance: (i: number, j: number) => number;
  private readonly list: Float64Array | null = null;
  private readonly listWidth: number;
  /** For each domain, the first domain with the same distance elasticity. */
  private readonly firstWithDecay: Int32Array;

  constructor(
    world: World,
    private readonly profiles: RegionProfiles,
    private readonly domains: readonly Domain[],
    private readonly decay: Float64Array,
    private readonly d0: number,
    seaFactor: number,
    listed: Int32Array | null = null,
  ) {
    this.n = world.size;
    this.domainCount = domains.length;
    this.distance = pairDistanceLookup(world, seaFactor);
    this.dense = null;
    // Domains that share a distance elasticity (three of the four by default) share its pow.
    this.firstWithDecay = Int32Array.from(decay, (value) => decay.indexOf(value));
    const terms = new Float64Array(this.domainCount);
    if (this.n <= DENSE_LIMIT) {
      const km = distanceMatrix(world, seaFactor);
      const dense = new Float64Array(this.n * this.n * this.domainCount);
      for (let i = 0; i < this.n; i++) {
        for (let j = i + 1; j < this.n; j++) {
          const distance = km[i * this.n + j]!;
          this.termsInto(distance, i, j, terms);
          for (let d = 0; d < this.domainCount; d++) {
            dense[(i * this.domainCount + d) * this.n + j] = terms[d]!;
            dense[(j * this.domainCount + d) * this.n + i] = terms[d]!;
          }
        }
      }
      this.dense = dense;
    }
    this.listWidth = listed ? listed.length / this.n : 0;
    if (!this.dense && listed && this.listWidth > 0) {
      const list = new Float64Array(listed.length * this.domainCount);
      for (let i = 0; i < this.n; i++) {
        for (let r = 0; r < this.listWidth; r++) {
          const j = listed[i * this.listWidth + r]!;
          const distance = this.distance(i, j);
          this.termsInto(distance, i, j, terms);
          for (let d = 0; d < this.domainCount; d++) list[(d * this.n + i) * this.listWidth + r] = terms[d]!;
        }
      }
      this.list = list;
    }
  }

  /**
   * The terms of each region's listed partners, [(d·N + i)·W + rank] for the rank-th partner of
   * region i in the list given to the constructor (W wide), in worlds too large for `denseTerms`;
   * else null. Domain first, so that a search in one domain reads one run of memory.
   */
  listTerms(): Float64Array | null {
    return this.list;
  }

  /**
   * Every pair's terms, [(i·D + d)·N + j], when the world is small enough to hold them; else null.
   * A search by i in domain d reads one row of N terms, its noticed partners in ascending order: a
   * run of memory the processor prefetches, rather than a stride of D terms.
   */
  denseTerms(): Float64Array | null {
    return this.dense;
  }

  /** f_d(d_ij)·factor_d(i, j) for domain index d. */
  value(d: number, i: number, j: number): number {
    if (this.dense) return this.dense[(i * this.domainCount + d) * this.n + j]!;
    return this.termAt(this.distance(i, j), d, i, j);
  }

  /** Every domain's term of pair (i, j) into out[d], each exactly as `termAt` computes it. */
  private termsInto(distanceKm: number, i: number, j: number, out: Float64Array): void {
    for (let d = 0; d < this.domainCount; d++) {
      const first = this.firstWithDecay[d]!;
      const decay = first === d ? pow(1 + distanceKm / this.d0, -this.decay[d]!) : out[first]!;
      out[d] = decay;
    }
    // All decays first, since a later domain reads an earlier one's, then the factors.
    for (let d = 0; d < this.domainCount; d++) {
      out[d] = out[d]! * this.domains[d]!.pairFactor(this.profiles, d, i, j);
    }
  }

  private termAt(distanceKm: number, d: number, i: number, j: number): number {
    const decay = pow(1 + distanceKm / this.d0, -this.decay[d]!);
    return decay * this.domains[d]!.pairFactor(this.profiles, d, i, j);
  }
}
