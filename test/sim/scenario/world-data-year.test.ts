import { readdirSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../../../sim/scenario/parse-scenario.js";
import { BUILTIN_WORLD_DATA_YEARS, builtinWorldDataYear } from "../../../sim/world/builtin-worlds.js";
import { BUILTIN_WORLD_NAMES } from "../../../viz/src/run/builtin-worlds.js";

const worldsDir = fileURLToPath(new URL("../../../configs/worlds/", import.meta.url));
const shipped = readdirSync(worldsDir)
  .filter((file) => file.endsWith(".csv"))
  .map((file) => basename(file, ".csv"))
  .sort();

describe("a built-in world's data year", () => {
  it("is known for every world in configs/worlds/, and the dashboard offers the same worlds", () => {
    expect(Object.keys(BUILTIN_WORLD_DATA_YEARS).sort()).toEqual(shipped);
    expect([...BUILTIN_WORLD_NAMES].sort()).toEqual(shipped);
  });

  it("is the year the file's header says its figures describe", () => {
    for (const name of shipped) {
      const header = readFileSync(`${worldsDir}${name}.csv`, "utf8")
        .split("\n")
        .filter((line) => line.startsWith("#"))
        .join("\n");
      // Every shipped world's name ends in its data year, and its header cites figures of that year.
      const year = builtinWorldDataYear(name)!;
      expect(name.endsWith(String(year)), name).toBe(true);
      expect(header, name).toContain(String(year));
    }
  });

  it("is where a scenario naming the world starts, unless it sets startYear", () => {
    expect(parseScenario({ world: "indonesia-regencies-2021" }).startYear).toBe(2021);
    expect(parseScenario({ world: "indonesia-provinces-2010" }).startYear).toBe(2010);
    expect(parseScenario({ world: "indonesia-2022" }).startYear).toBe(2022);
    expect(parseScenario({}).startYear).toBe(2022);
    expect(parseScenario({ world: "indonesia-regencies-2021", startYear: 2030 }).startYear).toBe(2030);
  });

  it("does not apply to world files given by path or to synthetic worlds", () => {
    expect(parseScenario({ world: "configs/worlds/indonesia-regencies-2021.csv" }).startYear).toBe(2022);
    expect(parseScenario({ world: { synthetic: { regions: 10 } } }).startYear).toBe(2022);
  });

  it("leaves a bad startYear for the schema to report", () => {
    expect(() => parseScenario({ world: "indonesia-provinces-2010", startYear: "2010" }, "s.json")).toThrow(
      /s\.json.*startYear/,
    );
  });
});
