import { PairIndex } from "./pair-index.js";

/**
 * Trust of region i in region j (directed), kept only for pairs that have interacted, so memory
 * grows with interactions, not with N². Values live in one growable Float64Array in the order the
 * pairs first interacted; `values()` yields them in that order, which fixes the order of the
 * mean-trust sum (and so its last bits) independently of the hash layout.
 */
export class TrustTable {
  private readonly index = new PairIndex();
  private store = new Float64Array(64);

  /** Pairs with a trust value. */
  get size(): number {
    return this.index.size;
  }

  /** i's trust in j, or `fallback` (the initial trust) when they have not interacted. */
  get(i: number, j: number, fallback: number): number {
    const e = this.index.get(i, j);
    return e < 0 ? fallback : this.store[e]!;
  }

  set(i: number, j: number, value: number): void {
    const e = this.index.get(i, j);
    if (e >= 0) {
      this.store[e] = value;
      return;
    }
    const entry = this.index.size;
    if (entry === this.store.length) {
      const grown = new Float64Array(2 * entry);
      grown.set(this.store);
      this.store = grown;
    }
    this.store[entry] = value;
    this.index.set(i, j, entry);
  }

  /**
   * The entry of i's trust in j, created with value `initial` if the pair has none: for callers
   * that read and write one pair's trust every year (entries are never removed, so it stays valid).
   */
  entry(i: number, j: number, initial: number): number {
    if (this.index.get(i, j) < 0) this.set(i, j, initial);
    return this.index.get(i, j);
  }

  valueAt(entry: number): number {
    return this.store[entry]!;
  }

  setAt(entry: number, value: number): void {
    this.store[entry] = value;
  }

  /** Every stored value, in the order the pairs first interacted. */
  *values(): Generator<number> {
    for (let e = 0; e < this.index.size; e++) yield this.store[e]!;
  }

  /** Sum of every stored value, in the order of `values()`. */
  sum(): number {
    let total = 0;
    for (let e = 0; e < this.index.size; e++) total += this.store[e]!;
    return total;
  }
}
