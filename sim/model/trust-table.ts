import type { NeighbourSlots } from "./neighbour-slots.js";
import { PairIndex } from "./pair-index.js";

/** Worlds up to this size keep trust entries in a dense N×N table (4 MB at 1,024 regions). */
export const DENSE_TRUST_LIMIT = 1024;

/**
 * Trust of region i in region j (directed), kept only for pairs that have interacted, so memory
 * grows with interactions, not with N². Values live in one growable Float64Array in the order the
 * pairs first interacted; `values()` yields them in that order, which fixes the order of the
 * mean-trust sum (and so its last bits) independently of the hash layout.
 */
export class TrustTable {
  private readonly index = new PairIndex();
  /**
   * In worlds of up to `DENSE_TRUST_LIMIT` regions, the entry of each ordered pair, [i·N + j], −1
   * for none (4 MB at 1,024 regions): partner search reads i's trust in every promising candidate,
   * and a row of i stays in cache where a hash probe would not. Else null, and `index` holds them.
   */
  private readonly dense: Int32Array | null;
  /**
   * In larger worlds given their neighbour lists, the entry of every listed pair too, [slot of j in
   * i's list], −1 for none, beside the hash (which keeps every pair): partner search reads i's trust
   * in candidates it found through i's list (`getListed`), one load in i's contiguous slots instead
   * of a probe at a random place. Else null.
   */
  private readonly listed: Int32Array | null;
  private store = new Float64Array(64);
  private count = 0;

  /** `regionCount`: the world's size, for the dense entries of small worlds (0: always the hash). */
  constructor(
    private readonly regionCount = 0,
    private readonly slots: NeighbourSlots | null = null,
  ) {
    this.dense =
      regionCount > 0 && regionCount <= DENSE_TRUST_LIMIT
        ? new Int32Array(regionCount * regionCount).fill(-1)
        : null;
    this.listed = !this.dense && slots ? new Int32Array(regionCount * slots.width).fill(-1) : null;
  }

  /** Pairs with a trust value. */
  get size(): number {
    return this.count;
  }

  /** The entry of i's trust in j, or −1. */
  private find(i: number, j: number): number {
    const dense = this.dense;
    return dense ? dense[i * this.regionCount + j]! : this.index.get(i, j);
  }

  /** i's trust in j, or `fallback` (the initial trust) when they have not interacted. */
  get(i: number, j: number, fallback: number): number {
    const e = this.find(i, j);
    return e < 0 ? fallback : this.store[e]!;
  }

  /** `get(i, j, fallback)` for a j listed at `rank` in i's neighbour list (−1: not listed, or not known). */
  getListed(i: number, j: number, rank: number, fallback: number): number {
    const listed = this.listed;
    const e = rank >= 0 && listed ? listed[i * this.slots!.width + rank]! : this.find(i, j);
    return e < 0 ? fallback : this.store[e]!;
  }

  set(i: number, j: number, value: number): void {
    const e = this.find(i, j);
    if (e >= 0) {
      this.store[e] = value;
      return;
    }
    const entry = this.count++;
    if (entry === this.store.length) {
      const grown = new Float64Array(2 * entry);
      grown.set(this.store);
      this.store = grown;
    }
    this.store[entry] = value;
    if (this.dense) this.dense[i * this.regionCount + j] = entry;
    else this.index.set(i, j, entry);
    const listed = this.listed;
    if (listed) {
      const slots = this.slots!;
      for (let r = slots.rankOf(i, j, 0); r >= 0; r = slots.rankOf(i, j, r + 1))
        listed[i * slots.width + r] = entry;
    }
  }

  /**
   * The entry of i's trust in j, created with value `initial` if the pair has none: for callers
   * that read and write one pair's trust every year (entries are never removed, so it stays valid).
   */
  entry(i: number, j: number, initial: number): number {
    if (this.find(i, j) < 0) this.set(i, j, initial);
    return this.find(i, j);
  }

  valueAt(entry: number): number {
    return this.store[entry]!;
  }

  setAt(entry: number, value: number): void {
    this.store[entry] = value;
  }

  /** Every stored value, in the order the pairs first interacted. */
  *values(): Generator<number> {
    for (let e = 0; e < this.count; e++) yield this.store[e]!;
  }

  /** Sum of every stored value, in the order of `values()`. */
  sum(): number {
    let total = 0;
    for (let e = 0; e < this.count; e++) total += this.store[e]!;
    return total;
  }
}
