import { theil, williamson } from "../metrics/index.js";

/** The four disparity indices the validation compares, as the model reports them each year. */
export interface Disparity {
  williamson: number;
  theil: number;
  theilBetween: number;
  theilWithin: number;
}

export const DISPARITY_KEYS = ["williamson", "theil", "theilBetween", "theilWithin"] as const;

/**
 * Williamson and Theil T (between and within groups) of per-capita GRDP, with the same functions the
 * model uses for its yearly rows (sim/model/year-record.ts), so observed and simulated figures are
 * computed alike.
 */
export function disparity(
  grdp: ArrayLike<number>,
  population: ArrayLike<number>,
  groupOf: Int32Array,
  groupCount: number,
): Disparity {
  const t = theil(grdp, population, groupOf, groupCount);
  return {
    williamson: williamson(grdp, population),
    theil: t.total,
    theilBetween: t.between,
    theilWithin: t.within,
  };
}

/** Group indices in order of first appearance, as a world numbers its groups. */
export function groupIndices(groups: readonly string[]): { groupOf: Int32Array; names: string[] } {
  const names: string[] = [];
  const groupOf = Int32Array.from(groups, (g) => {
    let k = names.indexOf(g);
    if (k < 0) k = names.push(g) - 1;
    return k;
  });
  return { groupOf, names };
}
