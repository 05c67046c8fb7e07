/**
 * An open-addressing hash from pairs of non-negative 32-bit integers (x, y) to an integer, held in
 * typed arrays. It replaces `Map<number, …>` and `Set<number>` keyed by x·N + y in the model's inner
 * loops: a lookup is a few integer multiplications and one or two probes of contiguous memory, with
 * no boxing of keys and no allocation, and it works for any N (x·N + y needs no more than 32 bits
 * per part). Linear probing at a load of at most one half; removal shifts the following run back,
 * so no tombstones accumulate over a long run.
 */
export class PairIndex {
  /**
   * Slots of four 32-bit integers, [4·slot]: x, y, value, unused (an aligned 16 bytes, so that a
   * probe touches one cache line). A value of −1 marks an empty slot (values are ≥ 0).
   */
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(initialCapacity = 64) {
    let capacity = 16;
    while (capacity < 2 * initialCapacity) capacity *= 2;
    this.slots = emptySlots(capacity);
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
    const slots = this.slots;
    for (let s = this.home(x, y); ; s = (s + 1) & mask) {
      const o = 4 * s;
      const v = slots[o + 2]!;
      if (v < 0) return -1;
      if (slots[o] === x && slots[o + 1] === y) return v;
    }
  }

  /** Stores value (≥ 0) for (x, y), replacing any value already there. */
  set(x: number, y: number, value: number): void {
    if (2 * (this.size + 1) > this.mask + 1) this.grow();
    const mask = this.mask;
    const slots = this.slots;
    for (let s = this.home(x, y); ; s = (s + 1) & mask) {
      const o = 4 * s;
      if (slots[o + 2]! < 0) {
        slots[o] = x;
        slots[o + 1] = y;
        slots[o + 2] = value;
        this.size++;
        return;
      }
      if (slots[o] === x && slots[o + 1] === y) {
        slots[o + 2] = value;
        return;
      }
    }
  }

  /** Removes (x, y) if present. */
  delete(x: number, y: number): void {
    const mask = this.mask;
    const slots = this.slots;
    let s = this.home(x, y);
    for (; ; s = (s + 1) & mask) {
      const o = 4 * s;
      if (slots[o + 2]! < 0) return;
      if (slots[o] === x && slots[o + 1] === y) break;
    }
    this.size--;
    // Backward-shift deletion: move later members of the probe run into the hole when their home
    // position allows it, so that every remaining key stays reachable from its home slot.
    let hole = s;
    for (let t = (s + 1) & mask; slots[4 * t + 2]! >= 0; t = (t + 1) & mask) {
      const home = this.home(slots[4 * t]!, slots[4 * t + 1]!);
      // t may move to the hole unless its home lies cyclically in (hole, t].
      const stays = hole <= t ? home > hole && home <= t : home > hole || home <= t;
      if (stays) continue;
      slots[4 * hole] = slots[4 * t]!;
      slots[4 * hole + 1] = slots[4 * t + 1]!;
      slots[4 * hole + 2] = slots[4 * t + 2]!;
      hole = t;
    }
    slots[4 * hole + 2] = -1;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = 2 * (this.mask + 1);
    this.slots = emptySlots(capacity);
    this.mask = capacity - 1;
    this.size = 0;
    for (let o = 0; o < old.length; o += 4) if (old[o + 2]! >= 0) this.set(old[o]!, old[o + 1]!, old[o + 2]!);
  }
}

function emptySlots(capacity: number): Int32Array {
  const slots = new Int32Array(4 * capacity);
  for (let s = 0; s < capacity; s++) slots[4 * s + 2] = -1;
  return slots;
}
