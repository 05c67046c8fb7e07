// The messages between the page and the simulation worker (viz/src/run/sim.worker.ts). The worker
// runs the model from sim/ so the page never freezes; it streams each year as soon as it exists.
import type { Scenario, ScenarioInput, YearRow } from "../../../sim/index.js";
import type { BuiltinWorldName } from "./builtin-worlds.js";
import type { RegionFrame, RegionInfo } from "./run-data.js";

/** Where a run's world comes from. */
export type WorldSource =
  /**
   * A world shipped with Sinergi, by name. `text`: the file's text, which the page adds for the worlds
   * it loads on demand (shipped-world-files.ts); the default world is bundled and needs none.
   */
  | { kind: "builtin"; name: BuiltinWorldName; text?: string }
  | { kind: "synthetic"; regions: number; groups: number; seed: number }
  /** A world CSV the user loaded; `name` is its file name, used in messages. */
  | { kind: "csv"; name: string; text: string };

export interface RunRequest {
  /** Chosen by the page; every reply carries it, so replies of a cancelled run can be dropped. */
  runId: number;
  world: WorldSource;
  /** The scenario as written (defaults not filled in); the worker validates it with sim's schema. */
  scenario: ScenarioInput;
  /** Number of replicates, ≥ 1: replicate r runs with seed scenario.seed + r. */
  replicates: number;
}

export type ToWorker = ({ type: "run" } & RunRequest) | { type: "cancel"; runId: number };

export type FromWorker =
  /** The run's shape, before its first year; `scenario` has every default filled in. */
  | {
      type: "start";
      runId: number;
      scenario: Scenario;
      regions: RegionInfo[];
      domains: string[];
      seeds: number[];
    }
  /**
   * Year `frame.year` of every replicate (rows[r]) and replicate 0's region frame; `millis`: the time
   * the worker spent computing this year, all replicates together.
   */
  | { type: "year"; runId: number; rows: YearRow[]; frame: RegionFrame; millis: number }
  /** Every year has been sent; `millis`: the run's time in the worker, from request to done. */
  | { type: "done"; runId: number; totalPolicyCost: number[]; millis: number }
  /**
   * The run stopped. `bug` false: the user's mistake (invalid scenario or world), and `message` names
   * the field and the problem. `bug` true: an unexpected failure, and `message` says it is a bug.
   */
  | { type: "error"; runId: number; message: string; bug: boolean };

/** Starts the message of an error that is a bug rather than a user's mistake. */
export const BUG_PREFIX = "Internal error in Sinergi (a bug; please report it with the scenario):";

export type StartMessage = Extract<FromWorker, { type: "start" }>;
export type YearMessage = Extract<FromWorker, { type: "year" }>;
export type DoneMessage = Extract<FromWorker, { type: "done" }>;
export type ErrorMessage = Extract<FromWorker, { type: "error" }>;
