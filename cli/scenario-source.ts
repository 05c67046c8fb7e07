import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { InputError } from "../sim/input-error.js";
import { parseAssignment, withOverrides } from "../sim/scenario/overrides.js";
import { parseScenario } from "../sim/scenario/parse-scenario.js";
import type { Scenario } from "../sim/scenario/schema.js";
import { fileError } from "./errors.js";
import { displayPath } from "./paths.js";

export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw fileError(error, displayPath(path), "read");
  }
}

export async function readJsonFile(path: string): Promise<unknown> {
  const text = await readTextFile(path);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(displayPath(path), "", `not valid JSON (${(error as Error).message})`);
  }
}

export interface ScenarioRequest {
  /** Scenario file; none = the baseline (all defaults). */
  file?: string | undefined;
  world?: string | undefined;
  years?: number | undefined;
  seed?: number | undefined;
  /** `KEY=VALUE` assignments, in the order given. */
  sets?: readonly string[] | undefined;
}

export interface LoadedScenario {
  scenario: Scenario;
  /** The scenario's origin for messages: its file, or "defaults". */
  source: string;
  /** Folder a relative world path is resolved against: the scenario file's, or the working directory's. */
  worldBase: string;
  /** Who chose the world, for messages: the scenario file, "--world" or "--set world…". */
  worldOrigin: string;
  /**
   * Re-labels an error the model found in the scenario (e.g. a shock naming a region the world lacks)
   * with where the field came from: the flag that set it, or the scenario file.
   */
  attribute(error: InputError): InputError;
}

interface Override {
  path: string;
  value: unknown;
  /** How the user wrote it, e.g. "--set ego.mean=2" or "--years". */
  label: string;
}

/**
 * Builds the scenario the way the command line promises: defaults < scenario file < --world,
 * --years, --seed < --set, all applied to the raw JSON before validation so that every error names
 * the field, and names the flag when a flag caused it.
 */
export async function loadScenario(request: ScenarioRequest): Promise<LoadedScenario> {
  const source = request.file !== undefined ? displayPath(request.file) : "defaults";
  const raw = request.file !== undefined ? await readJsonFile(request.file) : {};

  const overrides: Override[] = [];
  if (request.world !== undefined) overrides.push({ path: "world", value: request.world, label: "--world" });
  if (request.years !== undefined) overrides.push({ path: "years", value: request.years, label: "--years" });
  if (request.seed !== undefined) overrides.push({ path: "seed", value: request.seed, label: "--seed" });
  for (const assignment of request.sets ?? []) {
    overrides.push({ ...parseAssignment(assignment), label: `--set ${assignment}` });
  }

  // The file on its own first, so that a mistake in it is blamed on it.
  if (request.file !== undefined) parseScenario(raw, source);

  const attribute = (error: InputError): InputError => {
    const culprit = overrides.findLast((o) => touches(o.path, error.field));
    if (culprit) return new InputError(culprit.label, error.field, error.problem);
    return error.source === source ? error : new InputError(source, error.field, error.problem);
  };

  let scenario: Scenario;
  try {
    scenario = parseScenario(withOverrides(raw, overrides), source);
  } catch (error) {
    throw error instanceof InputError ? attribute(error) : error;
  }

  const worldOverride = overrides.findLast((o) => o.path === "world" || o.path.startsWith("world."));
  return {
    scenario,
    source,
    worldBase: worldOverride || request.file === undefined ? process.cwd() : dirname(request.file),
    worldOrigin: worldOverride ? worldOverride.label : source,
    attribute,
  };
}

/** Whether an override of `path` can have caused an error at `field` (or `field` lists it). */
function touches(path: string, field: string): boolean {
  return field
    .split(", ")
    .some(
      (f) => f === path || f.startsWith(`${path}.`) || f.startsWith(`${path}[`) || path.startsWith(`${f}.`),
    );
}
