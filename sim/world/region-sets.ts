import { InputError } from "../input-error.js";
import type { World } from "../world/world.js";

/**
 * Resolves a list of group names and region ids (["all"] = every region) into a membership mask.
 * An unknown name is a user's mistake, reported with the scenario field it came from.
 */
export function resolveRegionSet(world: World, names: readonly string[], field: string): Uint8Array {
  const mask = new Uint8Array(world.size);
  for (const name of names) {
    if (name === "all") {
      mask.fill(1);
      continue;
    }
    const group = world.groups.indexOf(name);
    if (group >= 0) {
      for (let i = 0; i < world.size; i++) if (world.groupOf[i] === group) mask[i] = 1;
      continue;
    }
    const region = world.ids.indexOf(name);
    if (region >= 0) {
      mask[region] = 1;
      continue;
    }
    throw new InputError(
      "scenario",
      field,
      `"${name}" is neither a group (${world.groups.join(", ")}) nor a region id of the world`,
    );
  }
  return mask;
}
