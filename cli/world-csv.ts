import { SECTORS, type World } from "../sim/world/world.js";
import type { Row } from "./rows.js";

/** The columns of a world file, in order; the optional ones are written only when some region has a value. */
export const WORLD_COLUMNS = [
  "id",
  "name",
  "group",
  "lat",
  "lon",
  "population",
  "grdp",
  ...SECTORS.map((s) => `share_${s}`),
] as const;
export const OPTIONAL_WORLD_COLUMNS = ["capacity", "ego", "population_growth"] as const;

const OPTIONAL_ARRAYS = {
  capacity: (w: World) => w.capacity,
  ego: (w: World) => w.ego,
  population_growth: (w: World) => w.populationGrowth,
} as const;

export function worldColumns(world: World): string[] {
  const optional = OPTIONAL_WORLD_COLUMNS.filter((c) =>
    OPTIONAL_ARRAYS[c](world).some((v) => Number.isFinite(v)),
  );
  // The province goes after the group, as in the shipped regency world, and only when the world has one.
  const [id, name, group, ...rest] = WORLD_COLUMNS;
  const columns = world.provinces ? [id, name, group, "province", ...rest] : [...WORLD_COLUMNS];
  return [...columns, ...optional, ...(world.estimated ? ["estimated"] : [])];
}

/** The regions of a world as world-file rows (NaN, "none given", becomes an empty cell). */
export function* worldRows(world: World): Generator<Row> {
  const sectors = SECTORS.length;
  for (let i = 0; i < world.size; i++) {
    const row: Record<string, string | number | null> = {
      id: world.ids[i]!,
      name: world.names[i]!,
      group: world.groups[world.groupOf[i]!]!,
      ...(world.provinces ? { province: world.provinces[i]! } : {}),
      ...(world.estimated ? { estimated: world.estimated[i]! } : {}),
      lat: world.lat[i]!,
      lon: world.lon[i]!,
      population: world.population[i]!,
      grdp: world.grdp[i]!,
    };
    for (let s = 0; s < sectors; s++) row[`share_${SECTORS[s]!}`] = world.sectorShares[i * sectors + s]!;
    for (const column of OPTIONAL_WORLD_COLUMNS) {
      const value = OPTIONAL_ARRAYS[column](world)[i]!;
      row[column] = Number.isFinite(value) ? value : null;
    }
    yield row;
  }
}
