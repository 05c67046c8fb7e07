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
  /**
   * The smallest unit of work: one replicate's next year (year 0, the world as loaded, comes first).
   * Returns the year once every replicate has reached it, else undefined; callers that slice their
   * time (the worker, the main-thread fallback) call it once per task.
   */
  step(): RunYear | undefined;
  /** The next year of every replicate; undefined when done. */
  next(): RunYear | undefined;
  /** Policy spending of each replicate over the years returned so far (billion IDR), summed as runModel sums it. */
  totalPolicyCost(): number[];
}

/**
 * Validates the scenario (sim's schema; errors are InputErrors naming "scenario" and the field) and
 * the replicate count, and prepares one model per replicate: replicate r runs with seed scenario.seed
 * + r, so replicate 0 is exactly `sinergi run --seed <scenario.seed>`. The world must be the one the
 * scenario names (see world-source.ts); the stepper does not load it. Replicates advance together,
 * year by year.
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
  // Replicate 0 is built now, so that a scenario that does not fit the world (an unknown region id)
  // fails here, before the run starts; the others only differ in their seed and are built when they
  // first step, which spreads the cost of building large worlds' models over the run's first tasks.
  const models: Array<Model | undefined> = seeds.map((seed, r) =>
    r === 0 ? new Model(world, { ...scenario, seed }) : undefined,
  );
  const first = models[0]!;
  const start: RunStart = {
    scenario,
    regions: regionInfo(world),
    domains: first.context.domains.map((domain) => domain.name),
    seeds,
  };
  const policyCost = new Array<number>(replicates).fill(0);
  /** The year being assembled: the rows of the replicates that have reached it. */
  let pending: YearRow[] = [];
  let nextYear = 0;

  const stepper: RunStepper = {
    start,
    get done() {
      return nextYear > scenario.years;
    },
    step() {
      if (stepper.done) return undefined;
      const r = pending.length;
      const model = (models[r] ??= new Model(world, { ...scenario, seed: seeds[r]! }));
      const row = nextYear === 0 ? model.record() : model.step();
      policyCost[r]! += row.policy_cost;
      pending.push(row);
      if (pending.length < replicates) return undefined;
      const rows = pending;
      pending = [];
      nextYear++;
      return { rows, frame: regionFrame(first) };
    },
    next() {
      while (!stepper.done) {
        const year = stepper.step();
        if (year) return year;
      }
      return undefined;
    },
    totalPolicyCost: () => policyCost.slice(),
  };
  return stepper;
}

function regionInfo(world: World): RegionInfo[] {
  return world.ids.map((id, i) => ({
    id,
    name: world.names[i]!,
    group: world.groups[world.groupOf[i]!]!,
    ...(world.provinces ? { province: world.provinces[i]! } : {}),
    ...(world.estimated?.[i] ? { estimated: world.estimated[i] } : {}),
    lat: world.lat[i]!,
    lon: world.lon[i]!,
  }));
}
