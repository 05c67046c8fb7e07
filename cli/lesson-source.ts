import { dirname, resolve } from "node:path";
import { InputError } from "../sim/input-error.js";
import { parseLessonJson } from "../sim/lessons/parse-lesson.js";
import type { Lesson } from "../sim/lessons/lesson-schema.js";
import { parseScenarioJson } from "../sim/scenario/parse-scenario.js";
import type { Scenario } from "../sim/scenario/schema.js";
import type { World } from "../sim/world/world.js";
import { displayPath } from "./paths.js";
import { readTextFile } from "./scenario-source.js";
import { isWorldPath, loadWorld } from "./world-source.js";

const SELF_CONTAINED = "the dashboard bundles only the files of a lesson's own folder";

/** A file named relative to the lesson's folder that lies in it ("scenario.json", "./world.csv"). */
function inOwnFolder(relative: string): boolean {
  return !/[/\\]/.test(relative.replace(/^(\.\/)+/, ""));
}

export interface LoadedLesson {
  lesson: Lesson;
  /** The preset scenario file, resolved against the lesson file's folder. */
  scenarioFile: string;
  scenario: Scenario;
  world: World;
}

/**
 * Reads a lesson file and everything it stands on: the lesson, its scenario (a path relative to the
 * lesson file) and the scenario's world (a built-in name or a path relative to the scenario file), each
 * checked as the CLI checks it anywhere else. The first problem throws an InputError naming the file
 * it is in and the field; a missing scenario file also names the lesson that points at it.
 */
export async function loadLesson(file: string): Promise<LoadedLesson> {
  const shown = displayPath(file);
  const lesson = parseLessonJson(await readTextFile(file), shown);
  const scenarioFile = resolve(dirname(file), lesson.scenario);
  const scenarioShown = displayPath(scenarioFile);
  if (!inOwnFolder(lesson.scenario)) {
    throw new InputError(
      shown,
      "scenario",
      `"${lesson.scenario}" is not in the lesson's folder; ${SELF_CONTAINED}`,
    );
  }
  if (!scenarioFile.toLowerCase().endsWith(".json")) {
    throw new InputError(shown, "scenario", `"${lesson.scenario}" is not a scenario file (.json)`);
  }
  let text: string;
  try {
    text = await readTextFile(scenarioFile);
  } catch (error) {
    if (error instanceof InputError) {
      throw new InputError(error.source, error.field, `${error.problem} (the scenario named by ${shown})`);
    }
    throw error;
  }
  const scenario = parseScenarioJson(text, scenarioShown);
  // The dashboard links a lesson and its preset by name, and a shared scenario file says what it is for.
  if (scenario.name !== lesson.id) {
    throw new InputError(
      scenarioShown,
      "name",
      `"${scenario.name}" but the lesson (${shown}) has id "${lesson.id}"; a lesson's scenario is named after the lesson`,
    );
  }
  if (typeof scenario.world === "string" && isWorldPath(scenario.world) && !inOwnFolder(scenario.world)) {
    throw new InputError(
      scenarioShown,
      "world",
      `"${scenario.world}" is not in the lesson's folder; ${SELF_CONTAINED} (or name a built-in world, e.g. "indonesia-2022")`,
    );
  }
  const world = await loadWorld(scenario.world, dirname(scenarioFile), scenarioShown);
  // What needs the world (region ids, groups) is checked when the model starts: start it, as a run would.
  const { Model } = await import("../sim/model/model.js");
  try {
    new Model(world, scenario);
  } catch (error) {
    if (error instanceof InputError && error.source === "scenario") {
      throw new InputError(scenarioShown, error.field, error.problem);
    }
    throw error;
  }
  return { lesson, scenarioFile, scenario, world };
}
