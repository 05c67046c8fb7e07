/**
 * Parameter sweeps: the sweep file, its designs (grid, list, Latin hypercube, Saltelli, Morris),
 * the plan of runs with their seeds, and the slicing of a plan into shards. Pure, like the model:
 * the CLI runs the plan, the analysis estimators read its outputs.
 */
export { parseSweep, parseSweepJson } from "./parse-sweep.js";
export { sweepJsonSchema } from "./sweep-json-schema.js";
export {
  sweepSchema,
  type DesignType,
  type ParameterRange,
  type Sweep,
  type SweepDesign,
  type SweepInput,
} from "./sweep-schema.js";
export { MAX_RUNS } from "./check-sweep.js";
export { designSize } from "./design-size.js";
export { designPoints } from "./design-points.js";
export type { SweepPoint } from "./sweep-point.js";
export { DEFAULT_MORRIS_LEVELS } from "./designs/morris.js";
export { parameterNames } from "./parameter-names.js";
export { planRuns, type PlannedRun } from "./plan-runs.js";
export { runSeed } from "./run-seed.js";
export { canonicalJson } from "./canonical-json.js";
export { shardRange } from "./shard.js";
