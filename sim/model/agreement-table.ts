import type { NeighbourSlots } from "./neighbour-slots.js";
import { PairIndex } from "./pair-index.js";

/** Worlds up to this size keep the active set as a byte per ordered pair (1 MB at 1,024 regions). */
export const DENSE_PAIR_LIMIT = 1024;

/**
 * The active agreements, stored column-wise in growable typed arrays. An agreement binds regions
 * `a` < `b` in one domain. Removal swaps the last row in, so rows are dense and loops are tight;
 * the order of rows is deterministic because every operation on the table is.
 */
export class AgreementTable {
  count = 0;
  a = new Int32Array(16);
  b = new Int32Array(16);
  domain = new Int32Array(16);
  /** Years since formation. */
  age = new Int32Array(16);
  /** Years of building left before gains flow. */
  buildLeft = new Int32Array(16);
  /** Share of the joint gain going to party a (party b gets the rest). */
  shareA = new Float64Array(16);
  /** Up-front investment party a (b) still has to pay from its budget, billion IDR. */
  investmentLeftA = new Float64Array(16);
  investmentLeftB = new Float64Array(16);
  /** Investment financed by a private partner (KPBU), repaid during operation, billion IDR. */
  privateInvestment = new Float64Array(16);
  /** Years the agreement has operated (after its build). */
  operatingYears = new Int32Array(16);
  /** Consecutive years in which party a's (b's) realised utility was negative. */
  lossYearsA = new Int32Array(16);
  lossYearsB = new Int32Array(16);
  /**
   * The pair's static gain term in the agreement's domain (`PairTerms.value`), kept so that the
   * yearly gain needs no distance or pow in worlds too large for a dense matrix of terms.
   */
  pairTerm = new Float64Array(16);
  /** Entries of the parties' trust in each other in the trust table (a in b, b in a); −1 until first used. */
  trustAB = new Int32Array(16);
  trustBA = new Int32Array(16);

  /**
   * (pair, domain) of every active agreement, for duplicate checks, keyed (a, b·D + d): a typed hash
   * rather than a Set of a·N·D + b·D + d, because partner search asks it for every candidate.
   */
  private readonly active = new PairIndex();
  /**
   * In worlds of up to `DENSE_PAIR_LIMIT` regions (and at most 8 domains), the same set as a byte
   * per ordered pair, bit d set while the pair has an agreement in domain d, [i·N + j] and [j·N + i]:
   * a searcher's row stays in cache, so the check is one load instead of a hash probe. Else null.
   */
  private readonly pairDomains: Uint8Array | null;
  /**
   * In larger worlds given their neighbour lists (and at most 8 domains), the same bits for every
   * listed pair, [slot of j in i's list] and [slot of i in j's list], beside the hash (which keeps
   * every pair): search asks `hasListed` for the candidates it found through i's list, one load in
   * i's contiguous slots instead of a probe at a random place. Else null.
   */
  private readonly slotDomains: Uint8Array | null;

  constructor(
    readonly regionCount: number,
    private readonly domainCount: number,
    private readonly slots: NeighbourSlots | null = null,
  ) {
    this.pairDomains =
      regionCount <= DENSE_PAIR_LIMIT && domainCount <= 8 ? new Uint8Array(regionCount * regionCount) : null;
    this.slotDomains =
      !this.pairDomains && slots && domainCount <= 8 ? new Uint8Array(regionCount * slots.width) : null;
  }

  has(i: number, j: number, d: number): boolean {
    const pairDomains = this.pairDomains;
    if (pairDomains) return ((pairDomains[i * this.regionCount + j]! >> d) & 1) === 1;
    return i < j
      ? this.active.get(i, j * this.domainCount + d) >= 0
      : this.active.get(j, i * this.domainCount + d) >= 0;
  }

  /**
   * `has(i, j, d)` for a j listed at `rank` in i's neighbour list (−1: not listed, or not known).
   */
  hasListed(i: number, j: number, rank: number, d: number): boolean {
    const slotDomains = this.slotDomains;
    if (rank >= 0 && slotDomains) return ((slotDomains[i * this.slots!.width + rank]! >> d) & 1) === 1;
    return this.has(i, j, d);
  }

  /** Sets or clears bit d of every slot of `other` in `owner`'s neighbour list. */
  private markSlots(slotDomains: Uint8Array, owner: number, other: number, d: number, on: boolean): void {
    const slots = this.slots!;
    const row = owner * slots.width;
    for (let r = slots.rankOf(owner, other, 0); r >= 0; r = slots.rankOf(owner, other, r + 1))
      slotDomains[row + r] = on ? slotDomains[row + r]! | (1 << d) : slotDomains[row + r]! & ~(1 << d);
  }

  /** Marks or clears the pair (a, b) in domain d in `pairDomains`, or the hash. */
  private mark(a: number, b: number, d: number, on: boolean): void {
    const pairDomains = this.pairDomains;
    if (pairDomains) {
      const n = this.regionCount;
      const bit = 1 << d;
      pairDomains[a * n + b] = on ? pairDomains[a * n + b]! | bit : pairDomains[a * n + b]! & ~bit;
      pairDomains[b * n + a] = on ? pairDomains[b * n + a]! | bit : pairDomains[b * n + a]! & ~bit;
      return;
    }
    if (on) this.active.set(a, b * this.domainCount + d, 0);
    else this.active.delete(a, b * this.domainCount + d);
    const slotDomains = this.slotDomains;
    if (slotDomains) {
      this.markSlots(slotDomains, a, b, d, on);
      this.markSlots(slotDomains, b, a, d, on);
    }
  }

  add(
    i: number,
    j: number,
    d: number,
    shareOfI: number,
    buildYears: number,
    investment: number,
    privateShare: number,
    pairTerm: number,
  ): number {
    if (this.count === this.a.length) this.grow();
    const r = this.count++;
    const swap = i > j;
    this.a[r] = swap ? j : i;
    this.b[r] = swap ? i : j;
    this.domain[r] = d;
    this.age[r] = 0;
    this.buildLeft[r] = buildYears;
    this.shareA[r] = swap ? 1 - shareOfI : shareOfI;
    const publicInvestment = investment * (1 - privateShare);
    this.investmentLeftA[r] = publicInvestment * this.shareA[r]!;
    this.investmentLeftB[r] = publicInvestment * (1 - this.shareA[r]!);
    this.operatingYears[r] = 0;
    this.privateInvestment[r] = investment * privateShare;
    this.lossYearsA[r] = 0;
    this.lossYearsB[r] = 0;
    this.pairTerm[r] = pairTerm;
    this.trustAB[r] = -1;
    this.trustBA[r] = -1;
    this.mark(this.a[r]!, this.b[r]!, d, true);
    return r;
  }

  /** Removes row r by moving the last row into it. */
  remove(r: number): void {
    this.mark(this.a[r]!, this.b[r]!, this.domain[r]!, false);
    const last = --this.count;
    if (r === last) return;
    this.a[r] = this.a[last]!;
    this.b[r] = this.b[last]!;
    this.domain[r] = this.domain[last]!;
    this.age[r] = this.age[last]!;
    this.buildLeft[r] = this.buildLeft[last]!;
    this.shareA[r] = this.shareA[last]!;
    this.investmentLeftA[r] = this.investmentLeftA[last]!;
    this.investmentLeftB[r] = this.investmentLeftB[last]!;
    this.operatingYears[r] = this.operatingYears[last]!;
    this.privateInvestment[r] = this.privateInvestment[last]!;
    this.lossYearsA[r] = this.lossYearsA[last]!;
    this.lossYearsB[r] = this.lossYearsB[last]!;
    this.pairTerm[r] = this.pairTerm[last]!;
    this.trustAB[r] = this.trustAB[last]!;
    this.trustBA[r] = this.trustBA[last]!;
  }

  private grow(): void {
    const size = this.a.length * 2;
    const grown = <T extends Int32Array | Float64Array | Uint8Array>(old: T): T => {
      const next = new (old.constructor as new (n: number) => T)(size);
      next.set(old);
      return next;
    };
    this.a = grown(this.a);
    this.b = grown(this.b);
    this.domain = grown(this.domain);
    this.age = grown(this.age);
    this.buildLeft = grown(this.buildLeft);
    this.shareA = grown(this.shareA);
    this.investmentLeftA = grown(this.investmentLeftA);
    this.investmentLeftB = grown(this.investmentLeftB);
    this.operatingYears = grown(this.operatingYears);
    this.privateInvestment = grown(this.privateInvestment);
    this.lossYearsA = grown(this.lossYearsA);
    this.lossYearsB = grown(this.lossYearsB);
    this.pairTerm = grown(this.pairTerm);
    this.trustAB = grown(this.trustAB);
    this.trustBA = grown(this.trustBA);
  }
}
