import { dirname, extname } from "node:path";
import { InputError } from "../../sim/input-error.js";
import { parseScenarioJson } from "../../sim/scenario/parse-scenario.js";
import { EXIT_USAGE, oneLine } from "../errors.js";
import { stdoutSink } from "../output.js";
import { displayPath } from "../paths.js";
import { readTextFile } from "../scenario-source.js";
import { readWorldFile, worldFilePath, worldLabel } from "../world-source.js";

/** Checks one file; returns a short description of what it holds. */
async function validateFile(file: string): Promise<string> {
  const ext = extname(file).toLowerCase();
  const shown = displayPath(file);
  if (ext === ".json") {
    const scenario = parseScenarioJson(await readTextFile(file), shown);
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
