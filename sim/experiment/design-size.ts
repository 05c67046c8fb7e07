import type { Sweep } from "./sweep-schema.js";

/**
 * The number of points a design yields, known before any is drawn, so a sweep too large to plan is
 * refused at validation and `--dry-run` need not build the plan. A missing count (which validation
 * reports) counts as 0.
 */
export function designSize(sweep: Sweep): number {
  const { design } = sweep;
  const lists = Object.values(sweep.parameters);
  const k = lists.length;
  switch (design.type) {
    case "grid":
      return lists.reduce((size, values) => size * (Array.isArray(values) ? values.length : 0), 1);
    case "list":
      return design.runs?.length ?? 0;
    case "lhs":
      return design.samples ?? 0;
    case "saltelli":
      return (design.samples ?? 0) * (k + 2);
    case "morris":
      return (design.trajectories ?? 0) * (k + 1);
  }
}
