import { recordClass } from "../record-class.js";

/**
 * Buffers for the metrics that need regions in order of income (Gini, median). They run every
 * simulated year in thousands of runs, so a caller can allocate these once and pass them in;
 * without them each call allocates its own.
 */
export interface SortScratch {
  /** Region indices, put in ascending order of `keys`. */
  readonly order: Uint32Array;
  /** The value each region is sorted by (per-capita GRDP). */
  readonly keys: Float64Array;
  /** The radix sort's buffers, made on its first use (see `radixSortIndices`). */
  radix: RadixBuffers | null;
}

interface RadixBuffers {
  /** Each key as an unsigned 64-bit integer in the same order, in two halves. */
  readonly low: Uint32Array;
  readonly high: Uint32Array;
  readonly spare: Uint32Array;
  readonly counts: Uint32Array;
}

/** The metrics of every year read these: a class, not a literal (see record-class.ts). */
const SortScratchRecord = recordClass<SortScratch>();

export function createSortScratch(capacity: number): SortScratch {
  return new SortScratchRecord({
    order: new Uint32Array(capacity),
    keys: new Float64Array(capacity),
    radix: null,
  });
}

/**
 * From this many keys up, `sortIndicesByKey` sorts by radix: linear, where a comparison sort calling
 * back into JavaScript took 55–90 ms a year at 100,000 regions (against about 15 ms). Below it the
 * comparison sort is as fast and allocates nothing extra.
 */
export const RADIX_SORT_MIN = 2048;
const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
/** Six 11-bit digits cover the 64 bits: three in each 32-bit half (11 + 11 + 10). */
const DIGITS = 6;
/** A double's bits, read through an integer view of the same 8 bytes. */
const bitsOf = new Float64Array(1);
const wordsOf = new Uint32Array(bitsOf.buffer);
// Which 32-bit word holds the sign and exponent depends on the platform's byte order.
bitsOf[0] = -0;
const HIGH_WORD = wordsOf[1] === 0x80000000 ? 1 : 0;
const LOW_WORD = 1 - HIGH_WORD;

/** The scratch passed in when it is large enough for `size` regions, else a fresh one. */
export function sortScratchFor(size: number, scratch: SortScratch | undefined): SortScratch {
  return scratch !== undefined && scratch.order.length >= size && scratch.keys.length >= size
    ? scratch
    : createSortScratch(size);
}

/**
 * Fills `scratch.order[0..size)` with the indices 0..size−1 in ascending order of
 * `scratch.keys[0..size)`, which the caller has filled. Returns the order, trimmed to `size`.
 */
export function sortIndicesByKey(scratch: SortScratch, size: number): Uint32Array {
  const { order, keys } = scratch;
  for (let i = 0; i < size; i++) order[i] = i;
  // A view only when the buffer is longer than needed: a right-sized scratch sorts without allocating.
  const active = order.length === size ? order : order.subarray(0, size);
  if (size >= RADIX_SORT_MIN && radixSortIndices(scratch, size)) return active;
  return active.sort((a, b) => keys[a]! - keys[b]!);
}

/**
 * Sorts `order[0..size)`, the identity, by `keys` with a least-significant-digit radix sort, which is
 * stable, so ties stay in index order: the order of the comparison sort above, whose comparator
 * `a − b` is 0 exactly for equal keys, −0 and +0 included (each key is read as key + 0, which turns
 * −0 into +0). A double's bits, with the sign bit flipped for a positive number and every bit flipped
 * for a negative one, sort as unsigned integers in the order of the numbers. Returns false, having
 * changed nothing, when a key is NaN, which has no place in that order (the comparison sort then
 * decides, as before).
 */
function radixSortIndices(scratch: SortScratch, size: number): boolean {
  const { keys } = scratch;
  let radix = scratch.radix;
  if (!radix || radix.low.length < size) {
    radix = scratch.radix = {
      low: new Uint32Array(scratch.order.length),
      high: new Uint32Array(scratch.order.length),
      spare: new Uint32Array(scratch.order.length),
      counts: new Uint32Array(DIGITS * BUCKETS),
    };
  }
  const { low, high, counts } = radix;
  counts.fill(0);
  for (let i = 0; i < size; i++) {
    const key = keys[i]!;
    if (Number.isNaN(key)) return false;
    bitsOf[0] = key + 0;
    let hi = wordsOf[HIGH_WORD]!;
    let lo = wordsOf[LOW_WORD]!;
    if (hi >>> 31 === 1) {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
    } else {
      hi = (hi | 0x80000000) >>> 0;
    }
    low[i] = lo;
    high[i] = hi;
    counts[lo & 0x7ff]!++;
    counts[BUCKETS + ((lo >>> 11) & 0x7ff)]!++;
    counts[2 * BUCKETS + (lo >>> 22)]!++;
    counts[3 * BUCKETS + (hi & 0x7ff)]!++;
    counts[4 * BUCKETS + ((hi >>> 11) & 0x7ff)]!++;
    counts[5 * BUCKETS + (hi >>> 22)]!++;
  }
  let from = scratch.order;
  let to = radix.spare;
  for (let digit = 0; digit < DIGITS; digit++) {
    const base = digit * BUCKETS;
    const words = digit < 3 ? low : high;
    const shift = (digit % 3) * DIGIT_BITS;
    const mask = digit % 3 === 2 ? 0x3ff : 0x7ff;
    // A digit every key shares moves nothing: skip its pass (the top digits of incomes in one range).
    let single = false;
    for (let b = 0; b < BUCKETS; b++) {
      const count = counts[base + b]!;
      if (count === size) single = true;
      if (count !== 0) break;
    }
    if (single) continue;
    let start = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const count = counts[base + b]!;
      counts[base + b] = start;
      start += count;
    }
    for (let k = 0; k < size; k++) {
      const index = from[k]!;
      const bucket = base + ((words[index]! >>> shift) & mask);
      to[counts[bucket]!++] = index;
    }
    const swap = from;
    from = to;
    to = swap;
  }
  if (from !== scratch.order) scratch.order.set(from.subarray(0, size));
  return true;
}

/**
 * Brings `order[0..size)`, a permutation of 0..size−1 left by an earlier sort, into ascending order
 * of `keys[0..size)` (filled by the caller), ties by ascending index: exactly the order
 * `sortIndicesByKey` gives (a stable sort of 0, 1, …, size−1), found by insertion from the earlier
 * order. Incomes change rank little from one simulated year to the next, so this is close to one
 * pass instead of a full sort. When the keys moved too much (more shifts than `32·size + 64`) or a
 * key is NaN (no consistent order), it sorts from scratch with `sortIndicesByKey` instead.
 */
export function resortIndicesByKey(scratch: SortScratch, size: number): Uint32Array {
  // Large worlds: ranks move too much for insertion (11 places a region a year at 10,000 regions),
  // and the radix sort is linear anyway.
  if (size >= RADIX_SORT_MIN) return sortIndicesByKey(scratch, size);
  const { order, keys } = scratch;
  const active = order.length === size ? order : order.subarray(0, size);
  let budget = 32 * size + 64;
  for (let k = 1; k < size; k++) {
    const index = order[k]!;
    const key = keys[index]!;
    if (Number.isNaN(key)) return sortIndicesByKey(scratch, size);
    let slot = k;
    // Shift up every earlier entry that comes after (key, index).
    while (slot > 0) {
      const before = order[slot - 1]!;
      const beforeKey = keys[before]!;
      if (beforeKey < key || (beforeKey === key && before < index)) break;
      order[slot] = before;
      slot--;
      if (--budget < 0) {
        order[slot] = index;
        return sortIndicesByKey(scratch, size);
      }
    }
    order[slot] = index;
  }
  if (size > 0 && Number.isNaN(keys[order[0]!]!)) return sortIndicesByKey(scratch, size);
  return active;
}
