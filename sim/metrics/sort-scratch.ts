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
}

export function createSortScratch(capacity: number): SortScratch {
  return { order: new Uint32Array(capacity), keys: new Float64Array(capacity) };
}

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
  return active.sort((a, b) => keys[a]! - keys[b]!);
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
