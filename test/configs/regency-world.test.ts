// The shipped regency world against the BPS source files it is built from (data/bps): every figure is
// either copied from the sources or estimated as its header says, and the estimated rows are marked.
import { readFileSync } from "node:fs";
import { csvParse, type DSVRowString } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { parseWorldCsv, SECTORS } from "../../sim/index.js";
import { buildRegencyWorld, ESTIMATED_TEXT } from "../../scripts/data/regency-world.js";
import { indonesia2022 } from "../support/worlds.js";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

const WORLD_PATH = "configs/worlds/indonesia-regencies-2021.csv";
const worldText = read(WORLD_PATH);
const world = parseWorldCsv(worldText, WORLD_PATH);
/** The world file's rows with every column, informational ones included. */
const worldRows = csvParse(
  worldText
    .split("\n")
    .filter((line) => !line.startsWith("#"))
    .join("\n"),
);
const regencies = csvParse(read("data/bps/regencies-2021.csv"));
const provinceSeries = csvParse(read("data/bps/provinces-2010-2023.csv"));

const byId = new Map(regencies.map((row) => [row["bps_code"], row]));
const source = (id: string): DSVRowString => {
  const row = byId.get(id);
  if (!row) throw new Error(`no source row for ${id}`);
  return row;
};
const hasBpsGrdp = (row: DSVRowString) => (row["grdp_adhb_million_rp"] ?? "") !== "";

describe(WORLD_PATH, () => {
  it("is exactly what npm run data:regencies builds from data/bps", () => {
    const built = buildRegencyWorld({
      regencies: read("data/bps/regencies-2021.csv"),
      provinces2022: read("data/bps/provinces-2022.csv"),
      provincesSeries: read("data/bps/provinces-2010-2023.csv"),
    });
    expect(built.text).toBe(worldText);
  });

  it("has the 514 kabupaten/kota of the source, once each, named with their type", () => {
    expect(world.size).toBe(514);
    expect(new Set(world.ids).size).toBe(514);
    expect([...world.ids].sort()).toEqual(regencies.map((row) => row["bps_code"]).sort());
    world.ids.forEach((id, i) => {
      const name = world.names[i]!;
      expect(name).toBe(source(id)["name"]);
      expect(name).toMatch(source(id)["type"] === "kota" ? /^Kota / : /^Kab\. /);
    });
    expect(world.groups).toEqual(indonesia2022().groups);
  });

  it("marks as estimated exactly the regencies without BPS GRDP, and says how each was made", () => {
    const blank = regencies.filter((row) => !hasBpsGrdp(row)).map((row) => row["bps_code"]);
    const marked = worldRows.filter((row) => row["estimated"] !== "").map((row) => row["id"]);
    expect(blank).toHaveLength(65);
    expect(marked.sort()).toEqual(blank.sort());
    for (const row of worldRows.filter((r) => r["estimated"] !== "")) {
      expect(row["estimated"]).toBe(ESTIMATED_TEXT);
    }
  });

  it("takes GRDP and population from BPS where published, else per capita × registered population", () => {
    world.ids.forEach((id, i) => {
      const row = source(id);
      if (hasBpsGrdp(row)) {
        expect(world.grdp[i]).toBeCloseTo(Number(row["grdp_adhb_million_rp"]) / 1000, 9);
        expect(world.population[i]).toBe(Number(row["population_bps_implied"]));
      } else {
        const population = Number(row["population_dukcapil_2021s2"]);
        const perCapitaThousand = Number(row["grdp_per_capita_adhb_thousand_rp"]);
        expect(world.population[i]).toBe(population);
        expect(world.grdp[i]).toBeCloseTo((perCapitaThousand * population) / 1e6, 3);
      }
    });
  });

  it("adds up to the provincial GRDP 2021 within ±2% in the 29 provinces with complete data", () => {
    const sums = new Map<string, { grdp: number; complete: boolean }>();
    world.ids.forEach((id, i) => {
      const code = id.slice(0, 2);
      const sum = sums.get(code) ?? { grdp: 0, complete: true };
      sum.grdp += world.grdp[i]!;
      sum.complete &&= hasBpsGrdp(source(id));
      sums.set(code, sum);
    });
    const provincial = new Map(
      provinceSeries
        .filter((row) => row["year"] === "2021")
        .map((row) => [row["prov_bps_code"]!.slice(0, 2), Number(row["grdp_adhb_million_rp"]) / 1000]),
    );
    const complete = [...sums].filter(([, sum]) => sum.complete);
    expect(complete).toHaveLength(29);
    for (const [code, sum] of complete) {
      const gap = sum.grdp / provincial.get(code)! - 1;
      expect(Math.abs(gap), `province ${code}: regencies sum to ${sum.grdp}`).toBeLessThanOrEqual(0.02);
    }
  });

  it("gives each regency its province (as named in indonesia-2022) and the province's sector shares", () => {
    const provinces = indonesia2022();
    const provinceIndex = new Map(provinces.ids.map((id, p) => [id, p]));
    expect(new Set(world.provinces).size).toBe(34);
    world.ids.forEach((id, i) => {
      const p = provinceIndex.get(id.slice(0, 2))!;
      expect(world.provinces?.[i]).toBe(provinces.names[p]);
      expect(world.groups[world.groupOf[i]!]).toBe(provinces.groups[provinces.groupOf[p]!]);
      for (let s = 0; s < SECTORS.length; s++) {
        expect(world.sectorShares[i * SECTORS.length + s]).toBe(
          provinces.sectorShares[p * SECTORS.length + s],
        );
      }
    });
  });

  it("places every regency inside Indonesia's bounding box", () => {
    for (let i = 0; i < world.size; i++) {
      expect(world.lat[i]).toBeGreaterThanOrEqual(-11.1);
      expect(world.lat[i]).toBeLessThanOrEqual(6.1);
      expect(world.lon[i]).toBeGreaterThanOrEqual(94.9);
      expect(world.lon[i]).toBeLessThanOrEqual(141.1);
    }
  });

  it("names its sources and gaps in its header comment", () => {
    const header = worldText
      .split("\n")
      .filter((line) => line.startsWith("#"))
      .join("\n");
    expect(header).toMatch(/Badan Pusat Statistik \(BPS\)/);
    expect(header).toMatch(/Dukcapil/);
    expect(header).toMatch(/missing for 65 regencies/);
    expect(header).toMatch(/provincial 2022 shares, not the\s+#\s+regency's own/);
  });
});
