import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildWorld, parseWorldCsv, type World, type WorldRow } from "../../sim/index.js";

const DEFAULT_WORLD = fileURLToPath(new URL("../../configs/worlds/indonesia-2022.csv", import.meta.url));

let cached: World | undefined;

/** The default world of 34 provinces, parsed once per test file. */
export function indonesia2022(): World {
  cached ??= parseWorldCsv(readFileSync(DEFAULT_WORLD, "utf8"), "configs/worlds/indonesia-2022.csv");
  return cached;
}

/** A hand-made world from partial rows, for small cases the reader can follow. */
export function smallWorld(rows: Array<Partial<WorldRow> & Pick<WorldRow, "id">>): World {
  const full: WorldRow[] = rows.map((row) => ({
    name: row.id,
    group: "A",
    lat: 0,
    lon: 0,
    population: 1_000_000,
    grdp: 50_000,
    share_agriculture: 0.2,
    share_mining: 0.1,
    share_manufacturing: 0.2,
    share_trade: 0.15,
    share_accommodation: 0.03,
    ...row,
  }));
  return buildWorld(full, "test world");
}
