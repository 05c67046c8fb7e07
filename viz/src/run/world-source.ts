// Where a dashboard run's world comes from: a shipped world (the 2022 provinces bundled with the page,
// the larger ones loaded on demand, see shipped-world-files.ts), a seeded synthetic world, or a world
// CSV the user loaded. Mirrors how the CLI reads a scenario's `world`
// (cli/world-source.ts), except that a page cannot open files by path: it asks the user to load them.
import {
  InputError,
  parseScenario,
  parseWorldCsv,
  syntheticWorld,
  type ScenarioInput,
  type World,
} from "../../../sim/index.js";
import indonesia2022Csv from "../../../configs/worlds/indonesia-2022.csv?raw";
import { BUILTIN_WORLD_NAMES, DEFAULT_WORLD, isBuiltinWorldName } from "./builtin-worlds.js";
import type { WorldSource } from "./protocol.js";

/** A world file the user has loaded in the page. Its text never goes into the address. */
export interface UploadedWorld {
  name: string;
  text: string;
}

/**
 * The scenario names a world file that the page does not have. A distinct class so that the page can
 * offer to load the file (and translate the message); `fileName` is the name to load.
 */
export class WorldFileNeeded extends InputError {
  constructor(
    source: string,
    readonly fileName: string,
  ) {
    super(
      source,
      "world",
      `the scenario runs on the world file "${fileName}"; load that file (world file button) to run it`,
    );
    this.name = "WorldFileNeeded";
  }
}

/** Builds the world; a CSV's problems are InputErrors naming its file name, row and column. */
export function loadWorld(source: WorldSource): World {
  switch (source.kind) {
    case "builtin": {
      if (source.name === DEFAULT_WORLD)
        return parseWorldCsv(indonesia2022Csv, `${DEFAULT_WORLD} (built in)`);
      // The page sends the text of the worlds it loads on demand (SimClient); without it, that is a bug.
      if (source.text === undefined) throw new Error(`the file of the world "${source.name}" was not sent`);
      return parseWorldCsv(source.text, `${source.name} (built in)`);
    }
    case "synthetic":
      return syntheticWorld({ regions: source.regions, groups: source.groups, seed: source.seed });
    case "csv":
      return parseWorldCsv(source.text, source.name);
  }
}

/**
 * The world a scenario names, as the CLI reads `world`: a built-in name, `{synthetic: {…}}`, or a
 * file path (a name ending in .csv or containing a folder). The page cannot read paths, so a path is
 * served by the uploaded file when its name is the path's last part; otherwise this throws
 * WorldFileNeeded. The scenario is validated first (InputError naming `source` and the field).
 */
export function worldSourceFor(
  scenarioInput: ScenarioInput,
  uploaded?: UploadedWorld,
  source = "scenario",
): WorldSource {
  const { world } = parseScenario(scenarioInput, source);
  if (typeof world !== "string") {
    const { regions, groups, seed } = world.synthetic;
    return { kind: "synthetic", regions, groups, seed };
  }
  if (!isWorldPath(world)) {
    if (isBuiltinWorldName(world)) return { kind: "builtin", name: world };
    throw new InputError(source, "world", unknownBuiltinWorld(world));
  }
  const fileName = baseName(world);
  if (uploaded && baseName(uploaded.name) === fileName) {
    return { kind: "csv", name: uploaded.name, text: uploaded.text };
  }
  throw new WorldFileNeeded(source, fileName);
}

/** The problem with a world name that is neither built in nor a file name. */
export function unknownBuiltinWorld(name: string): string {
  return (
    `no built-in world named "${name}" (built-in: ${BUILTIN_WORLD_NAMES.join(", ")}); ` +
    `a world file's name must end in .csv`
  );
}

/** As the CLI decides (cli/world-source.ts): a path ends in .csv or has a folder in it. */
export function isWorldPath(reference: string): boolean {
  return reference.toLowerCase().endsWith(".csv") || reference.includes("/") || reference.includes("\\");
}

function baseName(path: string): string {
  return path.split(/[/\\]/).pop() ?? path;
}
