import { InputError } from "../input-error.js";
import type { World } from "../world/world.js";
import type { History } from "./history.js";

/**
 * Where each region of the world is in the history: `unitOf[i]` is the history unit of world region i.
 * The two must hold the same ids in the same groups, and the history must start in `startYear` with the
 * world's own figures (population and constant-price GRDP within 10⁻⁶), or a simulated path would be
 * compared with the history of other regions or of another start.
 */
export function alignHistory(history: History, world: World, startYear: number): Int32Array {
  const source = history.source;
  const index = new Map(history.ids.map((id, u) => [id, u]));
  const inWorld = new Set(world.ids);
  const extra = history.ids.filter((id) => !inWorld.has(id));
  if (extra.length > 0)
    throw new InputError(
      source,
      "id",
      `region${extra.length > 1 ? "s" : ""} ${extra.slice(0, 5).join(", ")} not in the world ${world.source}`,
    );
  if (startYear < history.firstYear || startYear > history.lastYear)
    throw new InputError(
      source,
      "year",
      `the run starts in ${startYear}, outside the history's ${history.firstYear}–${history.lastYear}`,
    );
  const missing = world.ids.filter((id) => !index.has(id));
  if (missing.length > 0)
    throw new InputError(
      source,
      "id",
      `region${missing.length > 1 ? "s" : ""} ${missing.slice(0, 5).join(", ")} of the world ${world.source} ${missing.length > 1 ? "have" : "has"} no history`,
    );
  const span = history.lastYear - history.firstYear + 1;
  const t = startYear - history.firstYear;
  return Int32Array.from(world.ids, (id, i) => {
    const u = index.get(id)!;
    const group = world.groups[world.groupOf[i]!]!;
    if (history.groups[u] !== group)
      throw new InputError(
        source,
        `id ${id}`,
        `is in group "${history.groups[u]}" but in "${group}" in the world ${world.source}`,
      );
    const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.abs(b);
    if (
      !close(history.population[u * span + t]!, world.population[i]!) ||
      !close(history.grdpConstant[u * span + t]!, world.grdp[i]!)
    )
      throw new InputError(
        source,
        `id ${id}`,
        `${startYear} population or GRDP differs from the world ${world.source}; the history must start from the world's figures`,
      );
    return u;
  });
}
