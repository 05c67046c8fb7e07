// The region the user has pinned (on the map, with the region select, or by keyboard), shared by the
// map, the region select and the region details. Indices refer to the current world's regions.
export class RegionSelection {
  private index: number | null = null;
  private readonly listeners = new Set<(index: number | null) => void>();

  get current(): number | null {
    return this.index;
  }

  set(index: number | null): void {
    if (index === this.index) return;
    this.index = index;
    for (const listener of [...this.listeners]) listener(index);
  }

  subscribe(listener: (index: number | null) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
