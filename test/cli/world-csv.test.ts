// A world written back as a world file (cli/world-csv.ts, used by `sinergi world synth`) keeps the
// province of each region, after the group, and reads back to the same world.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RowEncoder } from "../../cli/rows.js";
import { worldColumns, worldRows } from "../../cli/world-csv.js";
import { parseWorldCsv, syntheticWorld, type World } from "../../sim/index.js";

function rewrite(world: World): string {
  const encoder = new RowEncoder("csv", worldColumns(world));
  return encoder.header() + [...worldRows(world)].map((row) => encoder.row(row)).join("");
}

describe("world CSV writer", () => {
  it("writes a world's provinces after its groups and its estimate notes, and they read back", () => {
    const file = "configs/worlds/indonesia-regencies-2021.csv";
    const world = parseWorldCsv(readFileSync(file, "utf8"), file);
    const text = rewrite(world);
    expect(text.slice(0, text.indexOf("\n")).split(",").slice(0, 5)).toEqual([
      "id",
      "name",
      "group",
      "province",
      "lat",
    ]);
    const again = parseWorldCsv(text, "rewritten.csv");
    expect(again.provinces).toEqual(world.provinces);
    expect(again.estimated).toEqual(world.estimated);
    expect(again.estimated?.filter((note) => note !== "")).toHaveLength(65);
    expect(again.grdp).toEqual(world.grdp);
  });

  it("writes no province column for a world without provinces", () => {
    const world = syntheticWorld({ regions: 5, groups: 2, seed: 1 });
    expect(worldColumns(world)).not.toContain("province");
    expect(parseWorldCsv(rewrite(world), "synthetic.csv")).not.toHaveProperty("provinces");
  });
});
