// The worlds shipped in configs/worlds/ that the dashboard offers by name, as a scenario's `world`
// names them (and `sinergi run --world NAME`). Only names and labels live here, so that the worker, the
// address and the world panel share them without pulling any world file into their bundles; the files
// themselves are in world-source.ts (the default world, bundled) and shipped-world-files.ts (the larger
// ones, each loaded on demand).
import type { UiKey } from "../i18n/messages/ui.js";

export const DEFAULT_WORLD = "indonesia-2022";

export const BUILTIN_WORLDS = [
  { name: DEFAULT_WORLD, label: "world_indonesia_2022" },
  { name: "indonesia-regencies-2021", label: "world_indonesia_regencies_2021" },
  { name: "indonesia-provinces-2010", label: "world_indonesia_provinces_2010" },
] as const satisfies ReadonlyArray<{ name: string; label: UiKey }>;

export type BuiltinWorldName = (typeof BUILTIN_WORLDS)[number]["name"];

export const BUILTIN_WORLD_NAMES: readonly BuiltinWorldName[] = BUILTIN_WORLDS.map((world) => world.name);

export function isBuiltinWorldName(name: string): name is BuiltinWorldName {
  return (BUILTIN_WORLD_NAMES as readonly string[]).includes(name);
}
