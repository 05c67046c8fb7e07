// Where a dashboard run's world comes from: the built-in provinces (bundled with the page), a seeded
// synthetic world, or a world CSV the user loaded. Mirrors how the CLI reads a scenario's `world`
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
import type { WorldSource } from "./protocol.js";

export const BUILTIN_WORLD = "indonesia-2022";

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
    case "builtin":
      return parseWorldCsv(indonesia2022Csv, `${BUILTIN_WORLD} (built in)`);
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
    if (world === BUILTIN_WORLD) return { kind: "builtin", name: BUILTIN_WORLD };
    throw new InputError(
      source,
      "world",
      `no built-in world named "${world}" (built-in: ${BUILTIN_WORLD}); a world file's name must end in .csv`,
    );
  }
  const fileName = baseName(world);
  if (uploaded && baseName(uploaded.name) === fileName) {
    return { kind: "csv", name: uploaded.name, text: uploaded.text };
  }
  throw new WorldFileNeeded(source, fileName);
}

/** As the CLI decides (cli/world-source.ts): a path ends in .csv or has a folder in it. */
function isWorldPath(reference: string): boolean {
  return reference.toLowerCase().endsWith(".csv") || reference.includes("/") || reference.includes("\\");
}

function baseName(path: string): string {
  return path.split(/[/\\]/).pop() ?? path;
}
