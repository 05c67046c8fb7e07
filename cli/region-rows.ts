import type { RegionRow } from "../sim/model/results.js";
import type { World } from "../sim/world/world.js";
import type { Row } from "./rows.js";

/**
 * The model's region rows with the world's province of each region, so that results can be summed by
 * province. Every row gets the column, "" when the world has no provinces: a file read by pandas, R or
 * DuckDB then has one schema whatever the world.
 */
export function regionRowsWithProvince(rows: readonly RegionRow[], world: World): Row[] {
  const { provinces } = world;
  const provinceOf = new Map(world.ids.map((id, i) => [id, provinces?.[i] ?? ""]));
  return rows.map((row) => ({ ...row, province: provinceOf.get(row.id) ?? "" }) as Row);
}
