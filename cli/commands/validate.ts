import { dirname, extname } from "node:path";
import { InputError } from "../../sim/input-error.js";
import { parseScenarioJson } from "../../sim/scenario/parse-scenario.js";
import { EXIT_USAGE, oneLine } from "../errors.js";
import { stdoutSink } from "../output.js";
import { displayPath } from "../paths.js";
import { readTextFile } from "../scenario-source.js";
import { readWorldFile, worldFilePath, worldLabel } from "../world-source.js";

/** A sweep file rather than a scenario: it points at the sweep schema or has a sweep's own keys. */
function isSweepText(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false; // reported as a scenario file's syntax error
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const schema = record["$schema"];
  if (typeof schema === "string") return /sweep\.schema\.json$/.test(schema);
  return ["parameters", "design", "replicates"].some((key) => key in record);
}

/** Checks one file; returns a short description of what it holds. */
async function validateFile(file: string): Promise<string> {
  const ext = extname(file).toLowerCase();
  const shown = displayPath(file);
  if (ext === ".json") {
    const text = await readTextFile(file);
    if (isSweepText(text)) {
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
    return `world of ${world.size} regions in ${world.groups.length} groups`;
  }
  throw new InputError(shown, "", "not a scenario (.json) or a world file (.csv)");
}

export async function validateCommand(files: readonly string[]): Promise<void> {
  let invalid = 0;
  for (const file of files) {
    try {
      const what = await validateFile(file);
      await stdoutSink.write(`ok  ${file}  (${what})\n`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      invalid += 1;
      process.stderr.write(`sinergi: ${oneLine(error.message)}\n`);
    }
  }
  if (invalid > 0) {
    process.stderr.write(
      `sinergi: ${invalid} of ${files.length} ${files.length === 1 ? "file is" : "files are"} invalid\n`,
    );
    process.exitCode = EXIT_USAGE;
  }
}
