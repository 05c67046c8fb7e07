import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { InputError, parseWorldCsv, syntheticWorld } from "../../../sim/index.js";
import { BUILTIN_WORLD_NAMES } from "../../../viz/src/run/builtin-worlds.js";
import { withWorldText } from "../../../viz/src/run/shipped-world-files.js";
import { loadWorld, worldSourceFor, WorldFileNeeded } from "../../../viz/src/run/world-source.js";
import { indonesia2022 } from "../../support/worlds.js";

const CSV = [
  "id,name,group,lat,lon,population,grdp,share_agriculture,share_mining,share_manufacturing,share_trade,share_accommodation",
  "A,<img src=x onerror=alert(1)>,G1,-6,106,1000000,50000,0.2,0.1,0.2,0.15,0.03",
  "B,Beta,G2,-7,110,2000000,60000,0.2,0.1,0.2,0.15,0.03",
].join("\n");

describe("loadWorld", () => {
  it("reads the bundled provinces as the CLI reads the file", () => {
    const world = loadWorld({ kind: "builtin", name: "indonesia-2022" });
    const expected = indonesia2022();
    expect(world.size).toBe(34);
    expect(world.ids).toEqual(expected.ids);
    expect(world.grdp).toEqual(expected.grdp);
  });

  it("reads a shipped world loaded on demand from the text the page sends, as the CLI reads the file", async () => {
    const source = await withWorldText({ kind: "builtin", name: "indonesia-regencies-2021" });
    expect(source).toMatchObject({ kind: "builtin", name: "indonesia-regencies-2021" });
    const world = loadWorld(source);
    const file = "configs/worlds/indonesia-regencies-2021.csv";
    const expected = parseWorldCsv(readFileSync(file, "utf8"), file);
    expect(world.size).toBe(514);
    expect(world.ids).toEqual(expected.ids);
    expect(world.grdp).toEqual(expected.grdp);
    expect(world.provinces).toEqual(expected.provinces);
    // The worker never loads files itself: without the text it is a bug, not a user's mistake.
    expect(() => loadWorld({ kind: "builtin", name: "indonesia-regencies-2021" })).toThrow(
      'the file of the world "indonesia-regencies-2021" was not sent',
    );
    expect(withWorldText({ kind: "builtin", name: "indonesia-2022" })).toEqual({
      kind: "builtin",
      name: "indonesia-2022",
    });
  });

  it("generates a synthetic world and reads an uploaded CSV, keeping names as text", () => {
    const synthetic = loadWorld({ kind: "synthetic", regions: 40, groups: 3, seed: 9 });
    expect(synthetic.grdp).toEqual(syntheticWorld({ regions: 40, groups: 3, seed: 9 }).grdp);
    const uploaded = loadWorld({ kind: "csv", name: "mine.csv", text: CSV });
    expect(uploaded.names).toEqual(["<img src=x onerror=alert(1)>", "Beta"]);
    expect(uploaded.source).toBe("mine.csv");
  });

  it("names the uploaded file in a CSV's errors", () => {
    const broken = CSV.replace("2000000", "lots");
    expect(() => loadWorld({ kind: "csv", name: "mine.csv", text: broken })).toThrow(InputError);
    expect(() => loadWorld({ kind: "csv", name: "mine.csv", text: broken })).toThrow(
      /^mine\.csv: .*population/,
    );
  });
});

describe("worldSourceFor", () => {
  it("maps the scenario's world field to a source", () => {
    expect(worldSourceFor({})).toEqual({ kind: "builtin", name: "indonesia-2022" });
    for (const name of BUILTIN_WORLD_NAMES) {
      expect(worldSourceFor({ world: name })).toEqual({ kind: "builtin", name });
    }
    expect(worldSourceFor({ world: "indonesia-2022" })).toEqual({ kind: "builtin", name: "indonesia-2022" });
    expect(worldSourceFor({ world: { synthetic: { regions: 50 } } })).toEqual({
      kind: "synthetic",
      regions: 50,
      groups: 6,
      seed: 1,
    });
  });

  it("serves a world file path by the uploaded file of the same name", () => {
    const uploaded = { name: "my-world.csv", text: CSV };
    expect(worldSourceFor({ world: "worlds/my-world.csv" }, uploaded)).toEqual({
      kind: "csv",
      name: "my-world.csv",
      text: CSV,
    });
    expect(worldSourceFor({ world: "my-world.csv" }, uploaded).kind).toBe("csv");
    expect(worldSourceFor({ world: "..\\data\\my-world.csv" }, uploaded).kind).toBe("csv");
  });

  it("asks for the world file when the page does not have it", () => {
    const attempt = () => worldSourceFor({ world: "worlds/kabupaten.csv" }, { name: "other.csv", text: CSV });
    expect(attempt).toThrow(WorldFileNeeded);
    expect(attempt).toThrow(
      'scenario: world: the scenario runs on the world file "kabupaten.csv"; load that file (world file button) to run it',
    );
    let caught: unknown;
    try {
      worldSourceFor({ world: "worlds/kabupaten.csv" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as WorldFileNeeded).fileName).toBe("kabupaten.csv");
  });

  it("rejects unknown built-in names and invalid scenarios, naming the field", () => {
    expect(() => worldSourceFor({ world: "indonesia-2023" })).toThrow(
      'scenario: world: no built-in world named "indonesia-2023" (built-in: indonesia-2022, ' +
        "indonesia-regencies-2021, indonesia-provinces-2010); a world file's name must end in .csv",
    );
    expect(() => worldSourceFor({ world: { synthetic: { regions: 1 } } }, undefined, "address")).toThrow(
      /^address: world\.synthetic\.regions: Too small/,
    );
  });
});
