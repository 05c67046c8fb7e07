/**
 * Loading a sweep for the command line: the sweep file, its base scenario and world, the plan of runs,
 * and the check of every point's scenario before anything is written.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import {
  designPoints,
  parameterNames,
  parseSweepJson,
  planRuns,
  type PlannedRun,
  type Sweep,
  type SweepPoint,
} from "../../sim/experiment/index.js";
import { InputError } from "../../sim/input-error.js";
import { DOMAINS } from "../../sim/domains/registry.js";
import { Model } from "../../sim/model/model.js";
import { withOverrides } from "../../sim/scenario/overrides.js";
import { parseScenario } from "../../sim/scenario/parse-scenario.js";
import type { Scenario } from "../../sim/scenario/schema.js";
import type { World } from "../../sim/world/world.js";
import { fileError } from "../errors.js";
import { displayPath } from "../paths.js";
import { loadWorld } from "../world-source.js";
import { runOverrides, type WorkerSetup } from "./protocol.js";

/** Scenario fields the model checks against the world when it sets a run up (sim/model/initial-state.ts). */
const WORLD_BOUND = ["world", "ego.byGroup", "ego.byRegion", "shocks", "policies.regionalBody"];

export interface SweepPlan {
  /** The sweep file as given, as shown in messages, and the SHA-256 of its bytes. */
  file: string;
  shown: string;
  sha256: string;
  sweep: Sweep;
  /** Parameter columns (dot paths, in order). */
  parameters: string[];
  points: number;
  runs: PlannedRun[];
  base: {
    /** The base scenario's JSON ({} for the defaults), its origin for messages, its file and hash. */
    raw: unknown;
    source: string;
    file?: string;
    sha256?: string;
    worldBase: string;
    worldOrigin: string;
    /** The scenario of the first point (replicate seeds aside), for the dry run's timing. */
    first: Scenario;
  };
  /** The world of the first point. */
  world: World;
  /** The last simulated year of a run (its rows are years 0..lastYear). */
  lastYear(run: PlannedRun): number;
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

async function readBytes(path: string, shown: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw fileError(error, shown, "read");
  }
}

/** Whether an override of `path` can have caused an error at `field` (or `field` lists it). */
function touches(path: string, field: string): boolean {
  return field
    .split(", ")
    .some(
      (f) => f === path || f.startsWith(`${path}.`) || f.startsWith(`${path}[`) || path.startsWith(`${f}.`),
    );
}

function describeValues(names: readonly string[], values: Readonly<Record<string, unknown>>): string {
  return names.map((n) => `${n}=${JSON.stringify(values[n])}`).join(", ");
}

/** An error in a point's scenario, named against the sweep file, the parameter and the point. */
function pointError(
  plan: Pick<SweepPlan, "shown" | "sweep" | "parameters">,
  point: SweepPoint,
  error: InputError,
) {
  const culprit = plan.parameters.findLast((n) => touches(n, error.field));
  const list = plan.sweep.design.type === "list";
  const field = culprit
    ? list
      ? `design.runs[${point.index}].${culprit}`
      : `parameters.${culprit}`
    : list
      ? `design.runs[${point.index}]`
      : "parameters";
  const detail = culprit === error.field ? error.problem : `${error.field}: ${error.problem}`;
  return new InputError(
    plan.shown,
    field,
    `point ${point.index} (${describeValues(plan.parameters, point.values) || "no parameters"}): ${detail}`,
  );
}

/**
 * Reads and checks a sweep: the sweep file, its base scenario (relative to the sweep file; none = the
 * defaults), every point's scenario (the base with the point's values and the sweep's years, validated
 * as `sinergi run --set` would), and the world. Throws an InputError naming the sweep file, the
 * parameter and the point at the first mistake; nothing is written.
 */
export async function loadSweepPlan(file: string): Promise<SweepPlan> {
  const shown = displayPath(file);
  const bytes = await readBytes(file, shown);
  const sweep = parseSweepJson(bytes.toString("utf8"), shown);
  const parameters = parameterNames(sweep);
  for (const name of parameters) {
    if (name === "seed" || name.startsWith("seed.")) {
      throw new InputError(
        shown,
        sweep.design.type === "list" ? "design.runs" : `parameters.${name}`,
        "the seed of every run is derived by the sweep from its seed, values and replicate; " +
          "vary replicates (or the top-level seed) instead",
      );
    }
  }

  // The base scenario: its file alone first, so that a mistake in it is blamed on it.
  let base: Omit<SweepPlan["base"], "first">;
  if (sweep.scenario !== undefined) {
    const path = resolve(dirname(file), sweep.scenario);
    const scenarioShown = displayPath(path);
    let scenarioBytes: Buffer;
    try {
      scenarioBytes = await readBytes(path, scenarioShown);
    } catch (error) {
      if (error instanceof InputError) {
        throw new InputError(shown, "scenario", `${error.problem}: ${scenarioShown}`);
      }
      throw error;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(scenarioBytes.toString("utf8"));
    } catch (error) {
      throw new InputError(scenarioShown, "", `not valid JSON (${(error as Error).message})`);
    }
    parseScenario(raw, scenarioShown);
    base = {
      raw,
      source: scenarioShown,
      file: path,
      sha256: sha256(scenarioBytes),
      worldBase: dirname(path),
      worldOrigin: scenarioShown,
    };
  } else {
    base = { raw: {}, source: "defaults", worldBase: process.cwd(), worldOrigin: shown };
  }

  const points = designPoints(sweep);
  const context = { shown, sweep, parameters };
  // Fields the model checks against the world (region ids and groups named in them): a point that
  // changes one is also set up on its world, once per distinct combination of their values.
  const worldBound = parameters.filter((n) =>
    WORLD_BOUND.some((f) => n === f || f.startsWith(`${n}.`) || n.startsWith(`${f}.`)),
  );
  const worlds = new Map<string, Promise<World>>();
  const checked = new Set<string>();
  let first: Scenario | undefined;
  let world: World | undefined;
  for (const point of points) {
    for (const name of parameters) {
      const value = point.values[name];
      if (typeof value === "string" && /[\r\n]/.test(value)) {
        throw pointError(
          context,
          point,
          new InputError(shown, name, "a text value may not hold a line break"),
        );
      }
    }
    let scenario: Scenario;
    try {
      scenario = parseScenario(
        withOverrides(base.raw, runOverrides(point.values, sweep.years, undefined)),
        base.source,
      );
    } catch (error) {
      if (error instanceof InputError) throw pointError(context, point, error);
      throw error;
    }
    first ??= scenario;
    const key = JSON.stringify(worldBound.map((n) => point.values[n]));
    if (checked.has(key)) continue;
    checked.add(key);
    try {
      const worldKey = JSON.stringify(scenario.world);
      let loading = worlds.get(worldKey);
      if (!loading) {
        loading = loadWorld(scenario.world, base.worldBase, base.worldOrigin);
        worlds.set(worldKey, loading);
      }
      const loaded = await loading;
      world ??= loaded;
      new Model(loaded, scenario, DOMAINS);
    } catch (error) {
      if (error instanceof InputError && parameters.some((n) => touches(n, error.field) || n === "world")) {
        throw pointError(context, point, error);
      }
      if (error instanceof InputError && error.source === "scenario") {
        throw new InputError(base.source, error.field, error.problem);
      }
      throw error;
    }
  }

  const baseYears = first?.years ?? 30;
  const variesYears = parameters.includes("years");
  return {
    file,
    shown,
    sha256: sha256(bytes),
    sweep,
    parameters,
    points: points.length,
    runs: planRuns(sweep),
    base: { ...base, first: first ?? parseScenario(base.raw, base.source) },
    world: world!,
    lastYear: variesYears
      ? (run) => (typeof run.values["years"] === "number" ? run.values["years"] : baseYears)
      : () => baseYears,
  };
}

/** What every worker needs to run the plan's runs. */
export function workerSetup(plan: SweepPlan, format: WorkerSetup["format"]): WorkerSetup {
  return {
    base: plan.base.raw,
    source: plan.base.source,
    worldBase: plan.base.worldBase,
    worldOrigin: plan.base.worldOrigin,
    years: plan.sweep.years,
    parameters: plan.parameters,
    format,
  };
}

/** Describes a run for messages: `run 12 (ego.mean=0.5, replicate 0, seed 123)`. */
export function describeRun(plan: SweepPlan, run: PlannedRun): string {
  const values = describeValues(plan.parameters, run.values);
  return `run ${run.runId} (${values ? `${values}, ` : ""}replicate ${run.replicate}, seed ${run.seed})`;
}
