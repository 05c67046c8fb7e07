import { readdirSync, statSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { InputError } from "../../sim/input-error.js";
import { isLessonFile } from "../../sim/lessons/parse-lesson.js";
import { parseScenarioJson } from "../../sim/scenario/parse-scenario.js";
import { EXIT_USAGE, oneLine } from "../errors.js";
import { stdoutSink } from "../output.js";
import { displayPath } from "../paths.js";
import { readTextFile } from "../scenario-source.js";
import { readWorldFile, worldFilePath, worldLabel } from "../world-source.js";

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // reported as the file's syntax error by whichever parser reads it
  }
}

/** A sweep file rather than a scenario: it points at the sweep schema or has a sweep's own keys. */
function isSweepValue(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const schema = record["$schema"];
  if (typeof schema === "string") return /sweep\.schema\.json$/.test(schema);
  return ["parameters", "design", "replicates"].some((key) => key in record);
}

/** Checks one file; returns a short description of what it holds. */
async function validateFile(file: string, lessonIds: Map<string, string>): Promise<string> {
  const ext = extname(file).toLowerCase();
  const shown = displayPath(file);
  if (ext === ".json") {
    const text = await readTextFile(file);
    const value = parseOrUndefined(text);
    if (isLessonFile(file, value)) {
      const { loadLesson } = await import("../lesson-source.js");
      const { lesson, scenario, world } = await loadLesson(file);
      // The dashboard opens a lesson by its id (#l=<id>): two lessons checked together must differ.
      const other = lessonIds.get(lesson.id);
      if (other !== undefined) {
        throw new InputError(
          shown,
          "id",
          `"${lesson.id}" is also the id of ${other}; each lesson needs its own`,
        );
      }
      lessonIds.set(lesson.id, shown);
      return (
        `lesson "${lesson.id}", ${lesson.minutes} min; scenario "${scenario.name}" on ` +
        `${worldLabel(scenario.world)}, ${world.size} regions`
      );
    }
    if (isSweepValue(value)) {
      const { loadSweepPlan } = await import("../sweep/plan.js");
      const plan = await loadSweepPlan(file);
      const { type } = plan.sweep.design;
      return (
        `sweep${plan.sweep.name ? ` "${plan.sweep.name}"` : ""}: ${type} design, ${plan.points} points × ` +
        `${plan.sweep.replicates} replicate${plan.sweep.replicates === 1 ? "" : "s"} = ${plan.runs.length} runs, every point's scenario valid`
      );
    }
    const scenario = parseScenarioJson(text, shown);
    let world = worldLabel(scenario.world);
    if (typeof scenario.world === "string") {
      const loaded = await readWorldFile(worldFilePath(scenario.world, dirname(file), shown), shown);
      world += `, ${loaded.size} regions`;
    }
    return `scenario "${scenario.name}" on ${world}`;
  }
  if (ext === ".csv") {
    const world = await readWorldFile(file);
    const provinces = world.provinces ? `, ${new Set(world.provinces).size} provinces` : "";
    return `world of ${world.size} regions in ${world.groups.length} groups${provinces}`;
  }
  throw new InputError(shown, "", "not a scenario (.json) or a world file (.csv)");
}

/**
 * A folder stands for the lessons in it: its own lesson.json, or else each <folder>/<lesson>/lesson.json
 * (so `sinergi validate configs/lessons` checks every lesson). Any other argument is a file.
 */
function expandArgument(argument: string): string[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(argument).isDirectory();
  } catch {
    return [argument]; // a missing file is reported when it is read
  }
  if (!isFolder) return [argument];
  const own = join(argument, "lesson.json");
  if (isFile(own)) return [own];
  const lessons = readdirSync(argument)
    .sort()
    .map((entry) => join(argument, entry, "lesson.json"))
    .filter(isFile);
  if (lessons.length === 0) {
    throw new InputError(argument, "", "a folder with no lesson.json in it or in its subfolders");
  }
  return lessons;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export async function validateCommand(args: readonly string[]): Promise<void> {
  let invalid = 0;
  let checked = 0;
  const lessonIds = new Map<string, string>();
  const report = (error: unknown): void => {
    if (!(error instanceof InputError)) throw error;
    invalid += 1;
    process.stderr.write(`sinergi: ${oneLine(error.message)}\n`);
  };
  for (const argument of args) {
    let files: string[];
    try {
      files = expandArgument(argument);
    } catch (error) {
      checked += 1;
      report(error);
      continue;
    }
    for (const file of files) {
      checked += 1;
      try {
        const what = await validateFile(file, lessonIds);
        await stdoutSink.write(`ok  ${file}  (${what})\n`);
      } catch (error) {
        report(error);
      }
    }
  }
  if (invalid > 0) {
    process.stderr.write(
      `sinergi: ${invalid} of ${checked} ${checked === 1 ? "file is" : "files are"} invalid\n`,
    );
    process.exitCode = EXIT_USAGE;
  }
}
