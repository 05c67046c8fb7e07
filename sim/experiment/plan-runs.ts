import { designPoints } from "./design-points.js";
import { runSeeder } from "./run-seed.js";
import type { Sweep } from "./sweep-schema.js";

/** One run of a sweep: which point, which replicate (0-based) and the seed it runs with. */
export interface PlannedRun {
  runId: number;
  point: number;
  replicate: number;
  seed: number;
  /** The point's values; shared by the point's replicates, so treat it as read-only. */
  values: Record<string, unknown>;
}

/**
 * Every run of a sweep, in point order and, within a point, in replicate order, so
 * runId = point · replicates + replicate. Shards, resumption and merged outputs all rely on this
 * order being a pure function of the sweep.
 */
export function planRuns(sweep: Sweep): PlannedRun[] {
  const { replicates } = sweep;
  const points = designPoints(sweep);
  const runs: PlannedRun[] = new Array<PlannedRun>(points.length * replicates);
  for (const { index: point, values } of points) {
    const seedOf = runSeeder(sweep.seed, values);
    for (let replicate = 0; replicate < replicates; replicate++) {
      const runId = point * replicates + replicate;
      runs[runId] = { runId, point, replicate, seed: seedOf(replicate), values };
    }
  }
  return runs;
}
