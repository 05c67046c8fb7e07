/**
 * An open-addressing hash from pairs of non-negative 32-bit integers (x, y) to an integer, held in
 * typed arrays. It replaces `Map<number, …>` and `Set<number>` keyed by x·N + y in the model's inner
 * loops: a lookup is a few integer multiplications and one or two probes of contiguous memory, with
 * no boxing of keys and no allocation, and it works for any N (x·N + y needs no more than 32 bits
 * per part). Linear probing at a load of at most one half; removal shifts the following run back,
 * so no tombstones accumulate over a long run.
 */
export class PairIndex {
  private slotX: Int32Array;
  private slotY: Int32Array;
  /** The value of each slot; −1 marks an empty slot (values are ≥ 0). */
  private slotValue: Int32Array;
  private mask: number;
  size = 0;

  constructor(initialCapacity = 64) {
    let capacity = 16;
    while (capacity < 2 * initialCapacity) capacity *= 2;
    this.slotX = new Int32Array(capacity);
    this.slotY = new Int32Array(capacity);
    this.slotValue = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  private home(x: number, y: number): number {
    let h = (Math.imul(x, 0x9e3779b1) + Math.imul(y, 0x85ebca77)) | 0;
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    return h & this.mask;
  }

  /** The value stored for (x, y), or −1. */
  get(x: number, y: number): number {
    const mask = this.mask;
    for (let s = this.home(x, y); ; s = (s + 1) & mask) {
      const v = this.slotValue[s]!;
      if (v < 0) return -1;
      if (this.slotX[s] === x && this.slotY[s] === y) return v;
    }
  }

  /** Stores value (≥ 0) for (x, y), replacing any value already there. */
  set(x: number, y: number, value: number): void {
    if (2 * (this.size + 1) > this.slotValue.length) this.grow();
    const mask = this.mask;
    for (let s = this.home(x, y); ; s = (s + 1) & mask) {
      const v = this.slotValue[s]!;
      if (v < 0) {
        this.slotX[s] = x;
        this.slotY[s] = y;
        this.slotValue[s] = value;
        this.size++;
        return;
      }
      if (this.slotX[s] === x && this.slotY[s] === y) {
        this.slotValue[s] = value;
        return;
      }
    }
  }

  /** Removes (x, y) if present. */
  delete(x: number, y: number): void {
    const mask = this.mask;
    let s = this.home(x, y);
    for (; ; s = (s + 1) & mask) {
      if (this.slotValue[s]! < 0) return;
      if (this.slotX[s] === x && this.slotY[s] === y) break;
    }
    this.size--;
    // Backward-shift deletion: move later members of the probe run into the hole when their home
    // position allows it, so that every remaining key stays reachable from its home slot.
    let hole = s;
    for (let t = (s + 1) & mask; this.slotValue[t]! >= 0; t = (t + 1) & mask) {
      const home = this.home(this.slotX[t]!, this.slotY[t]!);
      // t may move to the hole unless its home lies cyclically in (hole, t].
      const stays = hole <= t ? home > hole && home <= t : home > hole || home <= t;
      if (stays) continue;
      this.slotX[hole] = this.slotX[t]!;
      this.slotY[hole] = this.slotY[t]!;
      this.slotValue[hole] = this.slotValue[t]!;
      hole = t;
    }
    this.slotValue[hole] = -1;
  }

  private grow(): void {
    const oldX = this.slotX;
    const oldY = this.slotY;
    const oldValue = this.slotValue;
    const capacity = oldValue.length * 2;
    this.slotX = new Int32Array(capacity);
    this.slotY = new Int32Array(capacity);
    this.slotValue = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    this.size = 0;
    for (let s = 0; s < oldValue.length; s++)
      if (oldValue[s]! >= 0) this.set(oldX[s]!, oldY[s]!, oldValue[s]!);
  }
}
