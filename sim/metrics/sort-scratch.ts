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
