// Runs one scenario with several replicates, a year at a time, without touching the DOM: the worker
// drives it (viz/src/run/worker-session.ts), and so does the main thread when no worker can start.
import {
  InputError,
  Model,
  parseScenario,
  type Scenario,
  type World,
  type YearRow,
} from "../../../sim/index.js";
import { regionFrame } from "./region-frame.js";
import type { RegionFrame, RegionInfo } from "./run-data.js";

/** The most replicates a dashboard run takes: beyond that, a sweep (`sinergi sweep`) is the tool. */
export const MAX_REPLICATES = 50;

/** What is known before the first year: the run's shape. */
export interface RunStart {
  /** The scenario as the model runs it (every default filled in). */
  scenario: Scenario;
  regions: RegionInfo[];
  domains: string[];
  /** Seed of replicate r: scenario.seed + r. */
  seeds: number[];
}

/** One year of every replicate: rows[r] is replicate r's row; the frame is replicate 0's regions. */
export interface RunYear {
  rows: YearRow[];
  frame: RegionFrame;
}

export interface RunStepper {
  readonly start: RunStart;
  /** True once the last year of the scenario has been returned. */
  readonly done: boolean;
  /** Year 0 (the world as loaded) on the first call, then one simulated year per call; undefined when done. */
  next(): RunYear | undefined;
  /** Policy spending of each replicate over the years returned so far (billion IDR), summed as runModel sums it. */
  totalPolicyCost(): number[];
}

/**
 * Validates the scenario (sim's schema; errors are InputErrors naming "scenario" and the field) and
 * the replicate count, and prepares one model per replicate: replicate r runs with seed scenario.seed
 * + r, so replicate 0 is exactly `sinergi run --seed <scenario.seed>`. The world must be the one the
 * scenario names (see world-source.ts); the stepper does not load it.
 */
export function createRunStepper(world: World, scenarioInput: unknown, replicates: number): RunStepper {
  const scenario = parseScenario(scenarioInput, "scenario");
  if (!Number.isInteger(replicates) || replicates < 1 || replicates > MAX_REPLICATES) {
    throw new InputError(
      "replicates",
      "",
      `must be a whole number from 1 to ${MAX_REPLICATES}, not ${replicates}`,
    );
  }
  const seeds = Array.from({ length: replicates }, (_, r) => scenario.seed + r);
  const models = seeds.map((seed) => new Model(world, { ...scenario, seed }));
  const first = models[0]!;
  const start: RunStart = {
    scenario,
    regions: regionInfo(world),
    domains: first.context.domains.map((domain) => domain.name),
    seeds,
  };
  const policyCost = new Array<number>(replicates).fill(0);
  let recorded = false;

  const advance = (model: Model): YearRow => {
    if (recorded) return model.step();
    return model.record();
  };

  return {
    start,
    get done() {
      return recorded && first.done;
    },
    next() {
      if (recorded && first.done) return undefined;
      const rows = models.map(advance);
      recorded = true;
      rows.forEach((row, r) => {
        policyCost[r]! += row.policy_cost;
      });
      return { rows, frame: regionFrame(first) };
    },
    totalPolicyCost: () => policyCost.slice(),
  };
}

function regionInfo(world: World): RegionInfo[] {
  return world.ids.map((id, i) => ({
    id,
    name: world.names[i]!,
    group: world.groups[world.groupOf[i]!]!,
    lat: world.lat[i]!,
    lon: world.lon[i]!,
  }));
}
