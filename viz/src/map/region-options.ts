// The regions as choices for a <select> next to the map: another way to pick a region, for users who
// know its name, with 514 regencies, or without a pointer. The label is untrusted world-file text:
// the shell sets it with textContent (or new Option(label, value)), never as HTML.
import type { RegionInfo } from "../run/run-data.js";

export interface RegionOption {
  /** The region's index as a string, for an <option value>. */
  value: string;
  index: number;
  label: string;
  /**
   * The heading the region is listed under, for <optgroup>s: its province in worlds that have one (a
   * district planner looks for a kabupaten under its province), else its group (island group).
   */
  group: string;
}

/** Every region, by heading in the order headings first appear in the world, then by name under each. */
export function regionOptions(regions: readonly RegionInfo[], locale?: string): RegionOption[] {
  const heading = (region: RegionInfo) => region.province || region.group;
  const groupOrder = new Map<string, number>();
  for (const region of regions)
    if (!groupOrder.has(heading(region))) groupOrder.set(heading(region), groupOrder.size);
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  return regions
    .map((region, index) => ({ value: String(index), index, label: region.name, group: heading(region) }))
    .sort(
      (a, b) =>
        (groupOrder.get(a.group) ?? 0) - (groupOrder.get(b.group) ?? 0) ||
        collator.compare(a.label, b.label) ||
        a.index - b.index,
    );
}
