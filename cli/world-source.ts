import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputError } from "../sim/input-error.js";
import type { Scenario } from "../sim/scenario/schema.js";
import type { World } from "../sim/world/world.js";
import { builtinWorldNames, builtinWorldsDir, displayPath } from "./paths.js";
import { readTextFile } from "./scenario-source.js";

/** A world reference is a file path when it ends in .csv or has a folder in it; otherwise a built-in name. */
export function isWorldPath(reference: string): boolean {
  return reference.toLowerCase().endsWith(".csv") || reference.includes("/") || reference.includes("\\");
}

/** The world file a string reference points at, resolved against `base` (the scenario file's folder or the cwd). */
export function worldFilePath(reference: string, base: string, origin: string): string {
  if (isWorldPath(reference)) return resolve(base, reference);
  const file = join(builtinWorldsDir(), `${reference}.csv`);
  if (!existsSync(file)) {
    const names = builtinWorldNames();
    throw new InputError(
      origin,
      "world",
      `no built-in world named "${reference}" (built-in: ${names.join(", ") || "none"}); a world file's name must end in .csv`,
    );
  }
  return file;
}

/**
 * Reads and validates a world CSV file; errors name the file, the row and the column.
 * `origin` (who named the file: a scenario file, --world) is added when the file is missing.
 */
export async function readWorldFile(path: string, origin?: string): Promise<World> {
  let text: string;
  try {
    text = await readTextFile(path);
  } catch (error) {
    if (origin !== undefined && error instanceof InputError) {
      throw new InputError(error.source, error.field, `${error.problem} (the world named by ${origin})`);
    }
    throw error;
  }
  const { parseWorldCsv } = await import("../sim/world/index.js");
  return parseWorldCsv(text, displayPath(path));
}

/** The world a scenario names: a built-in world, a world file, or a synthetic world. */
export async function loadWorld(world: Scenario["world"], base: string, origin: string): Promise<World> {
  if (typeof world === "string") return readWorldFile(worldFilePath(world, base, origin), origin);
  const { syntheticWorld } = await import("../sim/world/index.js");
  return syntheticWorld(world.synthetic);
}

/** A short label of a world reference for summaries, e.g. "indonesia-2022" or "synthetic (500 regions, seed 1)". */
export function worldLabel(world: Scenario["world"]): string {
  if (typeof world === "string") return world;
  const { regions, groups, seed } = world.synthetic;
  return `synthetic (${regions} regions in ${groups} groups, seed ${seed})`;
}
