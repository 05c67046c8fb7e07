import { gridPoints } from "./designs/grid.js";
import { latinHypercubePoints } from "./designs/latin-hypercube.js";
import { listPoints } from "./designs/list.js";
import { morrisPoints } from "./designs/morris.js";
import { saltelliPoints } from "./designs/saltelli.js";
import type { SweepPoint } from "./sweep-point.js";
import type { Sweep } from "./sweep-schema.js";

/**
 * The points of a validated sweep's design, in design order. Deterministic: sampled designs draw
 * from the generator seeded by design.seed (or the sweep's seed), so a sweep file always yields the
 * same points, on any machine and in the browser.
 */
export function designPoints(sweep: Sweep): SweepPoint[] {
  const seed = sweep.design.seed ?? sweep.seed;
  switch (sweep.design.type) {
    case "grid":
      return gridPoints(sweep);
    case "list":
      return listPoints(sweep);
    case "lhs":
      return latinHypercubePoints(sweep, seed);
    case "saltelli":
      return saltelliPoints(sweep, seed);
    case "morris":
      return morrisPoints(sweep, seed);
  }
}
