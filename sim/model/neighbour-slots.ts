/**
 * The slots of a large world's neighbour lists: region i's r-th nearest region (its pool partner,
 * or one of its k nearest) has slot i·W + r, W being the list width. Partner search meets nearly
 * every candidate through these lists and knows its rank, so per-pair state of listed pairs can live
 * in a dense array of N·W slots (a searcher's slots are contiguous) instead of a hash; pairs outside
 * the lists (regional-body members) stay in the hash.
 */
export class NeighbourSlots {
  constructor(
    /** Region i's neighbours, nearest first, [i·width + r]. */
    readonly neighbours: Int32Array,
    readonly width: number,
  ) {}

  /** The first rank ≥ `from` at which j is listed among i's neighbours, or −1. */
  rankOf(i: number, j: number, from: number): number {
    const neighbours = this.neighbours;
    const row = i * this.width;
    for (let r = from; r < this.width; r++) if (neighbours[row + r] === j) return r;
    return -1;
  }
}
